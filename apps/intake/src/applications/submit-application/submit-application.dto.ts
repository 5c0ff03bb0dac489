import { ChecklistItemDto } from '../list-applications/list-applications.dto';
import { BilingualTextDto } from '../../bilingual-text.dto';
import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsDefined, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, Min, ValidateNested } from 'class-validator';
import { CHANNELS } from '@athar/tenancy';
import { APPLICANT_CHANNELS, type ApplicantChannel, type Channel } from '@athar/contracts';

const QUALIFICATIONS = ['none', 'secondary', 'diploma', 'bachelor', 'master', 'doctorate'] as const;
const EMPLOYMENT_STATUSES = ['job-seeker', 'employed', 'student', 'retired'] as const;

export class DateInputDto {
  @ApiProperty({ enum: ['gregorian', 'hijri'] }) @IsIn(['gregorian', 'hijri']) calendar!: 'gregorian' | 'hijri';
  @ApiProperty({ example: '1446-07-05', description: 'YYYY-MM-DD; Arabic-Indic digits accepted' }) @IsString() @MaxLength(20) date!: string;
}

export class NationalAddressDto {
  @ApiProperty({ example: 'RRRD2929' }) @IsString() @MaxLength(20) shortAddress!: string;
  @ApiProperty({ example: '2929' }) @IsString() @MaxLength(10) buildingNumber!: string;
  @ApiProperty({ example: '32241' }) @IsString() @MaxLength(10) postalCode!: string;
  @ApiProperty({ required: false, example: '7412' }) @IsOptional() @IsString() @MaxLength(10) additionalNumber?: string;
  @ApiProperty({ example: 'الدمام' }) @IsString() @MaxLength(100) city!: string;
  @ApiProperty({ example: 'الشاطئ' }) @IsString() @MaxLength(100) district!: string;
}

/** Shape only; the meaning (check digit, expiry, calendars, scripts) is checked by validateApplicant. */
export class ApplicantDto {
  @ApiProperty({ example: 'سارة عبدالله العتيبي' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(400)
  fullName!: string;

  @ApiProperty({ example: '1000000008', description: 'Saudi national ID (1…) or iqama (2…), 10 digits with a valid check digit; Arabic-Indic digits accepted' })
  @IsString()
  @MaxLength(30)
  nationalId!: string;

  @ApiProperty({ example: '0512345678', description: '05XXXXXXXX, +9665XXXXXXXX and other usual forms' })
  @IsString()
  @MaxLength(30)
  mobile!: string;

  @ApiProperty({
    required: false,
    example: 'sara@example.org',
    description: 'Where to answer by email (personal data, sealed like the mobile); required when the request came by email or email is the preferred channel',
  })
  @IsOptional()
  @IsString()
  @MaxLength(254)
  email?: string;

  @ApiProperty({
    required: false,
    enum: APPLICANT_CHANNELS,
    default: 'sms',
    description:
      "How the applicant wants to be answered; email only where the association's policy offers email. A request that came by email is answered by email.",
  })
  @IsOptional()
  @IsIn(APPLICANT_CHANNELS)
  preferredChannel?: ApplicantChannel;

  @ApiProperty({ required: false, type: DateInputDto, description: 'Must not have passed at submission' })
  @IsOptional()
  @ValidateNested()
  @Type(() => DateInputDto)
  idExpiry?: DateInputDto;

  @ApiProperty({ required: false, type: DateInputDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => DateInputDto)
  birthDate?: DateInputDto;

  @ApiProperty({ required: false, type: NationalAddressDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => NationalAddressDto)
  nationalAddress?: NationalAddressDto;

  @ApiProperty({ required: false, enum: QUALIFICATIONS, description: 'Judged only where a service declares it as a criterion' })
  @IsOptional()
  @IsIn(QUALIFICATIONS)
  qualification?: (typeof QUALIFICATIONS)[number];

  @ApiProperty({ required: false, enum: EMPLOYMENT_STATUSES, description: 'Judged only where a service declares it as a criterion' })
  @IsOptional()
  @IsIn(EMPLOYMENT_STATUSES)
  employmentStatus?: (typeof EMPLOYMENT_STATUSES)[number];
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
  @ApiProperty({ description: 'What the request still lacks (empty once complete)', type: [ChecklistItemDto] })
  checklist!: ChecklistItemDto[];
  @ApiProperty({ type: BilingualTextDto, description: 'What the applicant is told, Arabic with English beside it' }) message!: BilingualTextDto;
}
