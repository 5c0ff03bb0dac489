import type { EligibilityAssessedV1, EligibilityPolicyReviewDueV1 } from '@athar/contracts';
import { assessmentOf, evolvePolicyReview, initialPolicyReviewState, recordAssessment, recordReview, remindPolicyReview } from './assessment';
import type { ContinuedEligibility } from './continued-eligibility';

const assessed = {
  caseId: 'c',
  serviceId: 'training',
  policyVersion: 1,
  eligibilityPolicyVersion: 2,
  outcome: 'eligible',
  criteria: [],
  inputs: {},
  assessedAt: '2026-11-01T00:00:00Z',
  submittedAt: '2026-11-01T00:00:00Z',
  reviewWindow: { days: 14, counting: 'calendar' },
} as unknown as EligibilityAssessedV1;
const review = (lapsed: boolean): ContinuedEligibility => ({
  lapsed,
  eligibilityPolicyVersion: 2,
  criteria: [],
  inputs: { age: 30 },
  reasons: lapsed ? [{ ar: 'انتهت صلاحية المستند', en: 'document expired' }] : [],
});
const round = { caseId: 'c', round: 'round-1', reviewedAt: '2026-11-22T06:00:00Z' };

describe('a case is assessed once (Tuwaiq 6-3)', () => {
  it('records the assessment of a case not assessed yet, and nothing for a redelivered submission', () => {
    expect(recordAssessment(assessmentOf([]), assessed)).toBe(assessed);
    expect(recordAssessment(assessmentOf([{ type: 'EligibilityAssessed', data: assessed }]), assessed)).toBeNull();
  });
});

describe('one periodic review result per round and beneficiary (Tuwaiq 6-4)', () => {
  const state = assessmentOf([{ type: 'EligibilityAssessed', data: assessed }]);

  it('records a lapse with its reasons, or a reconfirmation', () => {
    expect(recordReview(state, review(true), round)).toEqual({
      type: 'EligibilityLapsed',
      data: { ...round, eligibilityPolicyVersion: 2, criteria: [], inputs: { age: 30 }, reasons: [{ ar: 'انتهت صلاحية المستند', en: 'document expired' }] },
    });
    expect(recordReview(state, review(false), round)).toEqual({
      type: 'EligibilityReconfirmed',
      data: { ...round, eligibilityPolicyVersion: 2, criteria: [], inputs: { age: 30 } },
    });
  });

  it('records nothing for a round that recorded its result already, and the next round again', () => {
    const reviewed = assessmentOf([
      { type: 'EligibilityAssessed', data: assessed },
      { type: 'EligibilityReconfirmed', data: { ...round, eligibilityPolicyVersion: 2, criteria: [], inputs: {} } },
    ]);
    expect(recordReview(reviewed, review(true), round)).toBeNull();
    expect(recordReview(reviewed, review(true), { ...round, round: 'round-2' })?.type).toBe('EligibilityLapsed');
  });
});

describe('the yearly policy review reminder (Tuwaiq 6-4: updated yearly)', () => {
  const due: EligibilityPolicyReviewDueV1 = {
    round: 'run-1',
    eligibilityPolicyVersion: 2,
    effectiveFrom: '2024-01-01T00:00:00Z',
    approval: null,
    dueAt: '2025-01-01T06:00:00Z',
  };

  it('reminds once per schedule run', () => {
    expect(remindPolicyReview(initialPolicyReviewState, due)).toBe(due);
    const reminded = evolvePolicyReview(initialPolicyReviewState, { type: 'EligibilityPolicyReviewDue', data: due });
    expect(remindPolicyReview(reminded, due)).toBeNull();
    expect(remindPolicyReview(reminded, { ...due, round: 'run-2' })).toEqual({ ...due, round: 'run-2' });
  });
});
