import {
  DomainError,
  type AllocationProposedV1,
  type ApplicationAcceptedV1,
  type ApplicationRejectedV1,
  type Bilingual,
  type EligibilityAssessedV1,
  type VoteCastV1,
} from '@athar/contracts';
import { castVote, evolveReview, initialReviewState, type ReviewEvent, type VotingRules } from '@athar/domain-committee-review';
import {
  baselineCriteria,
  combineAssessment,
  evaluateEligibility,
  groupDocumentsCriterion,
  versionInForce,
  withGroupDocuments,
  type EligibilityPolicyVersion,
} from '@athar/domain-eligibility';
import { allocateRound, proposedInput } from '@athar/domain-partner-allocation';
import type { TenantPolicy } from '@athar/tenancy';

/** same: re-running the rules on the recorded inputs gives the recorded decision; differs: it does not; cannot-reproduce: the rules it was made under are not kept. */
export type Verdict = 'same' | 'differs' | 'cannot-reproduce';

export interface Difference {
  /** Where the recorded decision and the re-run differ (dotted path in the event's data). */
  path: string;
  /** The recorded value as JSON text (`null` where absent). */
  recorded: string;
  /** The re-run's value as JSON text (`null` where absent). */
  reproduced: string;
}

export interface DecisionCheck {
  kind: 'eligibility-assessment' | 'committee-decision' | 'allocation-proposal';
  eventId: string;
  type: string;
  streamId: string;
  recordedAt: string;
  /** The rules it was re-run under: the tenant policy version, and the eligibility policy version where one applies. */
  policyVersion: number | null;
  eligibilityPolicyVersion: number | null;
  verdict: Verdict;
  differences: Difference[];
  /** Why it cannot be reproduced, or why the re-run refused it; absent otherwise. */
  reason?: Bilingual;
}

/** The rules kept today: every kept version of the tenant's policy (the current one first) and every eligibility policy version. */
export interface KeptRules {
  tenantPolicy: TenantPolicy;
  /** The tenant's policy versions kept (libs/platform/tenancy/policies/history), the current one included. */
  tenantPolicyVersions: readonly TenantPolicy[];
  eligibilityVersions: readonly EligibilityPolicyVersion[];
}

/** The tenant's policy as it stood at `version`, or null when that version is not kept. */
export function keptPolicy(rules: KeptRules, version: number): TenantPolicy | null {
  return rules.tenantPolicyVersions.find((p) => p.policyVersion === version) ?? (rules.tenantPolicy.policyVersion === version ? rules.tenantPolicy : null);
}

type Event = { eventId: string; type: string; streamId: string; recordedAt: string; data: unknown };

const normalise = (value: unknown): unknown => (value === undefined ? undefined : JSON.parse(JSON.stringify(value)));

