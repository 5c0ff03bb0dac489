import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsDefined, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, Min, ValidateNested } from 'class-validator';
import { CHANNELS } from '@athar/tenancy';
import type { Channel } from '@athar/contracts';

export class ApplicantDto {
  @ApiProperty({ example: 'سارة عبدالله العتيبي' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  fullName!: string;

  @ApiProperty({ example: '1000000008', description: 'Saudi national ID (1…) or iqama (2…), 10 digits' })
  @IsString()
  @Matches(/^[12]\d{9}$/)
  nationalId!: string;

  @ApiProperty({ example: '0512345678' })
  @IsString()
  @Matches(/^(05\d{8}|\+9665\d{8})$/)
  mobile!: string;
}

export class DeclarationDto {
  @ApiProperty({ description: 'Explicit acceptance of the declaration text', example: true })
  @IsBoolean()
  accepted!: boolean;

  @ApiProperty({ description: "The applicant's full name, typed as on the request", example: 'سارة عبدالله العتيبي' })
  @IsString()
  @MaxLength(200)
  signedName!: string;

  @ApiProperty({ description: 'Version of the declaration text that was shown (GET /declaration)', example: 1 })
  @IsInt()
  @Min(1)
  declarationVersion!: number;
}

export class SubmitApplicationDto {
  @ApiProperty({ example: 'member-service', description: "One of the tenant's services" })
  @IsString()
  @Matches(/^[a-z][a-z0-9-]{1,62}$/)
  serviceId!: string;

  @ApiProperty({ enum: CHANNELS, example: 'website' })
  @IsIn(CHANNELS)
  channel!: Channel;

  @ApiProperty({ type: ApplicantDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => ApplicantDto)
  applicant!: ApplicantDto;

  @ApiProperty({ type: DeclarationDto, description: 'Required: no submission without it (common process step 4)' })
  @IsOptional()
  @ValidateNested()
  @Type(() => DeclarationDto)
  declaration?: DeclarationDto;
}

export class ApplicationReceiptDto {
  @ApiProperty() caseId!: string;
  @ApiProperty({ example: 'AWJ-1448-000123', description: 'Human-readable case number: tenant prefix, Hijri year, sequence' })
  caseNumber!: string;
  @ApiProperty({ enum: ['draft', 'submitted'] }) status!: 'draft' | 'submitted';
  @ApiProperty({ nullable: true, type: String }) submittedAt!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Submission + the tenant review window' }) expectedResponseBy!: string | null;
  @ApiProperty({ description: 'What the request still lacks (empty once complete)', type: Object, isArray: true })
  checklist!: Array<{ item: string; done: boolean; label: { ar: string; en: string } }>;
  @ApiProperty({ description: 'What the applicant is told, Arabic with English beside it' })
  message!: { ar: string; en: string };
}
