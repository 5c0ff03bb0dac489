import {
  DomainError,
  type AllocationProposedV1,
  type AllocationRoundApprovedV1,
  type AllocationRoundClosedV1,
  type AllocationRoundOpenedV1,
  type AllocationRoundScheduledV1,
  type AllocationWeights,
  type Bilingual,
  type FieldProblem,
  type PartnerRef,
  type RecordedEventOf,
  type RoundApproval,
  type RoundExclusion,
  type RoundUnit,
} from '@athar/contracts';
import { allocateRound } from '../allocation/allocate-round';
import type { AllocationRequest, AllocationRoundInput, NeedsStudyScores, RoundAllocation } from '../allocation/allocation.types';
import { whatIf, type WhatIf } from '../allocation/what-if';
import { riyadhDate } from '../impact-report/impact-report';

export type AllocationRoundEvent = RecordedEventOf<
  'AllocationRoundScheduled' | 'AllocationRoundOpened' | 'AllocationRoundClosed' | 'AllocationProposed' | 'AllocationRoundApproved'
>;

export type RoundStatus = 'none' | 'scheduled' | 'open' | 'proposed' | 'approved';
export const ROUND_STATUSES: readonly Exclude<RoundStatus, 'none'>[] = ['scheduled', 'open', 'proposed', 'approved'];

/** A round's stream folded. `closed` is true from the close on (the proposal follows in the same append). */
export interface AllocationRoundState {
  status: RoundStatus;
  round: AllocationRoundScheduledV1 | null;
  openedAt: string | null;
  closedAt: string | null;
  proposal: AllocationProposedV1 | null;
  approval: AllocationRoundApprovedV1 | null;
}

export const initialAllocationRoundState: AllocationRoundState = {
  status: 'none',
  round: null,
  openedAt: null,
  closedAt: null,
  proposal: null,
  approval: null,
};

export function evolveAllocationRound(state: AllocationRoundState, event: AllocationRoundEvent): AllocationRoundState {
  switch (event.type) {
    case 'AllocationRoundScheduled':
      return { ...state, status: 'scheduled', round: event.data };
    case 'AllocationRoundOpened':
      return { ...state, status: 'open', openedAt: event.data.openedAt };
    case 'AllocationRoundClosed':
      return { ...state, closedAt: event.data.closedAt };
    case 'AllocationProposed':
      return { ...state, status: 'proposed', proposal: event.data };
    case 'AllocationRoundApproved':
      return { ...state, status: 'approved', approval: event.data };
    default:
      return state;
  }
}

/** The proposal's method output, typed (stored whole in the event). */
export const proposedAllocation = (proposal: AllocationProposedV1): RoundAllocation => proposal.allocation as unknown as RoundAllocation;
export const proposedInput = (proposal: AllocationProposedV1): AllocationRoundInput => proposal.input as unknown as AllocationRoundInput;

export const allocationRoundNotFound = (): DomainError =>
  new DomainError('allocation-round-not-found', 'not-found', { ar: 'جولة التوزيع غير موجودة', en: 'The allocation round was not found' });

const refuse = (problems: FieldProblem[]): never => {
  throw new DomainError('validation-failed', 'invalid', { ar: 'بيانات جولة التوزيع غير صحيحة', en: 'The allocation round has invalid fields' }, problems);
};
const conflict = (code: string, ar: string, en: string): DomainError => new DomainError(code, 'conflict', { ar, en });

export interface ScheduleRoundInput {
  roundId: string;
  serviceId: string;
  unit: RoundUnit;
  capacity: number;
  unitsPerBeneficiary: number;
  opensAt: string;
  closesAt: string;
}

/** The longest a round may stay open: a programme year (Tuwaiq plans by operating year). */
export const MAX_ROUND_DAYS = 366;

/**
 * A round of a service the association distributes to partners (Tuwaiq, partner allocation 3): a
 * whole-unit capacity, opening before it closes, closing in the future and within a programme year.
 */
