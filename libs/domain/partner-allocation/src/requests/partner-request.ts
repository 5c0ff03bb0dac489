import {
  DomainError,
  type Bilingual,
  type FieldProblem,
  type NeedsStudyCompletedV1,
  type PartnerRef,
  type PartnerRequestSubmittedV1,
  type RecordedEventOf,
} from '@athar/contracts';
import { regionOf } from './saudi-regions';

/** A factor the needs study scores (Tuwaiq, partner allocation 2), with its scale 0..maxScore. */
export interface NeedsStudyFactor {
  id: string;
  name: Bilingual;
  maxScore: number;
  source: string;
}

/**
 * What an allocating association's policy says about partner requests and their needs study: the
 * services of its catalogue it distributes to partners, the study's factors, window and reminders.
 */
export interface PartnerAllocationPolicy {
  tenantId: string;
  services: ReadonlyArray<{ serviceId: string; name: Bilingual }>;
  needsStudy: { windowDays: number; remindAtPercents: readonly number[]; factors: readonly NeedsStudyFactor[] };
}

export type PartnerRequestEvent = RecordedEventOf<'PartnerRequestSubmitted' | 'NeedsStudyReminderSent' | 'NeedsStudyDeadlineBreached' | 'NeedsStudyCompleted'>;

/** A partner request's stream folded: the request, the study's reminders, breach and result. */
export interface PartnerRequestState {
  status: 'none' | 'submitted' | 'studied';
  request: PartnerRequestSubmittedV1 | null;
  remindedPercents: number[];
  breached: boolean;
  study: NeedsStudyCompletedV1 | null;
}

export const initialPartnerRequestState: PartnerRequestState = { status: 'none', request: null, remindedPercents: [], breached: false, study: null };

export function evolvePartnerRequest(state: PartnerRequestState, event: PartnerRequestEvent): PartnerRequestState {
  switch (event.type) {
    case 'PartnerRequestSubmitted':
      return { ...state, status: 'submitted', request: event.data };
    case 'NeedsStudyReminderSent':
      return { ...state, remindedPercents: [...state.remindedPercents, event.data.percent] };
    case 'NeedsStudyDeadlineBreached':
      return { ...state, breached: true };
    case 'NeedsStudyCompleted':
      return { ...state, status: 'studied', study: event.data };
    default:
      return state;
  }
}

/** Field problems gathered before refusing, so the partner sees every one at once. */
class Problems {
  readonly list: FieldProblem[] = [];
  add(field: string, ar: string, en: string): void {
    const existing = this.list.find((p) => p.field === field);
    if (existing) existing.reasons.push({ ar, en });
    else this.list.push({ field, reasons: [{ ar, en }] });
  }
  refuseIfAny(): void {
    if (this.list.length > 0)
      throw new DomainError(
        'validation-failed',
        'invalid',
        { ar: 'بيانات الطلب غير مكتملة أو غير صحيحة', en: 'The request is incomplete or has invalid fields' },
        this.list,
      );
  }
}

/** Arabic-Indic (٠-٩) and Eastern Arabic (۰-۹) digits as ASCII. */
export const asciiDigits = (text: string): string =>
  text.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660)).replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0));

/**
 * A licence number of the National Center for the Non-Profit Sector (المركز الوطني لتنمية القطاع غير
 * الربحي) as printed on the association's registration certificate: its registration number, 1 to 6
 * digits with no leading zero (Arabic-Indic digits accepted).
 */
export const LICENCE_NUMBER = /^[1-9][0-9]{0,5}$/;

/** Control characters, zero-width and bidirectional overrides: never accepted in text a person reads. */
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/;

/** A submission as the HTTP layer parsed it (shape checked; the rules below check meaning). */
export interface PartnerRequestInput {
  partnerRequestId: string;
  partner: PartnerRef;
  serviceId: string;
  expectedBeneficiaries: number;
  objectives: string[];
  region: { regionId: string; governorateId: string };
  licenceNumber: string;
  scopeOfWork: string;
  contact: { name: string; mobile: string; email?: string | null };
  submittedBy: { tenantId: string; userId: string; role: string };
}

/**
 * A partner's formal request (Tuwaiq, partner allocation 1: the service type, the expected number of
 * beneficiaries and the objectives; and what the needs study weighs: scope of work, region, licence).
 * Completeness and validity are checked as intake checks an application (common process step 2):
 * every problem named by field, Arabic with English beside it. `policy` is null when the allocating
 * association does not distribute services to partners.
 */
