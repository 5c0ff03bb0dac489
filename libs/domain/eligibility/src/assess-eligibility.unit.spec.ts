import type { ApplicationSubmittedV1 } from '@athar/contracts';
import { assessEligibility } from './assess-eligibility';

const application: ApplicationSubmittedV1 = {
  caseId: 'c-1',
  caseNumber: 'TWQ-1448-000001',
  servedBeforeElsewhere: false,
  serviceId: 'job-seeker-training',
  channel: 'website',
  beneficiaryType: 'direct',
  applicant: { fullName: 'x', nationalId: '1000000008', mobile: '0500000000' },
  submittedAt: '2026-11-22T07:00:00.000Z',
  policyVersion: 1,
  reviewWindow: { days: 14, counting: 'calendar' },
  expectedResponseBy: '2026-12-06T07:00:00.000Z',
};
const now = new Date('2026-11-22T07:00:05Z');

describe('assessEligibility (placeholder rule)', () => {
  it.each([
    ['eligible', application, ['job-seeker-training'], 'eligible', [true, true]],
    ['service withdrawn', application, ['other'], 'not-eligible', [false, true]],
    ['no valid id', { ...application, applicant: { ...application.applicant, nationalId: '12' } }, ['job-seeker-training'], 'not-eligible', [true, false]],
  ] as const)('%s', (_name, input, offered, outcome, met) => {
    const result = assessEligibility(input, offered, now);
    expect(result.outcome).toBe(outcome);
    expect(result.criteria.map((c) => c.met)).toEqual(met);
    expect(result.criteria.every((c) => c.reason.ar.length > 0 && c.reason.en.length > 0)).toBe(true);
  });

  it('stores exactly the inputs it used, and no personal data', () => {
    const result = assessEligibility(application, ['job-seeker-training'], now);
    expect(Object.keys(result.inputs).sort()).toEqual(['nationalIdFormatValid', 'serviceId']);
    expect(JSON.stringify(result)).not.toContain('1000000008');
  });
});
