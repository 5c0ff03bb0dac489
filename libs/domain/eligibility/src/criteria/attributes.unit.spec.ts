import type { ApplicationSubmittedV1 } from '@athar/contracts';
import { applicantAttributes, combineAssessment } from './attributes';

const application = {
  submittedAt: '2026-11-22T07:00:00.000Z',
  applicant: {
    fullName: 'x',
    nationalId: '1000000008',
    mobile: '+966500000000',
    birthDate: '2008-11-23',
    qualification: 'secondary',
    employmentStatus: 'job-seeker',
  },
} as ApplicationSubmittedV1;

describe('applicantAttributes', () => {
  it('derives the age at submission, the day before an 18th birthday being 17', () => {
    expect(applicantAttributes(application)).toEqual({ age: 17, qualification: 'secondary', employmentStatus: 'job-seeker', region: undefined });
    expect(applicantAttributes({ ...application, submittedAt: '2026-11-23T07:00:00.000Z' }).age).toBe(18);
  });

  it('leaves what was not given undefined, so the criterion says it is missing', () => {
    expect(applicantAttributes({ ...application, applicant: { fullName: 'x', nationalId: '1', mobile: '+966500000000' } })).toEqual({
      age: undefined,
      qualification: undefined,
      employmentStatus: undefined,
      region: undefined,
    });
  });

  it('offers the national address city as the region', () => {
    const nationalAddress = { shortAddress: 'DDMA1234', buildingNumber: '1234', postalCode: '32241', city: 'الدمام', district: 'الفيصلية' };
    expect(applicantAttributes({ ...application, applicant: { ...application.applicant, nationalAddress } }).region).toBe('الدمام');
  });
});

describe('combineAssessment', () => {
  const baseline = {
    outcome: 'eligible' as const,
    criteria: [{ criterionId: 'service-offered', met: true, reason: { ar: 'أ', en: 'a' } }],
    inputs: { serviceId: 's' },
  };

  it('keeps the baseline alone when the service declares no criteria', () => {
    expect(combineAssessment(baseline, null)).toEqual({ ...baseline, eligibilityPolicyVersion: null });
  });

  it('is eligible only if every criterion of both is met, and records the version', () => {
    const combined = combineAssessment(baseline, {
      serviceId: 's',
      policyVersion: 3,
      outcome: 'not-eligible',
      criteria: [{ criterionId: 'age', met: false, reason: { ar: 'ب', en: 'b' } }],
      inputs: { age: 17 },
    });
    expect(combined).toMatchObject({ outcome: 'not-eligible', eligibilityPolicyVersion: 3, inputs: { serviceId: 's', age: 17 } });
    expect(combined.criteria.map((c) => c.criterionId)).toEqual(['service-offered', 'age']);
  });
});