export function scheduleRound(
  state: AllocationRoundState,
  input: ScheduleRoundInput,
  services: readonly string[],
  scheduledBy: string,
  now: Date,
): AllocationRoundScheduledV1 {
  if (state.status !== 'none') throw conflict('allocation-round-exists', 'الجولة مسجلة من قبل', 'The round is already recorded');
  const problems: FieldProblem[] = [];
  const add = (field: string, ar: string, en: string) => problems.push({ field, reasons: [{ ar, en }] });
  if (!services.includes(input.serviceId))
    add('serviceId', 'ليست من الخدمات التي توزعها الجمعية على الجهات الشريكة', 'not a service the association distributes to partners');
  const opens = Date.parse(input.opensAt);
  const closes = Date.parse(input.closesAt);
  if (!(closes > opens)) add('closesAt', 'تُغلق الجولة بعد فتحها', 'the round closes after it opens');
  else if (!(closes > now.getTime())) add('closesAt', 'موعد الإغلاق في المستقبل', 'the closing instant is in the future');
  else if (closes - opens > MAX_ROUND_DAYS * 86_400_000)
    add('closesAt', `لا تزيد مدة الجولة عن ${MAX_ROUND_DAYS} يومًا`, `a round lasts at most ${MAX_ROUND_DAYS} days`);
  if (!Number.isSafeInteger(input.capacity * input.unitsPerBeneficiary)) add('capacity', 'السعة أكبر من المسموح', 'the capacity is too large');
  if (problems.length > 0) refuse(problems);
  return {
    roundId: input.roundId,
    serviceId: input.serviceId,
    unit: input.unit,
    capacity: input.capacity,
    unitsPerBeneficiary: input.unitsPerBeneficiary,
    opensAt: new Date(opens).toISOString(),
    closesAt: new Date(closes).toISOString(),
    scheduledBy,
    scheduledAt: now.toISOString(),
  };
}

/** Opens at its instant, once; a timer firing early records nothing (judged by instants, as ADR 0016). */
export function openRound(state: AllocationRoundState, now: Date): AllocationRoundOpenedV1 | null {
  if (state.status !== 'scheduled' || !state.round) return null;
  if (now.getTime() < Date.parse(state.round.opensAt)) return null;
  return { roundId: state.round.roundId, openedAt: now.toISOString() };
}

/** Closes at its instant, once (an open or never-opened round alike); early or repeated firing records nothing. */
export function closeRound(state: AllocationRoundState, now: Date): AllocationRoundClosedV1 | null {
  if (!state.round || state.closedAt !== null || (state.status !== 'scheduled' && state.status !== 'open')) return null;
  if (now.getTime() < Date.parse(state.round.closesAt)) return null;
  return { roundId: state.round.roundId, closedAt: now.toISOString() };
}

/** A studied partner request as the round sees it. */
export interface RoundCandidate {
  partnerRequestId: string;
  partner: PartnerRef;
  licenceNumber: string;
  serviceId: string;
  regionId: string;
  expectedBeneficiaries: number;
  submittedAt: string;
  /** The needs study's factors, each on its own scale (Tuwaiq's: 0 to 5). */
  study: Array<{ factorId: string; score: number; maxScore: number }>;
  /** The evaluation of the partner's last partnership (clause 5), 0 to 100; null when never evaluated. */
  lastEvaluationScore: number | null;
  /** The partner had a share in an approved round of this association before. */
  servedBefore: boolean;
  /** The request already had a share in an approved round: it is not allocated twice. */
  allocatedBefore: boolean;
}

/** The needs-study factor ids of the policy, as the method's study scores. */
const STUDY_FACTORS: Record<keyof NeedsStudyScores, string> = {
  scopeOfWork: 'scope-of-work',
  targetedBeneficiaries: 'targeted-beneficiaries',
  infrastructureReadiness: 'infrastructure-readiness',
  fitWithGoalsAndPlans: 'fit-with-goals-and-plans',
};

/** One partner's identity across requests: its tenant when on the platform, else its licence with the National Center. */
export const partnerKey = (candidate: Pick<RoundCandidate, 'partner' | 'licenceNumber'>): string =>
  candidate.partner.kind === 'tenant' ? `tenant:${candidate.partner.tenantId}` : `licence:${candidate.licenceNumber}`;

/** A study score on the method's 0–100 scale, rounded half up (e.g. 4 of 5 is 80). */
export const toHundred = (score: number, maxScore: number): number => Math.round((score * 100) / maxScore);

export interface BuiltRoundInput {
  input: AllocationRoundInput;
  partners: Array<{ partnerRequestId: string; partner: PartnerRef }>;
  excluded: RoundExclusion[];
}

/**
 * The method's input from the round and the studied requests of its service: a request already
 * allocated in an approved round is left out, and so is every request of a partner but its earliest
 * (one request per partner and service a round, ADR 0037), each exclusion with its reason.
 */
