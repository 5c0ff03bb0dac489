import {
  DomainError,
  type AgreementAllocation,
  type AgreementPartner,
  type AgreementTerminationCode,
  type Bilingual,
  type DomainEvent,
  type PartnerAgreementDraftedV1,
  type PartnerAgreementEndedV1,
  type PartnerAgreementSentV1,
  type PartnerAgreementSignedV1,
  type PartnerAgreementTerminatedV1,
  type PartnerAgreementTookEffectV1,
  type ReportingSchedule,
  type Signatory,
} from '@athar/contracts';
import { addDays, addMonths } from './calendar';
import { reportDueDates } from './reporting-schedule';

// The agreement's life (Tuwaiq, distributing services to partner associations, 4; docs/adr/0039):
// draft → sent → signed by one → in force → ended, or terminated with a reason from any state before
// ended. Signatories are the associations' officers acting in their capacity: their names are kept as
// the record of who bound each party, as staff names are.

export type AgreementEvent = Extract<
  DomainEvent,
  {
    type:
      | 'PartnerAgreementDrafted'
      | 'PartnerAgreementSent'
      | 'PartnerAgreementSigned'
      | 'PartnerAgreementTookEffect'
      | 'PartnerAgreementEnded'
      | 'PartnerAgreementTerminated';
  }
>;

export type AgreementStatus = 'none' | 'draft' | 'sent' | 'signed-by-one' | 'in-force' | 'ended' | 'terminated';

export interface AgreementState {
  status: AgreementStatus;
  drafted?: PartnerAgreementDraftedV1;
  signBy?: string;
  signed: Partial<Record<'allocator' | 'partner', Signatory & { signedAt: string }>>;
  reportsDue: string[];
  terminated?: { code: AgreementTerminationCode; reason: Bilingual; at: string };
}

export const initialAgreementState: AgreementState = { status: 'none', signed: {}, reportsDue: [] };

export function evolveAgreement(state: AgreementState, event: AgreementEvent): AgreementState {
  switch (event.type) {
    case 'PartnerAgreementDrafted':
      return { ...state, status: 'draft', drafted: event.data };
    case 'PartnerAgreementSent':
      return { ...state, status: 'sent', signBy: event.data.signBy };
    case 'PartnerAgreementSigned': {
      const signed = { ...state.signed, [event.data.party]: { ...event.data.signatory, signedAt: event.data.signedAt } };
      return { ...state, status: 'signed-by-one', signed };
    }
    case 'PartnerAgreementTookEffect':
      return { ...state, status: 'in-force', reportsDue: event.data.reportsDue };
    case 'PartnerAgreementEnded':
      return { ...state, status: 'ended' };
    case 'PartnerAgreementTerminated':
      return { ...state, status: 'terminated', terminated: { code: event.data.code, reason: event.data.reason, at: event.data.terminatedAt } };
    default:
      return state;
  }
}

const refuse = (code: string, kind: 'invalid' | 'conflict' | 'not-found', ar: string, en: string, field?: string): never => {
  throw new DomainError(code, kind, { ar, en }, field ? [{ field, reasons: [{ ar, en }] }] : []);
};

const STATUS_NAMES: Record<AgreementStatus, Bilingual> = {
  none: { ar: 'غير موجودة', en: 'not found' },
  draft: { ar: 'مسودة', en: 'a draft' },
  sent: { ar: 'مرسلة للتوقيع', en: 'sent for signature' },
  'signed-by-one': { ar: 'موقعة من طرف واحد', en: 'signed by one party' },
  'in-force': { ar: 'سارية', en: 'in force' },
  ended: { ar: 'منتهية', en: 'ended' },
  terminated: { ar: 'منهاة', en: 'terminated' },
};

