import { eligibilityStatusOf } from './eligibility-status';

const criteria = [{ criterionId: 'job-seeker', met: false, reason: { ar: 'ليس باحثًا عن عمل', en: 'not a job seeker' } }];
const assessed = (outcome: 'eligible' | 'not-eligible') => ({
  type: 'EligibilityAssessed',
  data: {
    caseId: 'c',
    serviceId: 'training',
    policyVersion: 3,
    eligibilityPolicyVersion: 1,
    outcome,
    criteria,
    inputs: {},
    assessedAt: '2026-01-01T00:00:00.000Z',
    submittedAt: '2026-01-01T00:00:00.000Z',
    reviewWindow: { days: 14, counting: 'calendar' },
  },
});
const overridden = (from: 'eligible' | 'not-eligible', to: 'eligible' | 'not-eligible') => ({
  type: 'EligibilityOverridden',
  data: {
    caseId: 'c',
    serviceId: 'training',
    from,
    to,
    reason: 'field visit showed the job ended',
    overriddenBy: 'researcher-1',
    overriddenAt: '2026-01-02T00:00:00.000Z',
    submittedAt: '2026-01-01T00:00:00.000Z',
    reviewWindow: { days: 14, counting: 'calendar' },
  },
});
const review = { caseId: 'c', round: 'round-1', eligibilityPolicyVersion: 1, criteria, inputs: {}, reviewedAt: '2026-07-01T00:00:00.000Z' };
const reconfirmed = { type: 'EligibilityReconfirmed', data: review };
const lapsed = {
  type: 'EligibilityLapsed',
  data: { ...review, reasons: [{ ar: 'انتهت صلاحية المستند: الهوية الوطنية', en: 'document expired: national ID' }] },
};
const requested = {
  type: 'DocumentVerificationRequested',
  data: {
    caseId: 'c',
    documentId: 'd',
    documentType: 'national-id',
    role: 'services-officer',
    reason: 'attached',
    requestedAt: '2026-01-01T00:00:00Z',
    dueBy: null,
  },
};
const verified = {
  type: 'DocumentVerified',
  eventId: 'v',
  data: {
    caseId: 'c',
    documentId: 'd',
    documentType: 'national-id',
    method: 'government-platform',
    verifiedBy: 'o',
    role: 'services-officer',
    note: null,
    validUntil: '2030-01-01T00:00:00Z',
    verifiedAt: '2026-01-01T00:00:00Z',
  },
};
const rejected = {
  type: 'DocumentRejected',
  eventId: 'r',
  data: {
    caseId: 'c',
    documentId: 'd',
    documentType: 'national-id',
    method: 'copy-compared',
    rejectedBy: 'o',
    role: 'services-officer',
    reason: 'illegible',
    rejectedAt: '2026-01-03T00:00:00Z',
  },
};
const closed = {
  type: 'DocumentVerificationClosed',
  data: {
    caseId: 'c',
    documentId: 'd',
    documentType: 'national-id',
    role: 'services-officer',
    reason: 'case-decided',
    decision: 'accepted',
    decidedAt: '2026-01-04T00:00:00Z',
    closedAt: '2026-01-04T00:00:01Z',
  },
};

describe('a case eligibility status follows every eligibility event (Tuwaiq 6-2, 6-4)', () => {
  it('is unknown until the case is assessed', () => {
    expect(eligibilityStatusOf([], [requested])).toBeNull();
  });

  it.each([
    ['assessed not eligible', [assessed('not-eligible')], 'assessed-not-eligible', 'not-eligible'],
    ['assessed eligible', [assessed('eligible')], 'assessed-eligible', 'eligible'],
    ['overridden to eligible', [assessed('not-eligible'), overridden('not-eligible', 'eligible')], 'overridden-eligible', 'eligible'],
    ['overridden to not eligible', [assessed('eligible'), overridden('eligible', 'not-eligible')], 'overridden-not-eligible', 'not-eligible'],
    ['reconfirmed at the periodic review', [assessed('eligible'), reconfirmed], 'reconfirmed', 'eligible'],
    ['lapsed at the periodic review', [assessed('eligible'), lapsed], 'lapsed', 'eligible'],
    ['lapsed, then the researcher decides', [assessed('eligible'), lapsed, overridden('eligible', 'not-eligible')], 'overridden-not-eligible', 'not-eligible'],
    ['lapsed, then reconfirmed next round', [assessed('eligible'), lapsed, reconfirmed], 'reconfirmed', 'eligible'],
  ] as const)('%s', (_name, events, stage, outcome) => {
    const status = eligibilityStatusOf(events);
    expect(status).toMatchObject({ stage, outcome });
  });

  it('keeps what the override replaced, and who overrode it and why', () => {
    expect(eligibilityStatusOf([assessed('not-eligible'), overridden('not-eligible', 'eligible')])).toMatchObject({
      assessedOutcome: 'not-eligible',
      criteria,
      override: { from: 'not-eligible', to: 'eligible', reason: 'field visit showed the job ended', by: 'researcher-1', at: '2026-01-02T00:00:00.000Z' },
    });
  });

  it('gives the lapse its round and every reason', () => {
    expect(eligibilityStatusOf([assessed('eligible'), lapsed])?.review).toEqual({
      result: 'lapsed',
      round: 'round-1',
      reviewedAt: '2026-07-01T00:00:00.000Z',
      eligibilityPolicyVersion: 1,
      criteria,
      reasons: [{ ar: 'انتهت صلاحية المستند: الهوية الوطنية', en: 'document expired: national ID' }],
    });
  });

  it.each([
    ['awaiting verification', [requested], 'pending'],
    ['verified', [requested, verified], 'verified'],
    ['rejected', [requested, rejected], 'rejected'],
    ['closed when the committee decided', [requested, closed], 'closed'],
  ] as const)('shows each document %s, without changing the decision', (_name, documents, status) => {
    const result = eligibilityStatusOf([assessed('eligible')], documents);
    expect(result?.stage).toBe('assessed-eligible');
    expect(result?.documents).toEqual([expect.objectContaining({ documentId: 'd', documentType: 'national-id', status })]);
  });
});
