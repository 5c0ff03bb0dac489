import type { EligibilityAssessedV1 } from '@athar/contracts';
import { eligibilityMessage } from './eligibility-messages';

const assessed = (outcome: 'eligible' | 'not-eligible'): EligibilityAssessedV1 => ({
  caseId: 'c',
  serviceId: 's',
  policyVersion: 1,
  eligibilityPolicyVersion: 1,
  outcome,
  criteria: [
    { criterionId: 'age', met: outcome === 'eligible', reason: { ar: 'البرنامج لمن بلغ 18 سنة', en: 'the programme is for those aged 18 or over' } },
    { criterionId: 'job-seeker', met: true, reason: { ar: 'باحث عن عمل', en: 'a job seeker' } },
  ],
  inputs: {},
  assessedAt: '2026-11-22T06:00:00Z',
  submittedAt: '2026-11-22T06:00:00Z',
  reviewWindow: { days: 14, counting: 'calendar' },
});

describe('what the applicant is told of eligibility (Tuwaiq 6-3: told why, in Arabic and English)', () => {
  it('tells a not-eligible applicant every unmet condition, and only those', () => {
    const message = eligibilityMessage('EligibilityAssessed', assessed('not-eligible'), 'TWQ-1448-000001');
    expect(message?.body.ar).toContain('البرنامج لمن بلغ 18 سنة');
    expect(message?.body.en).toContain('the programme is for those aged 18 or over');
    expect(message?.body.en).not.toContain('a job seeker');
    expect(message?.subject.en).toContain('TWQ-1448-000001');
  });

  it('says nothing of an eligible decision: the committee answers next', () => {
    expect(eligibilityMessage('EligibilityAssessed', assessed('eligible'), 'X')).toBeNull();
  });

  it('tells a lapse with its reasons, a confirmation, and a rejected document with its reason', () => {
    expect(
      eligibilityMessage('EligibilityLapsed', { reasons: [{ ar: 'انتهت صلاحية المستند: الهوية الوطنية', en: 'document expired: national ID' }] }, 'X')?.body.en,
    ).toContain('document expired: national ID');
    expect(eligibilityMessage('EligibilityReconfirmed', {}, 'X')?.body.ar).toContain('استمرار استحقاقكم');
    expect(eligibilityMessage('DocumentRejected', { documentType: 'status-certificate', reason: 'منتهية' }, 'X')?.body.ar).toContain('مشهد إثبات الحالة');
  });

  it('ignores other events', () => {
    expect(eligibilityMessage('ReviewOpened', {}, 'X')).toBeNull();
  });
});
