import { BilingualTextDto } from '../bilingual-text.dto';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, ValidateIf, ValidateNested } from 'class-validator';
import { PageOf, PageQuery } from '@athar/service-kit';
import { ApplicantDto } from '../applications/submit-application/submit-application.dto';

export class ReferralTargetDto {
  @ApiProperty({ enum: ['tenant', 'external'] }) @IsIn(['tenant', 'external']) kind!: 'tenant' | 'external';

  @ApiProperty({ required: false, description: 'When kind = tenant: the association on the platform', example: 'awj' })
  @ValidateIf((t: ReferralTargetDto) => t.kind === 'tenant')
  @Matches(/^[a-z][a-z0-9-]{1,62}$/)
  tenantId?: string;

  @ApiProperty({ required: false, description: 'When kind = external: the body outside the platform' })
  @ValidateIf((t: ReferralTargetDto) => t.kind === 'external')
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string;
}

export class ReferApplicationDto {
  @ApiProperty({ type: ReferralTargetDto }) @ValidateNested() @Type(() => ReferralTargetDto) target!: ReferralTargetDto;
  @ApiProperty({ example: 'دعم مالي للإيجار' }) @IsString() @IsNotEmpty() @MaxLength(500) requestedService!: string;
  @ApiProperty({ example: 'الخدمة ليست من اختصاص الجمعية' }) @IsString() @IsNotEmpty() @MaxLength(1000) reason!: string;
  @ApiProperty({ type: ApplicantDto }) @ValidateNested() @Type(() => ApplicantDto) applicant!: ApplicantDto;

  @ApiProperty({ enum: ['fullName', 'mobile', 'nationalId'], isArray: true, description: 'What the applicant agreed to share; nothing else is sent' })
  @IsArray()
  @ArrayMaxSize(3)
  @IsIn(['fullName', 'mobile', 'nationalId'], { each: true })
  consentedFields!: Array<'fullName' | 'mobile' | 'nationalId'>;
}

export class DecideReferralDto {
  @ApiProperty({ enum: ['accepted', 'declined'] }) @IsIn(['accepted', 'declined']) decision!: 'accepted' | 'declined';
  @ApiProperty({ example: 'نستقبل الطلب ونتواصل مع المستفيد' }) @IsString() @IsNotEmpty() @MaxLength(1000) reason!: string;
}

/** A referral as the referring association follows it: made, then accepted or declined by the receiving one. */
export const OUTGOING_REFERRAL_STATUSES = ['referred', 'referred-externally', 'accepted', 'declined'] as const;

export class ListReferralsQuery extends PageQuery({ default: 20, max: 100 }) {
  @ApiPropertyOptional({
    enum: OUTGOING_REFERRAL_STATUSES,
    description: 'referred: waiting for the receiving association; referred-externally: to a body outside the platform',
  })
  @IsOptional()
  @IsIn(OUTGOING_REFERRAL_STATUSES)
  status?: (typeof OUTGOING_REFERRAL_STATUSES)[number];

  @ApiPropertyOptional({ example: 'awj', description: 'Only referrals to this association on the platform' })
  @IsOptional()
  @Matches(/^[a-z][a-z0-9-]{1,62}$/)
  receivingTenantId?: string;
}

/** A referral as the receiving association handles it: received, then accepted or declined. */
export const INCOMING_REFERRAL_STATUSES = ['received', 'accepted', 'declined'] as const;

export class ListIncomingReferralsQuery extends PageQuery({ default: 20, max: 100 }) {
  @ApiPropertyOptional({ enum: INCOMING_REFERRAL_STATUSES, description: 'received: waiting for this association to decide' })
  @IsOptional()
  @IsIn(INCOMING_REFERRAL_STATUSES)
  status?: (typeof INCOMING_REFERRAL_STATUSES)[number];
}

export class ReferralTargetView {
  @ApiProperty({ enum: ['tenant', 'external'] }) kind!: 'tenant' | 'external';
  @ApiPropertyOptional({ description: 'When kind = tenant' }) tenantId?: string;
  @ApiProperty({ type: BilingualTextDto, example: { ar: 'جمعية أوج', en: 'Awj Association' } }) name!: BilingualTextDto;
}

