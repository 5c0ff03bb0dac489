import { ApiProperty } from '@nestjs/swagger';
import { ApiPropertyNullable } from '@athar/service-kit';
import type { AgreementState } from '@athar/domain-partner-allocation';
import { BilingualTextDto, PartnerDto } from '../partner-requests/partner-request.dto';
import { AGREEMENT_STATES, type AgreementRecord } from './partner-agreement-stream';

export class AllocationViewDto {
  @ApiProperty({ example: 'partner-association-services' }) serviceId!: string;
  @ApiProperty({ type: 'integer', minimum: 1 }) units!: number;
  @ApiProperty({ enum: ['seats', 'sessions', 'halalas'] }) unit!: string;
}
export class ResponsibilitiesViewDto {
  @ApiProperty({ type: [BilingualTextDto], description: "The allocating association's" }) allocator!: BilingualTextDto[];
  @ApiProperty({ type: [BilingualTextDto], description: "The partner's" }) partner!: BilingualTextDto[];
}
export class ReportingViewDto {
  @ApiProperty({ enum: ['month', 'quarter', 'half-year', 'year'] }) every!: string;
  @ApiProperty({ type: 'integer', minimum: 0 }) dueDaysAfterPeriod!: number;
}
export class TermViewDto {
  @ApiProperty({ format: 'date', example: '2027-01-01' }) startsOn!: string;
  @ApiProperty({ format: 'date', example: '2027-12-31' }) endsOn!: string;
}
export class TemplateRefDto {
  @ApiProperty() id!: string;
  @ApiProperty({ type: 'integer' }) version!: number;
}
export class SignatureViewDto {
  @ApiProperty({ nullable: true, type: String, description: "The signing account's user id" }) userId!: string | null;
  @ApiProperty() name!: string;
  @ApiProperty({ description: 'e.g. chair of the board, executive director' }) capacity!: string;
  @ApiProperty({ format: 'date-time' }) signedAt!: string;
}
export class SignaturesViewDto {
  @ApiPropertyNullable(SignatureViewDto, { description: 'null until the allocator signs' }) allocator!: SignatureViewDto | null;
  @ApiPropertyNullable(SignatureViewDto, { description: 'null until the partner signs' }) partner!: SignatureViewDto | null;
}
export class TerminationViewDto {
  @ApiProperty({ enum: ['signature-deadline-passed', 'partner-withdrew', 'breach-of-terms', 'mutual-consent'] }) code!: string;
  @ApiProperty({ type: BilingualTextDto }) reason!: BilingualTextDto;
  @ApiProperty({ nullable: true, type: String, description: 'Who terminated it; null when the signature deadline did' }) by!: string | null;
  @ApiProperty({ format: 'date-time' }) terminatedAt!: string;
}

/** An agreement as both parties read it: its terms, where it stands, who signed and when its reports are due. */
export class PartnerAgreementDto {
  @ApiProperty({ format: 'uuid' }) agreementId!: string;
  @ApiProperty({ example: 'tuwaiq', description: 'The allocating association' }) allocatingTenantId!: string;
  @ApiProperty({ enum: AGREEMENT_STATES }) state!: string;
  @ApiProperty({ format: 'uuid' }) partnerRequestId!: string;
  @ApiProperty({ format: 'uuid', description: 'The allocation round the allocation comes from' }) roundId!: string;
  @ApiProperty({ type: PartnerDto }) partner!: PartnerDto;
  @ApiProperty({ type: AllocationViewDto }) allocation!: AllocationViewDto;
  @ApiProperty({ type: ResponsibilitiesViewDto }) responsibilities!: ResponsibilitiesViewDto;
  @ApiProperty({ type: ReportingViewDto }) reporting!: ReportingViewDto;
  @ApiProperty({ type: TermViewDto }) term!: TermViewDto;
  @ApiProperty({ type: TemplateRefDto }) template!: TemplateRefDto;
  @ApiProperty() draftedBy!: string;
  @ApiProperty({ format: 'date-time' }) draftedAt!: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) sentAt!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time', description: 'Both signatures are due by then' }) signBy!: string | null;
  @ApiProperty({ type: SignaturesViewDto }) signatures!: SignaturesViewDto;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) inForceFrom!: string | null;
  @ApiProperty({ type: [String], description: 'Impact reports due on these dates (YYYY-MM-DD, Riyadh), fixed when it took effect' }) reportsDue!: string[];
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) endedAt!: string | null;
  @ApiPropertyNullable(TerminationViewDto, { description: 'null unless terminated' }) termination!: TerminationViewDto | null;
  @ApiProperty({ type: 'integer', minimum: 0, description: "The agreement stream's revision (also the ETag)" }) revision!: number;
}

/** The agreement's view, folded from its stream (the state's decisions plus when each step happened). */
export function agreementView(allocatingTenantId: string, history: AgreementRecord[], state: AgreementState, revision: number): PartnerAgreementDto {
  const drafted = state.drafted!;
  let sentAt: string | null = null;
  let inForceFrom: string | null = null;
  let endedAt: string | null = null;
  let termination: PartnerAgreementDto['termination'] = null;
  for (const event of history) {
    if (event.type === 'PartnerAgreementSent') sentAt = event.data.sentAt;
    if (event.type === 'PartnerAgreementTookEffect') inForceFrom = event.data.inForceFrom;
    if (event.type === 'PartnerAgreementEnded') endedAt = event.data.endedAt;
    if (event.type === 'PartnerAgreementTerminated')
      termination = { code: event.data.code, reason: { ...event.data.reason }, by: event.data.by, terminatedAt: event.data.terminatedAt };
  }
  const signature = (party: 'allocator' | 'partner') => {
    const s = state.signed[party];
    return s ? { userId: s.userId, name: s.name, capacity: s.capacity, signedAt: s.signedAt } : null;
  };
  return {
    agreementId: drafted.agreementId,
    allocatingTenantId,
    state: state.status,
    partnerRequestId: drafted.requestId,
    roundId: drafted.roundId,
    partner: { kind: drafted.partner.kind, tenantId: drafted.partner.kind === 'tenant' ? drafted.partner.tenantId : null, name: { ...drafted.partner.name } },
    allocation: { ...drafted.allocation },
    responsibilities: {
      allocator: drafted.responsibilities.allocator.map((r) => ({ ...r })),
      partner: drafted.responsibilities.partner.map((r) => ({ ...r })),
    },
    reporting: { ...drafted.reporting },
    term: { ...drafted.term },
    template: { ...drafted.template },
    draftedBy: drafted.draftedBy,
    draftedAt: drafted.draftedAt,
    sentAt,
    signBy: state.signBy ?? null,
    signatures: { allocator: signature('allocator'), partner: signature('partner') },
    inForceFrom,
    reportsDue: [...state.reportsDue],
    endedAt,
    termination,
    revision,
  };
}