export function roundInput(
  round: AllocationRoundScheduledV1,
  candidates: readonly RoundCandidate[],
  regionNeed: Record<string, number>,
  weights: AllocationWeights,
): BuiltRoundInput {
  const excluded: RoundExclusion[] = [];
  const chosen = new Map<string, RoundCandidate>();
  const ordered = [...candidates]
    .filter((c) => c.serviceId === round.serviceId)
    .sort((a, b) => a.submittedAt.localeCompare(b.submittedAt) || a.partnerRequestId.localeCompare(b.partnerRequestId));
  for (const candidate of ordered) {
    if (candidate.allocatedBefore) {
      excluded.push({
        partnerRequestId: candidate.partnerRequestId,
        reason: { ar: 'خُصّص لهذا الطلب في جولة معتمدة سابقة', en: 'the request had its allocation in an earlier approved round' },
      });
      continue;
    }
    const key = partnerKey(candidate);
    const earlier = chosen.get(key);
    if (earlier) {
      excluded.push({
        partnerRequestId: candidate.partnerRequestId,
        reason: {
          ar: `للجهة طلب أسبق للخدمة نفسها في هذه الجولة (${earlier.partnerRequestId})؛ يدخل هذا الطلب جولة لاحقة`,
          en: `the partner's earlier request for the same service (${earlier.partnerRequestId}) is in this round; this one waits for a later round`,
        },
      });
      continue;
    }
    chosen.set(key, candidate);
  }
  const requests: AllocationRequest[] = [...chosen.values()].map((c) => {
    const score = (factor: keyof NeedsStudyScores): number => {
      const line = c.study.find((f) => f.factorId === STUDY_FACTORS[factor]);
      return line ? toHundred(line.score, line.maxScore) : 0;
    };
    return {
      requestId: c.partnerRequestId,
      partnerId: partnerKey(c),
      serviceId: c.serviceId,
      asked: c.expectedBeneficiaries * round.unitsPerBeneficiary,
      region: c.regionId,
      requestedAt: c.submittedAt,
      study: {
        scopeOfWork: score('scopeOfWork'),
        targetedBeneficiaries: score('targetedBeneficiaries'),
        infrastructureReadiness: score('infrastructureReadiness'),
        fitWithGoalsAndPlans: score('fitWithGoalsAndPlans'),
      },
      lastEvaluationScore: c.lastEvaluationScore,
      servedBefore: c.servedBefore,
    };
  });
  const regions = new Set(requests.map((r) => r.region));
  return {
    input: {
      roundId: round.roundId,
      capacities: [{ serviceId: round.serviceId, unit: round.unit, amount: round.capacity }],
      regionNeed: Object.fromEntries(Object.entries(regionNeed).filter(([region]) => regions.has(region))),
      requests,
      weights,
    },
    partners: [...chosen.values()].map((c) => ({ partnerRequestId: c.partnerRequestId, partner: c.partner })),
    excluded,
  };
}

/**
 * The proposal: the method run on the built input (ADR 0037). At close (`proposedBy` null) right after
 * the close; recomputed by the team only while it is a proposal, never once approved.
 */
export function proposeAllocation(state: AllocationRoundState, built: BuiltRoundInput, proposedBy: string | null, now: Date): AllocationProposedV1 {
  if (!state.round) throw allocationRoundNotFound();
  if (state.status === 'approved')
    throw conflict('allocation-round-approved', 'اعتُمدت نتيجة الجولة فلا يُعاد حسابها', "The round's result is approved and is not recomputed");
  if (state.closedAt === null && proposedBy !== null)
    throw conflict(
      'allocation-round-not-closed',
      'لم تُغلق الجولة بعد؛ يُحسب التوزيع عند إغلاقها',
      'The round has not closed yet; the allocation is computed at its close',
    );
  const allocation = allocateRound(built.input);
  return {
    roundId: state.round.roundId,
    input: built.input as unknown as Record<string, unknown>,
    allocation: allocation as unknown as Record<string, unknown>,
    partners: built.partners,
    excluded: built.excluded,
    proposedBy,
    proposedAt: now.toISOString(),
  };
}

const umAlQura = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', { year: 'numeric', month: 'numeric', day: 'numeric', timeZone: 'UTC' });

