import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsEmail, IsIn, IsISO8601, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { PageOf, PageQuery } from '@athar/service-kit';
import { CHANNELS } from '@athar/tenancy';
import type { Channel } from '@athar/contracts';

export class InquiryContactDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) name?: string;
  @ApiPropertyOptional({ example: '0512345678', description: 'Answered by SMS to this number' })
  @IsOptional()
  @Matches(/^(05\d{8}|\+9665\d{8})$/)
  mobile?: string;
  @ApiPropertyOptional({ example: 'reem@example.org', description: 'When the inquiry came by email: answered by email to this address' })
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  email?: string;
}

export class OpenInquiryDto {
  @ApiProperty({ enum: CHANNELS, description: "One of the association's channels; another is refused (422)" }) @IsIn(CHANNELS) channel!: Channel;
  @ApiProperty({ example: 'ما المستندات المطلوبة لطلب الدعم؟' }) @IsString() @IsNotEmpty() @MaxLength(2000) question!: string;
  @ApiPropertyOptional({ type: InquiryContactDto }) @IsOptional() @ValidateNested() @Type(() => InquiryContactDto) contact?: InquiryContactDto;
}

export class AnswerInquiryDto {
  @ApiProperty({ example: 'الهوية الوطنية والعنوان الوطني.' }) @IsString() @IsNotEmpty() @MaxLength(4000) answer!: string;
}

export class ListInquiriesQuery extends PageQuery({ default: 20, max: 100 }) {
  @ApiPropertyOptional({ enum: ['open', 'answered'] }) @IsOptional() @IsIn(['open', 'answered']) status?: 'open' | 'answered';
  @ApiPropertyOptional({ enum: CHANNELS, description: 'Only inquiries received on this channel' }) @IsOptional() @IsIn(CHANNELS) channel?: Channel;
  @ApiPropertyOptional({ description: 'Opened at or after (ISO 8601)' }) @IsOptional() @IsISO8601({ strict: true }) openedFrom?: string;
  @ApiPropertyOptional({ description: 'Opened before (ISO 8601)' }) @IsOptional() @IsISO8601({ strict: true }) openedTo?: string;
}

export class InquiryDto {
  @ApiProperty() inquiryId!: string;
  @ApiProperty({ enum: ['open', 'answered'] }) status!: string;
  @ApiProperty() channel!: string;
  @ApiProperty() question!: string;
  @ApiProperty() openedAt!: string;
  @ApiPropertyOptional({ nullable: true, type: String }) answer!: string | null;
  @ApiProperty({ description: 'Whether the person left a way to reach them (read it with GET /inquiries/{id}/contact)' }) hasContact!: boolean;
  @ApiProperty({ description: 'Send as If-Match when answering' }) revision!: number;
}

/** Who asked: read for a stated purpose, and the read is logged (GET /inquiries/{id}/contact-reads). */
export class InquiryContactView {
  @ApiProperty() inquiryId!: string;
  @ApiProperty({ nullable: true, type: String }) name!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'E.164' }) mobile!: string | null;
  @ApiProperty({ nullable: true, type: String }) email!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Where the answer goes: email or sms; null when there is no way to reach the person' })
  replyChannel!: 'email' | 'sms' | null;
  @ApiProperty({ nullable: true, type: String, description: 'When the contact details were erased ("[erased]" in their place)' }) personalDataErasedAt!:
    string | null;
}

export class InquiryContactReadDto {
  @ApiProperty() readBy!: string;
  @ApiProperty() role!: string;
  @ApiProperty() purpose!: string;
  @ApiProperty() readAt!: string;
}

export class InquiryContactReadsDto {
  @ApiProperty() inquiryId!: string;
  @ApiProperty({ type: [InquiryContactReadDto] }) items!: InquiryContactReadDto[];
}

export class InquiryPageDto extends PageOf(InquiryDto) {}
