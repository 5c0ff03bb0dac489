import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsDefined, IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, ValidateIf, ValidateNested } from 'class-validator';

/** Text without markup: a complaint is read on screens and in messages, never as HTML. */
export const NO_MARKUP = /^[^<>]*$/;
export const SLUG = /^[a-z][a-z0-9-]{1,62}$/;
export const PRIORITIES = ['urgent', 'high', 'normal', 'low'] as const;
export const CONCERN_KINDS = ['case', 'service', 'department', 'staff', 'none'] as const;

export class BilingualDto {
  @ApiProperty({ example: 'تمت معالجة ملاحظتكم' }) @IsString() @IsNotEmpty() @MaxLength(2000) @Matches(NO_MARKUP) ar!: string;
  @ApiProperty({ example: 'Your remark was addressed' }) @IsString() @IsNotEmpty() @MaxLength(2000) @Matches(NO_MARKUP) en!: string;
}

export class ConcernsDto {
  @ApiProperty({ enum: CONCERN_KINDS, description: 'What the complaint is about; `staff`: a member of staff (routed to the executive director alone)' })
  @IsIn(CONCERN_KINDS)
  kind!: (typeof CONCERN_KINDS)[number];
  @ApiPropertyOptional({
    description: 'The case id, service id, department slug or staff user id; absent for `none`',
    maxLength: 120,
    example: 'member-service',
  })
  @ValidateIf((o: ConcernsDto) => o.kind !== 'none')
  @IsString()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._-]{0,119}$/)
  id?: string;
}

export class ComplainantDto {
  @ApiPropertyOptional({ maxLength: 200 }) @IsOptional() @IsString() @IsNotEmpty() @MaxLength(200) @Matches(NO_MARKUP) name?: string;
  @ApiPropertyOptional({ example: '0512345678', description: 'Saudi mobile: 05XXXXXXXX or +9665XXXXXXXX; the acknowledgement and the answer come by SMS' })
  @IsOptional()
  @IsString()
  @Matches(/^(\+9665|009665|9665|05)\d{8}$/)
  mobile?: string;
  @ApiPropertyOptional({ maxLength: 254, example: 'sara@example.org' })
  @IsOptional()
  @IsString()
  @MaxLength(254)
  @Matches(/^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/)
  email?: string;
}

/** A complaint or suggestion as the public link takes it (Tuwaiq 5-9; goals every policy states). */
export class PublicComplaintDto {
  @ApiProperty({ example: 'delay', description: "One of the association's categories (tenant policy complaints.categories)" })
  @IsString()
  @Matches(SLUG)
  categoryId!: string;
  @ApiProperty({ type: ConcernsDto }) @IsDefined() @ValidateNested() @Type(() => ConcernsDto) concerns!: ConcernsDto;
  @ApiPropertyOptional({ example: 'member-service', description: "The service the complaint is about (one of the association's services)" })
  @IsOptional()
  @IsString()
  @Matches(SLUG)
  serviceId?: string;
  @ApiPropertyOptional({ example: 'services', description: 'The department concerned' }) @IsOptional() @IsString() @Matches(SLUG) department?: string;
  @ApiProperty({ maxLength: 4000, example: 'تأخر الرد على طلبي ثلاثة أسابيع' }) @IsString() @IsNotEmpty() @MaxLength(4000) @Matches(NO_MARKUP) text!: string;
  @ApiProperty({ description: 'Filed without a name or contact: nothing that identifies the author is kept' }) @IsBoolean() anonymous!: boolean;
  @ApiPropertyOptional({ type: ComplainantDto, description: 'Absent or refused when anonymous' })
  @ValidateIf((o: PublicComplaintDto) => o.complainant !== undefined)
  @ValidateNested()
  @Type(() => ComplainantDto)
  complainant?: ComplainantDto;
}

/** A complaint recorded by staff from any of the association's channels. */
export class FileComplaintDto extends PublicComplaintDto {
  @ApiProperty({ example: 'phone', description: "One of the association's channels (tenant policy channels)" }) @IsString() @Matches(SLUG) channel!: string;
  @ApiPropertyOptional({ enum: PRIORITIES, description: "Default: the policy's defaultPriority" })
  @IsOptional()
  @IsIn(PRIORITIES)
  priority?: (typeof PRIORITIES)[number];
}

export class ComplaintReceiptDto {
  @ApiProperty({ format: 'uuid' }) complaintId!: string;
  @ApiProperty({ example: 'AWJ-C-1448-004218312', description: 'The reference the complainant quotes (also sent by SMS when a mobile is given)' })
  reference!: string;
  @ApiProperty({ enum: ['acknowledged'] }) status!: 'acknowledged';
  @ApiProperty({ format: 'date-time' }) acknowledgedAt!: string;
  @ApiProperty({ format: 'date-time', description: 'Due for resolution by (working days, Sunday–Thursday, without the holidays)' }) resolveBy!: string;
  @ApiProperty({
    description: 'Single-use code to rate the handling once resolved (POST /public/{tenantId}/complaint-ratings); shown once, kept only as a digest',
  })
  ratingCode!: string;
  @ApiProperty({ type: BilingualDto }) message!: BilingualDto;
}