/** The consented data a receiving association sees: only the fields the applicant agreed to share. */
export class SharedDataDto {
  @ApiPropertyOptional({ example: 'منى الدوسري' }) fullName?: string;
  @ApiPropertyOptional({ example: '0512345678' }) mobile?: string;
  @ApiPropertyOptional({ example: '1012345678' }) nationalId?: string;
}

export class IncomingReferralDto {
  @ApiProperty() referralId!: string;
  @ApiProperty({ enum: INCOMING_REFERRAL_STATUSES }) status!: string;
  @ApiProperty({
    type: ReferralTargetView,
    description: 'The referring association: tenantId and name',
    example: { kind: 'tenant', tenantId: 'tuwaiq', name: { ar: 'جمعية طويق', en: 'Tuwaiq Association' } },
  })
  from!: ReferralTargetView;
  @ApiProperty() requestedService!: string;
  @ApiProperty() reason!: string;
  @ApiProperty({
    type: SharedDataDto,
    description: 'Only what the applicant consented to share (fullName, mobile, nationalId); "[erased]" once erased',
    example: { fullName: 'منى الدوسري' },
  })
  sharedData!: SharedDataDto;
  @ApiProperty({ nullable: true, type: String, description: 'When it reached this association' }) receivedAt!: string | null;
  @ApiProperty({ nullable: true, type: String, description: "This association's reason, once decided" }) decisionReason!: string | null;
  @ApiProperty({ description: 'Send as If-Match to decide' }) revision!: number;
  @ApiProperty({ nullable: true, type: String }) personalDataErasedAt!: string | null;
}

export class IncomingReferralPageDto extends PageOf(IncomingReferralDto) {}

export class OutgoingReferralDto {
  @ApiProperty() referralId!: string;
  @ApiProperty({ enum: OUTGOING_REFERRAL_STATUSES }) status!: string;
  @ApiProperty({ type: ReferralTargetView }) target!: ReferralTargetView;
  @ApiProperty() requestedService!: string;
  @ApiProperty() reason!: string;
  @ApiProperty({ nullable: true, type: String }) referredAt!: string | null;
  @ApiProperty({ nullable: true, type: String, description: "The receiving association's reason, once decided" }) decisionReason!: string | null;
}

export class OutgoingReferralPageDto {
  @ApiProperty({ type: [OutgoingReferralDto] }) items!: OutgoingReferralDto[];
  @ApiProperty({ nullable: true, type: String, description: 'Pass as cursor for the next page; null on the last page' }) nextCursor!: string | null;
  @ApiProperty({ description: 'How many referrals match the filters (all pages)' }) total!: number;
}

/** POST /referrals: the referral made and what the applicant is told (Tuwaiq 5-10). */
export class ReferralMadeDto {
  @ApiProperty({ format: 'uuid' }) referralId!: string;
  @ApiProperty({ enum: ['referred', 'referred-externally'] }) status!: 'referred' | 'referred-externally';
  @ApiProperty({ type: BilingualTextDto, description: 'What the applicant is told, Arabic with English beside it' }) message!: BilingualTextDto;
}

/** POST /referrals/incoming/{referralId}/decision: the decision taken (the new revision is in the ETag). */
export class ReferralDecidedDto {
  @ApiProperty({ format: 'uuid' }) referralId!: string;
  @ApiProperty({ enum: ['accepted', 'declined'] }) status!: 'accepted' | 'declined';
}

/** GET /referrals/{referralId}: a referral this association made, and its outcome once decided. */
export class OutgoingReferralViewDto {
  @ApiProperty({ format: 'uuid' }) referralId!: string;
  @ApiProperty({ enum: OUTGOING_REFERRAL_STATUSES }) status!: string;
  @ApiProperty({ type: ReferralTargetView }) target!: ReferralTargetView;
  @ApiProperty() requestedService!: string;
  @ApiProperty({ nullable: true, type: String, description: "The receiving association's reason, once decided" }) decisionReason!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) personalDataErasedAt!: string | null;
}
