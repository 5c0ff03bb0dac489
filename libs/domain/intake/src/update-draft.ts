import { DomainError, type PendingEvent } from '@athar/contracts';
import type { ApplicationState } from './completeness';
import { contactProblems } from './submit-application';
import { validateApplicant, type ApplicantInput } from './validation';

/** Only the applicant fields to add or correct (as the form sends them); absent or undefined fields keep their value. */
export type ApplicantPatch = Partial<ApplicantInput>;

export interface DraftUpdateContext {
  caseId: string;
  /** The channels the tenant answers applicants on (its policy). */
  tenantChannels: readonly string[];
  now: Date;
}

const notFound = () => new DomainError('case-not-found', 'not-found', { ar: 'الطلب غير موجود', en: 'Application not found' });

/**
 * Completing or correcting a draft's applicant data (common process step 2: every required item
 * supplied before registration completes): the whole record is validated again with the patch over
 * it; the ID number of an existing request never changes (a new request is filed instead), and a
 * submitted application is not changed here.
 */
export function updateDraft(state: ApplicationState, patch: ApplicantPatch, context: DraftUpdateContext): PendingEvent<'ApplicationDetailsUpdated'> {
  if (state.status === 'none' || !state.draft) throw notFound();
  if (state.status === 'submitted') {
    throw new DomainError('already-submitted', 'conflict', { ar: 'لا يُعدَّل طلب بعد تقديمه', en: 'A submitted application cannot be changed here' });
  }
  const current = state.draft.applicant;
  // The stored record keeps dates as Gregorian ISO days; as input they are Gregorian dates again.
  const asInput: ApplicantInput = {
    fullName: current.fullName,
    nationalId: current.nationalId,
    mobile: current.mobile,
    email: current.email,
    preferredChannel: current.preferredChannel,
    nationalAddress: current.nationalAddress,
    qualification: current.qualification,
    employmentStatus: current.employmentStatus,
    idExpiry: current.idExpiry ? { calendar: 'gregorian', date: current.idExpiry } : undefined,
    birthDate: current.birthDate ? { calendar: 'gregorian', date: current.birthDate } : undefined,
  };
  const given = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
  const applicant = validateApplicant({ ...asInput, ...given }, context.now);
  if (applicant.nationalId !== current.nationalId) {
    throw new DomainError(
      'identity-change',
      'invalid',
      { ar: 'لا يُغيَّر رقم الهوية في طلب قائم؛ قدّم طلباً جديداً', en: 'The ID number of an existing request cannot change; file a new request' },
      [{ field: 'applicant.nationalId', reasons: [{ ar: 'غير قابل للتعديل', en: 'cannot be changed' }] }],
    );
  }
  const contact = contactProblems(state.draft.channel, applicant, context.tenantChannels);
  if (contact.length > 0)
    throw new DomainError('applicant-invalid', 'invalid', { ar: 'بيانات مقدم الطلب غير صحيحة', en: "The applicant's data is not valid" }, contact);
  return {
    type: 'ApplicationDetailsUpdated',
    version: 2,
    data: { caseId: context.caseId, applicant, updatedAt: context.now.toISOString() },
  };
}