/** A Gregorian calendar date (YYYY-MM-DD) as its Umm al-Qura Hijri date (YYYY-MM-DD), or null when not a real date. */
export function hijriOf(gregorianDate: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(gregorianDate)) return null;
  const day = new Date(`${gregorianDate}T00:00:00Z`);
  if (Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== gregorianDate) return null;
  const parts = Object.fromEntries(umAlQura.formatToParts(day).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month.padStart(2, '0')}-${parts.day.padStart(2, '0')}`;
}

/**
 * The executive director or the board approves the proposal (as a policy is approved: the session and
 * its date in both calendars, Tuwaiq 6-3); from then on the result is final. The two dates must be
 * the same day (Umm al-Qura), one day apart at most for a moon sighting, and not in the future.
 */
export function approveRound(
  state: AllocationRoundState,
  approval: RoundApproval,
  approvedBy: AllocationRoundApprovedV1['approvedBy'],
  now: Date,
): AllocationRoundApprovedV1 {
  if (!state.round) throw allocationRoundNotFound();
  if (state.status === 'approved') throw conflict('allocation-round-approved', 'اعتُمدت نتيجة الجولة من قبل', "The round's result is already approved");
  if (state.status !== 'proposed')
    throw conflict(
      'allocation-round-no-proposal',
      'لا مقترح توزيع بعد: يُحسب عند إغلاق الجولة',
      'There is no proposal yet: it is computed when the round closes',
    );
  const problems: FieldProblem[] = [];
  const add = (field: string, ar: string, en: string) => problems.push({ field, reasons: [{ ar, en }] });
  const hijri = hijriOf(approval.gregorianDate);
  if (!hijri) add('gregorianDate', 'تاريخ ميلادي غير موجود', 'not a real Gregorian date');
  else {
    // days as the board counts them, in Riyadh (UTC+3): between midnight and 03:00 the UTC date is still yesterday
    if (approval.gregorianDate > riyadhDate(now.toISOString())) add('gregorianDate', 'تاريخ الجلسة في المستقبل', 'the session date is in the future');
    if (approval.gregorianDate < riyadhDate(state.proposal!.proposedAt))
      add('gregorianDate', 'تاريخ الجلسة قبل حساب المقترح', 'the session is dated before the proposal was computed');
    const near = [-1, 0, 1].map((d) => hijriOf(new Date(Date.parse(`${approval.gregorianDate}T00:00:00Z`) + d * 86_400_000).toISOString().slice(0, 10)));
    if (!near.includes(approval.hijriDate))
      add('hijriDate', `لا يوافق التاريخ الميلادي (${hijri} بتقويم أم القرى)`, `does not match the Gregorian date (${hijri} in the Umm al-Qura calendar)`);
  }
  if (problems.length > 0) refuse(problems);
  return { roundId: state.round.roundId, approval: { ...approval, session: approval.session.trim() }, approvedBy, approvedAt: now.toISOString() };
}

/** The recorded proposal recomputed with other weights, side by side; records nothing (a what-if). */
export function roundWhatIf(state: AllocationRoundState, otherWeights: AllocationWeights): WhatIf {
  if (!state.round) throw allocationRoundNotFound();
  if (!state.proposal)
    throw conflict(
      'allocation-round-no-proposal',
      'لا مقترح توزيع بعد: يُحسب عند إغلاق الجولة',
      'There is no proposal yet: it is computed when the round closes',
    );
  return whatIf(proposedInput(state.proposal), otherWeights);
}

/** Why a request's share is what it is, for its own partner: the codes' general words, no other partner's numbers. */
export const PARTNER_REASON_WORDS: Record<string, Bilingual> = {
  'asked-in-full': { ar: 'حصلتم على كامل المطلوب', en: 'you received all you asked' },
  'capped-at-asked': { ar: 'حُدّت حصتكم بما طلبتم', en: 'your share was capped at what you asked' },
  'capacity-short': {
    ar: 'سعة الخدمة أقل من مجموع الطلبات فقُسمت بنسبة الدرجات',
    en: "the service's capacity was less than asked in all, so it was shared by score",
  },
  'proportional-share': { ar: 'حصتكم بنسبة درجتكم', en: 'your share is in proportion to your score' },
  'zero-score': { ar: 'درجتكم صفر فلا تشاركون إلا في الفائض', en: 'your score is zero, so you share only what is left over' },
  'rounded-down': { ar: 'قُرّبت حصتكم إلى عدد صحيح أدنى', en: 'your share was rounded down to whole units' },
  'rounded-up': { ar: 'قُرّبت حصتكم إلى عدد صحيح أعلى', en: 'your share was rounded up to whole units' },
  'tie-broken': {
    ar: 'تعادلتم في الدرجة مع طلب آخر وحُسم الترتيب بقاعدة التعادل المعلنة',
    en: 'you tied on score with another request; the stated tie rule decided the rank',
  },
};
