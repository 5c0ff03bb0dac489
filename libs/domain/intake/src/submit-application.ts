import {
  DomainError,
  windowEnd,
  type ApplicantRecordV2,
  type ApplicationSubmittedV2,
  type Channel,
  type FieldProblem,
  type ReviewWindow,
} from '@athar/contracts';

/** What intake needs to know of the tenant's policy to accept a request. */
export interface IntakeTerms {
  policyVersion: number;
  channels: readonly string[];
  services: ReadonlyArray<{ id: string; beneficiaryType: 'direct' | 'indirect' }>;
  reviewWindow: ReviewWindow;
  /** The tenant's holidays (ISO dates), skipped when the window counts working days. */
  holidays?: readonly string[];
}

export interface SubmitApplication {
  caseId: string;
  caseNumber: string;
  servedBeforeElsewhere: boolean;
  serviceId: string;
  channel: Channel;
  applicant: ApplicantRecordV2;
}

/**
 * Decides whether a request can be recorded (seeds, common process steps 2 and 5): the channel must be
 * one the tenant's policy offers, the service one it provides to direct beneficiaries (indirect ones
 * are counted as reach, with no personal record: Tuwaiq 2-2). The applicant is promised an answer
 * by submission + the tenant's review window. How they are answered: `contactProblems`.
 */
export function submitApplication(command: SubmitApplication, terms: IntakeTerms, now: Date): ApplicationSubmittedV2 {
  const problems: FieldProblem[] = [];
  if (!terms.channels.includes(command.channel)) {
    problems.push({
      field: 'channel',
      reasons: [{ ar: 'هذه القناة لا تقدمها الجمعية وفق سياستها', en: `channel "${command.channel}" is not offered by this association's policy` }],
    });
  } else {
    problems.push(...contactProblems(command.channel, command.applicant, terms.channels));
  }
  const service = terms.services.find((s) => s.id === command.serviceId);
  if (!service) {
    problems.push({ field: 'serviceId', reasons: [{ ar: 'الخدمة غير موجودة لدى الجمعية', en: `service "${command.serviceId}" is not offered` }] });
  } else if (service.beneficiaryType !== 'direct') {
    problems.push({
      field: 'serviceId',
      reasons: [{ ar: 'هذه الخدمة للمستفيد غير المباشر ولا تحتاج طلباً', en: 'this service reaches indirect beneficiaries and takes no application' }],
    });
  }
  if (problems.length > 0) {
    throw new DomainError('application-refused', 'invalid', { ar: 'تعذر قبول الطلب', en: 'The application cannot be accepted' }, problems);
  }
  return {
    caseId: command.caseId,
    caseNumber: command.caseNumber,
    servedBeforeElsewhere: command.servedBeforeElsewhere,
    serviceId: command.serviceId,
    channel: command.channel,
    beneficiaryType: 'direct',
    applicant: command.applicant,
    submittedAt: now.toISOString(),
    policyVersion: terms.policyVersion,
    reviewWindow: { days: terms.reviewWindow.days, counting: terms.reviewWindow.counting },
    expectedResponseBy: windowEnd(now, terms.reviewWindow, new Set(terms.holidays ?? [])).toISOString(),
  };
}

/**
 * The applicant can be answered the way the request says (docs/adr/0025): a request that came by email
 * carries the address to answer; email as the preferred channel only where the tenant's policy offers
 * email. A draft is checked too: these are not missing items, they are a contradiction in the request.
 */
export function contactProblems(
  channel: Channel,
  applicant: Pick<ApplicantRecordV2, 'email' | 'preferredChannel'>,
  tenantChannels: readonly string[],
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (channel === 'email' && !applicant.email) {
    problems.push({
      field: 'applicant.email',
      reasons: [{ ar: 'الطلب وصل بالبريد الإلكتروني: أدخل عنوانه ليصل الرد إليه', en: 'the request came by email: give the address to answer' }],
    });
  }
  if (applicant.preferredChannel === 'email' && !tenantChannels.includes('email')) {
    problems.push({
      field: 'applicant.preferredChannel',
      reasons: [
        { ar: 'لا تتواصل الجمعية بالبريد الإلكتروني وفق سياستها؛ اختر sms', en: 'this association does not answer by email under its policy; choose "sms"' },
      ],
    });
  }
  return problems;
}
