import {
  DomainError,
  type Bilingual,
  type ApplicationReferredToAssociationV1,
  type DomainEvent,
  type FieldProblem,
  type ReferralDecidedV1,
  type ReferralOutcomeReceivedV1,
  type ReferralReceivedV1,
  type ReferralTarget,
  type SharedApplicantData,
} from '@athar/contracts';

export interface ReferApplication {
  referralId: string;
  fromTenantId: string;
  target: ReferralTarget;
  requestedService: string;
  reason: string;
  applicant: Required<SharedApplicantData>;
  consentedFields: Array<keyof SharedApplicantData>;
}

const SHAREABLE: ReadonlyArray<keyof SharedApplicantData> = ['fullName', 'mobile', 'nationalId'];

/**
 * A request outside the association's remit is referred to the competent association, and only what
 * the applicant consented to share goes with it (Tuwaiq 5-10; 5-4 confidentiality).
 */
export function referApplication(command: ReferApplication, platformTenantIds: readonly string[], now: Date): ApplicationReferredToAssociationV1 {
  const problems: FieldProblem[] = [];
  if (command.target.kind === 'tenant') {
    if (command.target.tenantId === command.fromTenantId) {
      problems.push({
        field: 'target.tenantId',
        reasons: [{ ar: 'لا يُحال الطلب إلى الجمعية نفسها', en: 'a request cannot be referred to the same association' }],
      });
    } else if (!platformTenantIds.includes(command.target.tenantId)) {
      problems.push({
        field: 'target.tenantId',
        reasons: [{ ar: 'الجمعية ليست على المنصة؛ سجّلها جهة خارجية', en: 'not an association on the platform; record it as an external body' }],
      });
    }
  }
  const unknown = command.consentedFields.filter((f) => !SHAREABLE.includes(f));
  if (unknown.length > 0) {
    problems.push({ field: 'consentedFields', reasons: [{ ar: 'حقول لا تُشارك', en: `cannot be shared: ${unknown.join(', ')}` }] });
  }
  if (problems.length > 0) throw new DomainError('referral-refused', 'invalid', { ar: 'تعذرت الإحالة', en: 'The referral cannot be made' }, problems);
  const consented = [...new Set(command.consentedFields)];
  return {
    referralId: command.referralId,
    target: command.target,
    requestedService: command.requestedService,
    reason: command.reason,
    sharedData: Object.fromEntries(consented.map((field) => [field, command.applicant[field]])),
    consentedFields: consented,
    referredAt: now.toISOString(),
    // The referring association keeps how to tell its applicant (Tuwaiq 5-10); never sent on.
    contact: { mobile: command.applicant.mobile },
  };
}

/** The receiving body as the applicant reads it: an association's Arabic and English names, or an external body's name. */
export type ReferralCounterpartName = Bilingual;

/** The applicant is told where their request went (Tuwaiq 5-10), naming the receiving body in Arabic with English beside it. */
export function referralNoticeMessage(from: Bilingual, to: ReferralCounterpartName, requestedService: string): { subject: Bilingual; body: Bilingual } {
  return {
    subject: { ar: `إحالة طلبك إلى ${to.ar}`, en: `Your request was referred to ${to.en}` },
    body: {
      ar: `طلبك (${requestedService}) ليس من اختصاص ${from.ar}، وقد أحلناه إلى ${to.ar} (${to.en}). سنبلغك بقرارها.`,
      en: `Your request (${requestedService}) is not within the remit of ${from.en}; we have referred it to ${to.en}. We will tell you their decision.`,
    },
  };
}

/** The receiving association's decision on the referral, with its reason, as the applicant reads it. */
export function referralDecisionMessage(
  to: ReferralCounterpartName,
  decision: 'accepted' | 'declined',
  reason: string,
): { subject: Bilingual; body: Bilingual } {
  if (decision === 'accepted') {
    return {
      subject: { ar: `قبلت ${to.ar} طلبك المحال`, en: `${to.en} accepted your referred request` },
      body: {
        ar: `قبلت ${to.ar} (${to.en}) طلبك المحال إليها. السبب: ${reason}. ستتواصل معك.`,
        en: `${to.en} accepted the request referred to it. Reason: ${reason}. They will contact you.`,
      },
    };
  }
  return {
    subject: { ar: `اعتذرت ${to.ar} عن طلبك المحال`, en: `${to.en} declined your referred request` },
    body: {
      ar: `اعتذرت ${to.ar} (${to.en}) عن قبول طلبك المحال إليها. السبب: ${reason}.`,
      en: `${to.en} declined the request referred to it. Reason: ${reason}.`,
    },
  };
}

/** The receiving association's own stream of a referral: received, then decided once. */
export type IncomingReferralEvent = DomainEvent<'ReferralReceived' | 'ReferralDecided'>;

export interface IncomingReferralState {
  received: ReferralReceivedV1 | null;
  decided: ReferralDecidedV1 | null;
}

export const initialIncomingReferralState: IncomingReferralState = { received: null, decided: null };

export function evolveIncomingReferral(state: IncomingReferralState, event: IncomingReferralEvent): IncomingReferralState {
  return event.type === 'ReferralReceived' ? { ...state, received: event.data } : { ...state, decided: event.data };
}

/** The referring association's stream of a referral: made, then the receiving side's outcome. */
export type OutgoingReferralEvent = DomainEvent<'ApplicationReferredToAssociation' | 'ReferralOutcomeReceived'>;

export interface OutgoingReferralState {
  referred: ApplicationReferredToAssociationV1 | null;
  outcome: ReferralOutcomeReceivedV1 | null;
}

export const initialOutgoingReferralState: OutgoingReferralState = { referred: null, outcome: null };

export function evolveOutgoingReferral(state: OutgoingReferralState, event: OutgoingReferralEvent): OutgoingReferralState {
  return event.type === 'ApplicationReferredToAssociation' ? { ...state, referred: event.data } : { ...state, outcome: event.data };
}

/** The referral reaches the receiving association once: a redelivered referral records nothing more. */
export function receiveReferral(state: IncomingReferralState, received: ReferralReceivedV1): ReferralReceivedV1[] {
  return state.received ? [] : [received];
}

/** The receiving side's outcome reaches the referring association once (outcome only, Tuwaiq 5-10). */
export function receiveReferralOutcome(state: OutgoingReferralState, outcome: ReferralOutcomeReceivedV1): ReferralOutcomeReceivedV1[] {
  return state.outcome ? [] : [outcome];
}

/** The receiving association accepts or declines once, with a reason the referring one is told. */
export function decideReferral(
  state: IncomingReferralState,
  referralId: string,
  decision: 'accepted' | 'declined',
  reason: string,
  now: Date,
): ReferralDecidedV1 {
  if (!state.received) {
    throw new DomainError('referral-not-found', 'not-found', { ar: 'الإحالة غير موجودة', en: 'Referral not found' });
  }
  if (state.decided) {
    throw new DomainError('referral-already-decided', 'conflict', { ar: 'سبق البت في هذه الإحالة', en: 'This referral has already been decided' });
  }
  return { referralId, fromTenantId: state.received.fromTenantId, decision, reason: reason.trim(), decidedAt: now.toISOString() };
}