/** Every leaf where two JSON values differ, by dotted path; arrays compared item by item. */
export function differences(recorded: unknown, reproduced: unknown, path = ''): Difference[] {
  const [a, b] = [normalise(recorded), normalise(reproduced)];
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
  if (isObject(a) && isObject(b) && Array.isArray(a) === Array.isArray(b)) {
    const keys = Array.isArray(a)
      ? [...Array(Math.max((a as unknown[]).length, (b as unknown as unknown[]).length)).keys()].map(String)
      : [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    return keys.flatMap((key) => differences((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], path ? `${path}.${key}` : key));
  }
  return JSON.stringify(a) === JSON.stringify(b) ? [] : [{ path: path || '.', recorded: JSON.stringify(a ?? null), reproduced: JSON.stringify(b ?? null) }];
}

const policyNotKept = (version: number): Bilingual => ({
  ar: `لا يمكن إعادة القرار: نسخة السياسة ${version} غير محفوظة`,
  en: `cannot reproduce: policy version ${version} not kept`,
});
const eligibilityPolicyNotKept = (version: number): Bilingual => ({
  ar: `لا يمكن إعادة القرار: نسخة سياسة الاستحقاق ${version} غير محفوظة`,
  en: `cannot reproduce: eligibility policy version ${version} not kept`,
});

const check = (
  event: Event,
  kind: DecisionCheck['kind'],
  { reason, ...rest }: Omit<DecisionCheck, 'kind' | 'eventId' | 'type' | 'streamId' | 'recordedAt' | 'reason'> & { reason: Bilingual | null },
): DecisionCheck => ({
  kind,
  eventId: event.eventId,
  type: event.type,
  streamId: event.streamId,
  recordedAt: event.recordedAt,
  ...rest,
  ...(reason ? { reason } : {}),
});

const verdictOf = (found: Difference[]): Verdict => (found.length === 0 ? 'same' : 'differs');

/**
 * Re-runs an `EligibilityAssessed` decision (Tuwaiq 6-3, 6-5): the baseline checks and the versioned
 * criteria, by the eligibility domain's own functions, on the inputs the event recorded (exactly the
 * declared attributes the decision used, so no personal data is needed), under the recorded versions.
 * Also checks that the recorded eligibility version is the one in force at submission.
 */
export async function reproduceAssessment(event: Event, rules: KeptRules): Promise<DecisionCheck> {
  const recorded = event.data as EligibilityAssessedV1;
  const versions = { policyVersion: recorded.policyVersion, eligibilityPolicyVersion: recorded.eligibilityPolicyVersion };
  const policy = keptPolicy(rules, recorded.policyVersion);
  if (!policy)
    return check(event, 'eligibility-assessment', { ...versions, verdict: 'cannot-reproduce', differences: [], reason: policyNotKept(recorded.policyVersion) });
  const kept = rules.eligibilityVersions.filter((v) => v.tenantId === rules.tenantPolicy.tenantId);
  const version = recorded.eligibilityPolicyVersion === null ? null : (kept.find((v) => v.version === recorded.eligibilityPolicyVersion) ?? null);
  if (recorded.eligibilityPolicyVersion !== null && !version)
    return check(event, 'eligibility-assessment', {
      ...versions,
      verdict: 'cannot-reproduce',
      differences: [],
      reason: eligibilityPolicyNotKept(recorded.eligibilityPolicyVersion),
    });
  const { serviceId, nationalIdFormatValid, documentTypes, ...attributes } = recorded.inputs;
  const baseline = baselineCriteria(
    { serviceId: String(serviceId), nationalIdFormatValid: nationalIdFormatValid === true },
    policy.services.map((s) => s.id),
  );
  let evaluation = version?.services[recorded.serviceId] ? await evaluateEligibility(version, recorded.serviceId, attributes) : null;
  if (evaluation && version) {
    const attached = typeof documentTypes === 'string' ? documentTypes.split(',').filter((t) => t !== '') : [];
    evaluation = withGroupDocuments(evaluation, groupDocumentsCriterion(version, recorded.serviceId, attached), attached);
  }
  const reproduced = combineAssessment(
    {
      outcome: baseline.every((c) => c.met) ? ('eligible' as const) : ('not-eligible' as const),
      criteria: baseline,
      inputs: { serviceId: String(serviceId), nationalIdFormatValid: nationalIdFormatValid === true },
    },
    evaluation,
  );
  // The version the service would pick: the latest approved one in force at submission with criteria for the service.
  const inForce = versionInForce(kept, new Date(recorded.submittedAt));
  const found = [
    ...differences(recorded.outcome, reproduced.outcome, 'outcome'),
    ...differences(recorded.criteria, reproduced.criteria, 'criteria'),
    ...differences(recorded.inputs, reproduced.inputs, 'inputs'),
    ...differences(recorded.eligibilityPolicyVersion, inForce?.services[recorded.serviceId] ? inForce.version : null, 'eligibilityPolicyVersion'),
  ];
  return check(event, 'eligibility-assessment', { ...versions, verdict: verdictOf(found), differences: found, reason: null });
}

/** The committee's rules as the tenant's policy sets them for a service (as committee-review reads them). */
export function votingRulesOf(policy: TenantPolicy, serviceId: string): VotingRules | null {
  const committee = policy.committeeReview.committees.find((c) => c.serviceIds.includes(serviceId));
  if (!committee) return null;
  return {
    committee: { id: committee.id, quorum: committee.quorum, members: committee.members.map((m) => ({ userId: m.userId, role: m.role })) },
    reasons: policy.committeeReview.reasons,
    reconsiderationDays: policy.committeeReview.reconsiderationDays,
    maxRounds: policy.committeeReview.maxRounds,
  };
}

/**
 * Re-runs each committee decision of a review stream (ApplicationAccepted / ApplicationRejected): the
 * review folded up to the deciding vote by committee-review's own `evolveReview`, then its `castVote`
 * with that vote at the decision's instant, under the tenant's committee rules. The deciding vote is
 * the one recorded with the decision (the same append, just before it).
 */
export function reproduceCommitteeDecisions(reviewEvents: readonly Event[], rules: KeptRules, casePolicyVersion: number | null): DecisionCheck[] {
  const checks: DecisionCheck[] = [];
  reviewEvents.forEach((event, index) => {
    if (event.type !== 'ApplicationAccepted' && event.type !== 'ApplicationRejected') return;
    const recorded = event.data as ApplicationAcceptedV1 | ApplicationRejectedV1;
    const versions = { policyVersion: casePolicyVersion, eligibilityPolicyVersion: null };
    const policy = casePolicyVersion === null ? rules.tenantPolicy : keptPolicy(rules, casePolicyVersion);
    if (!policy) {
      checks.push(
        check(event, 'committee-decision', { ...versions, verdict: 'cannot-reproduce', differences: [], reason: policyNotKept(casePolicyVersion as number) }),
      );
      return;
    }
    const voteIndex = index - 1;
    const deciding = reviewEvents[voteIndex];
    if (!deciding || deciding.type !== 'VoteCast') {
      checks.push(
        check(event, 'committee-decision', {
          ...versions,
          verdict: 'differs',
          differences: [],
          reason: { ar: 'لا يسبق القرارَ صوتٌ يحسمه', en: 'no deciding vote precedes the decision' },
        }),
      );
      return;
    }
    const before = (reviewEvents.slice(0, voteIndex) as unknown as ReviewEvent[]).reduce(evolveReview, initialReviewState);
    const vote = deciding.data as VoteCastV1;
    const voting = before.serviceId ? votingRulesOf(policy, before.serviceId) : null;
    if (!voting) {
      checks.push(
        check(event, 'committee-decision', {
          ...versions,
          verdict: 'differs',
          differences: [],
          reason: { ar: 'لا لجنة للخدمة في السياسة', en: "the policy names no committee for the case's service" },
        }),
      );
      return;
    }
    try {
      const outcome = castVote(
        before,
        voting,
        { caseId: vote.caseId, memberId: vote.memberId, vote: vote.vote, reasonId: vote.reason.id, note: vote.note },
        new Date(recorded.decidedAt),
      );
      const found = [
        ...differences(event.type, outcome.decision?.type ?? null, 'type'),
        ...differences(recorded, outcome.decision?.data ?? null, 'data'),
        ...differences({ ...vote, castAt: null }, { ...outcome.vote, castAt: null }, 'vote'),
      ];
      checks.push(check(event, 'committee-decision', { ...versions, verdict: verdictOf(found), differences: found, reason: null }));
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      checks.push(check(event, 'committee-decision', { ...versions, verdict: 'differs', differences: [], reason: error.text }));
    }
  });
  return checks;
}

/** Re-runs a round's proposals (ADR 0037's method, `allocateRound`) on the input each recorded, and compares the allocation. */
export function reproduceAllocations(roundEvents: readonly Event[], rules: KeptRules): DecisionCheck[] {
  return roundEvents
    .filter((event) => event.type === 'AllocationProposed')
    .map((event) => {
      const recorded = event.data as AllocationProposedV1;
      const versions = { policyVersion: rules.tenantPolicy.policyVersion, eligibilityPolicyVersion: null };
      try {
        const found = differences(recorded.allocation, allocateRound(proposedInput(recorded)), 'allocation');
        return check(event, 'allocation-proposal', { ...versions, verdict: verdictOf(found), differences: found, reason: null });
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        return check(event, 'allocation-proposal', { ...versions, verdict: 'differs', differences: [], reason: error.text });
      }
    });
}