export function submitPartnerRequest(
  state: PartnerRequestState,
  allocatingTenantId: string,
  policy: PartnerAllocationPolicy | null,
  input: PartnerRequestInput,
  now: Date,
): PartnerRequestSubmittedV1 {
  if (state.status !== 'none')
    throw new DomainError('partner-request-exists', 'conflict', { ar: 'هذا الطلب مسجل من قبل', en: 'This partner request is already recorded' });
  const problems = new Problems();
  if (!policy) {
    problems.add(
      'allocatingTenantId',
      'هذه الجمعية لا توزع خدماتها على الجمعيات الشريكة',
      'this association does not distribute services to partner associations',
    );
    problems.refuseIfAny();
  }
  const allocating = policy as PartnerAllocationPolicy;
  if (input.partner.kind === 'tenant' && input.partner.tenantId === allocatingTenantId)
    problems.add('allocatingTenantId', 'لا تقدم الجمعية طلب شراكة إلى نفسها', 'an association does not apply to itself');
  if (!allocating.services.some((s) => s.serviceId === input.serviceId))
    problems.add('serviceId', 'الخدمة ليست ضمن الخدمات التي توزعها الجمعية على شركائها', "the service is not in the association's catalogue for partners");
  const region = regionOf(input.region.regionId);
  if (!region) problems.add('region.regionId', 'المنطقة الإدارية غير معروفة', 'not one of the thirteen administrative regions');
  else if (!region.governorates.some((gov) => gov.id === input.region.governorateId))
    problems.add('region.governorateId', `المحافظة ليست من محافظات ${region.name.ar}`, `not a governorate of ${region.name.en}`);
  const licence = asciiDigits(input.licenceNumber.trim());
  if (!LICENCE_NUMBER.test(licence))
    problems.add(
      'licenceNumber',
      'رقم الترخيص لدى المركز الوطني لتنمية القطاع غير الربحي من 1 إلى 6 أرقام',
      'a National Center for the Non-Profit Sector licence number has 1 to 6 digits',
    );
  const mobile = /^(?:\+966|00966|966|0)?(5\d{8})$/.exec(asciiDigits(input.contact.mobile).replace(/[\s\-().]/g, ''));
  if (!mobile) problems.add('contact.mobile', 'رقم الجوال السعودي يبدأ بـ 05 ويتكون من عشرة أرقام', 'a Saudi mobile number looks like 05XXXXXXXX');
  const objectives = input.objectives.map((o) => o.trim());
  objectives.forEach((objective, i) => {
    if (objective.length < 3) problems.add(`objectives.${i}`, 'الهدف قصير جداً', 'the objective is too short');
    if (objectives.indexOf(objective) !== i) problems.add(`objectives.${i}`, 'الهدف مكرر', 'the objective is repeated');
  });
  const texts: Array<[string, string]> = [
    ['scopeOfWork', input.scopeOfWork],
    ['contact.name', input.contact.name],
    ...objectives.map((o, i): [string, string] => [`objectives.${i}`, o]),
    ...(input.partner.kind === 'outside'
      ? [['partner.name.ar', input.partner.name.ar] as [string, string], ['partner.name.en', input.partner.name.en] as [string, string]]
      : []),
  ];
  for (const [field, text] of texts) {
    if (INVISIBLE.test(text)) problems.add(field, 'النص يحتوي على رموز تحكم أو رموز غير مرئية', 'the text holds control or invisible characters');
  }
  if (input.scopeOfWork.trim().length < 20)
    problems.add('scopeOfWork', 'صف نطاق عمل الجمعية في 20 حرفاً على الأقل', "describe the association's scope of work in at least 20 characters");
  problems.refuseIfAny();
  const deadline = new Date(now.getTime() + allocating.needsStudy.windowDays * 86_400_000);
  return {
    partnerRequestId: input.partnerRequestId,
    serviceId: input.serviceId,
    partner:
      input.partner.kind === 'outside' ? { kind: 'outside', name: { ar: input.partner.name.ar.trim(), en: input.partner.name.en.trim() } } : input.partner,
    expectedBeneficiaries: input.expectedBeneficiaries,
    objectives,
    region: { regionId: input.region.regionId, governorateId: input.region.governorateId },
    licenceNumber: licence,
    scopeOfWork: input.scopeOfWork.trim(),
    contact: { name: input.contact.name.trim(), mobile: `+966${mobile![1]}`, email: input.contact.email?.trim().toLowerCase() || null },
    submittedBy: input.submittedBy,
    submittedAt: now.toISOString(),
    studyDeadline: deadline.toISOString(),
  };
}

export const partnerRequestNotFound = (): DomainError =>
  new DomainError('partner-request-not-found', 'not-found', { ar: 'طلب الشراكة غير موجود', en: 'No such partner request' });

/** Who reads a request: the allocating association's staff, or the partner tenant's own account. */
export function partnerMaySee(request: PartnerRequestSubmittedV1, readerTenantId: string): boolean {
  return request.partner.kind === 'tenant' && request.partner.tenantId === readerTenantId;
}