function requireStatus(state: AgreementState, allowed: AgreementStatus[], action: Bilingual): void {
  if (state.status === 'none') refuse('agreement-not-found', 'not-found', 'لا توجد اتفاقية بهذا الرقم', 'No agreement with this id');
  if (!allowed.includes(state.status)) {
    const now = STATUS_NAMES[state.status];
    refuse('agreement-state', 'conflict', `لا يمكن ${action.ar} والاتفاقية ${now.ar}`, `Cannot ${action.en} an agreement that is ${now.en}`);
  }
}

/** The tenant's agreement template (its policy): responsibilities, reporting, term length and time to sign. */
export interface AgreementTemplate {
  id: string;
  version: number;
  responsibilities: { allocator: Bilingual[]; partner: Bilingual[] };
  reporting: ReportingSchedule;
  termMonths: number;
  signatureDays: number;
}

export interface DraftAgreement {
  agreementId: string;
  requestId: string;
  roundId: string;
  partner: AgreementPartner;
  /** The approved round's share for this partner. */
  allocation: AgreementAllocation;
  /** First day of the term (YYYY-MM-DD); it runs the template's months. */
  startsOn: string;
  draftedBy: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A day the calendar has: 2027-02-30 parses (rolled over to 2 March), so the parsed day must print back the same. */
function isCalendarDate(text: string): boolean {
  if (!ISO_DATE.test(text)) return false;
  const parsed = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === text;
}

/**
 * Drafts the agreement from the tenant's template: both parties' responsibilities, the allocation, the
 * reporting schedule and the term (Tuwaiq, partner allocation 4). Only an allocation of something is
 * worth an agreement; the term starts on a real date.
 */
export function draftAgreement(state: AgreementState, template: AgreementTemplate, command: DraftAgreement, now: Date): PartnerAgreementDraftedV1 {
  if (state.status !== 'none') refuse('agreement-exists', 'conflict', 'الاتفاقية مسجلة من قبل', 'The agreement is already recorded');
  if (!Number.isInteger(command.allocation.units) || command.allocation.units <= 0)
    refuse('allocation-empty', 'invalid', 'لا تُبرم اتفاقية لشريك لم يُخصص له شيء', 'No agreement is made with a partner allocated nothing', 'allocation.units');
  if (!isCalendarDate(command.startsOn))
    refuse('starts-on-invalid', 'invalid', 'تاريخ بدء الاتفاقية بصيغة YYYY-MM-DD', 'the start date is a date like 2027-01-01', 'startsOn');
  return {
    agreementId: command.agreementId,
    requestId: command.requestId,
    roundId: command.roundId,
    partner: command.partner,
    allocation: command.allocation,
    responsibilities: template.responsibilities,
    reporting: template.reporting,
    term: { startsOn: command.startsOn, endsOn: addDays(addMonths(command.startsOn, template.termMonths), -1) },
    template: { id: template.id, version: template.version },
    draftedBy: command.draftedBy,
    draftedAt: now.toISOString(),
  };
}

/** Sends the draft to both signatories; they have the template's days to sign (the agreement workflow's deadline). */
export function sendForSignature(state: AgreementState, signatureDays: number, by: string, now: Date): PartnerAgreementSentV1 {
  requireStatus(state, ['draft'], { ar: 'إرسال الاتفاقية للتوقيع', en: 'send for signature' });
  return {
    agreementId: state.drafted!.agreementId,
    sentBy: by,
    sentAt: now.toISOString(),
    signBy: new Date(now.getTime() + signatureDays * 86_400_000).toISOString(),
  };
}

export type SignOutcome = { signed: PartnerAgreementSignedV1; tookEffect: PartnerAgreementTookEffectV1 | null };

/**
 * One party signs, naming who signed and in what capacity. The second signature puts the agreement in
 * force, and its impact reports fall due on the schedule's dates within the term (partner allocation 5).
 */
export function signAgreement(state: AgreementState, party: 'allocator' | 'partner', signatory: Signatory, now: Date): SignOutcome {
  requireStatus(state, ['sent', 'signed-by-one'], { ar: 'توقيع الاتفاقية', en: 'sign' });
  if (state.signed[party]) refuse('already-signed', 'conflict', 'وقّع هذا الطرف الاتفاقية من قبل', 'This party has already signed the agreement', 'party');
  if (signatory.name.trim().length < 3) refuse('signatory-name', 'invalid', 'اكتب اسم الموقّع', "Write the signatory's name", 'signatory.name');
  if (signatory.capacity.trim().length < 3)
    refuse(
      'signatory-capacity',
      'invalid',
      'اكتب صفة الموقّع (مثل رئيس مجلس الإدارة)',
      "Write the signatory's capacity (e.g. chair of the board)",
      'signatory.capacity',
    );
  if (state.signBy && now.getTime() > Date.parse(state.signBy))
    refuse('signature-deadline-passed', 'conflict', 'انتهت مهلة التوقيع على الاتفاقية', 'The time to sign the agreement has passed');
  const drafted = state.drafted!;
  const signed: PartnerAgreementSignedV1 = { agreementId: drafted.agreementId, party, signatory, signedAt: now.toISOString() };
  const other = party === 'allocator' ? 'partner' : 'allocator';
  if (!state.signed[other]) return { signed, tookEffect: null };
  return {
    signed,
    tookEffect: { agreementId: drafted.agreementId, inForceFrom: now.toISOString(), reportsDue: reportDueDates(drafted.term, drafted.reporting) },
  };
}

/** The agreement workflow, at the signature deadline: an agreement not yet in force lapses (null when it is, or was ended otherwise). */
export function lapseUnsigned(state: AgreementState, now: Date): PartnerAgreementTerminatedV1 | null {
  if (state.status !== 'sent' && state.status !== 'signed-by-one') return null;
  if (!state.signBy || now.getTime() < Date.parse(state.signBy)) return null;
  return {
    agreementId: state.drafted!.agreementId,
    code: 'signature-deadline-passed',
    reason: { ar: 'لم يوقّع الطرفان قبل انتهاء مهلة التوقيع', en: 'Both parties did not sign before the signature deadline' },
    by: null,
    terminatedAt: now.toISOString(),
  };
}

/** The agreement workflow, at the term's end: an agreement in force ends (null before the last day has passed). */
export function endAtTerm(state: AgreementState, now: Date): PartnerAgreementEndedV1 | null {
  if (state.status !== 'in-force') return null;
  const endsOn = state.drafted!.term.endsOn;
  // the last day counts in full (Riyadh, UTC+3): the term ends when that day is over there
  if (now.getTime() < Date.parse(`${endsOn}T00:00:00+03:00`) + 86_400_000) return null;
  return { agreementId: state.drafted!.agreementId, endsOn, endedAt: now.toISOString() };
}

const TERMINATION_CODES: readonly AgreementTerminationCode[] = ['partner-withdrew', 'breach-of-terms', 'mutual-consent'];

/** Either party's decision to end the agreement early, with a stated reason (any state before it ended). */
export function terminateAgreement(
  state: AgreementState,
  code: AgreementTerminationCode,
  reason: Bilingual,
  by: string,
  now: Date,
): PartnerAgreementTerminatedV1 {
  requireStatus(state, ['draft', 'sent', 'signed-by-one', 'in-force'], { ar: 'إنهاء الاتفاقية', en: 'terminate' });
  if (!TERMINATION_CODES.includes(code))
    refuse(
      'termination-code',
      'invalid',
      `سبب الإنهاء واحد من: ${TERMINATION_CODES.join('، ')}`,
      `the reason code is one of: ${TERMINATION_CODES.join(', ')}`,
      'code',
    );
  if (reason.ar.trim().length < 5 && reason.en.trim().length < 5)
    refuse('termination-reason', 'invalid', 'اشرح سبب إنهاء الاتفاقية', 'Explain why the agreement is terminated', 'reason');
  return { agreementId: state.drafted!.agreementId, code, reason, by, terminatedAt: now.toISOString() };
}
