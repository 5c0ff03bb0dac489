import { assessmentOf } from './assessment';
import { overrideEligibility, reviewContinuedEligibility } from './continued-eligibility';
import type { EligibilityPolicyVersion } from './criteria/policy-version';
import { documentsOf } from './documents/document-verification';

const version: EligibilityPolicyVersion = {
  tenantId: 't',
  version: 2,
  status: 'approved',
  approval: { session: 's', gregorianDate: '2024-01-01', hijriDate: '1445-06-19' },
  effectiveFrom: '2024-01-01T00:00:00Z',
  attributes: [{ name: 'age', type: 'number', label: { ar: 'العمر', en: 'age' } }],
  services: {
    training: {
      targetGroups: ['job-seekers'],
      criteria: [
        {
          id: 'under-40',
          attribute: 'age',
          operator: 'lessThan',
          value: 40,
          met: { ar: 'أقل من 40', en: 'under 40' },
          notMet: { ar: 'بلغ 40', en: 'aged 40 or over' },
        },
      ],
    },
  },
};
const idCard = (validUntil: string) =>
  documentsOf([
    {
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
    },
    {
      type: 'DocumentVerified',
      eventId: 'e',
      data: {
        caseId: 'c',
        documentId: 'd',
        documentType: 'national-id',
        method: 'government-platform',
        verifiedBy: 'o',
        role: 'services-officer',
        note: null,
        validUntil,
        verifiedAt: '2026-01-01T00:00:00Z',
      },
    },
  ]);

describe('periodic review of beneficiaries (Tuwaiq 6-4: confirm continued eligibility)', () => {
  it.each([
    ['still under 40, ID valid', '1990-06-01', '2030-01-01T00:00:00Z', '2026-11-22', false, []],
    ['turned 40 since submission', '1986-11-01', '2030-01-01T00:00:00Z', '2026-11-22', true, ['aged 40 or over']],
    ['ID expired', '1990-06-01', '2026-11-01T00:00:00Z', '2026-11-22', true, ['document expired: national ID']],
    ['both', '1986-11-01', '2026-11-01T00:00:00Z', '2026-11-22', true, ['aged 40 or over', 'document expired: national ID']],
  ])('%s', async (_name, birthDate, validUntil, asOf, lapsed, reasons) => {
    const result = await reviewContinuedEligibility(version, 'training', { birthDate }, idCard(validUntil), new Date(`${asOf}T06:00:00Z`));
    expect(result.lapsed).toBe(lapsed);
    expect(result.reasons.map((r) => r.en)).toEqual(reasons);
    expect(result.reasons.every((r) => r.ar.length > 0)).toBe(true);
    expect(result.eligibilityPolicyVersion).toBe(2);
  });

  it('judges a service without criteria on its documents alone', async () => {
    const result = await reviewContinuedEligibility(null, 'food-basket', {}, idCard('2026-11-01T00:00:00Z'), new Date('2026-11-22T06:00:00Z'));
    expect(result).toMatchObject({ lapsed: true, eligibilityPolicyVersion: null, criteria: [], inputs: {} });
  });
});

describe('researcher override (only with a reason, recorded as an override)', () => {
  const assessed = {
    type: 'EligibilityAssessed',
    data: { outcome: 'not-eligible', serviceId: 'training', submittedAt: '2026-11-01T00:00:00Z', reviewWindow: { days: 14, counting: 'calendar' } },
  };
  const now = new Date('2026-11-22T06:00:00Z');

  it('records from, to, reason, researcher and what the committee timeline needs', () => {
    expect(
      overrideEligibility(assessmentOf([assessed]), { caseId: 'c', to: 'eligible', reason: 'الشهادة صادرة قبل التعديل', researcherId: 'r1' }, now),
    ).toEqual({
      caseId: 'c',
      serviceId: 'training',
      from: 'not-eligible',
      to: 'eligible',
      reason: 'الشهادة صادرة قبل التعديل',
      overriddenBy: 'r1',
      overriddenAt: now.toISOString(),
      submittedAt: '2026-11-01T00:00:00Z',
      reviewWindow: { days: 14, counting: 'calendar' },
    });
  });

  it.each([
    ['no assessment yet', [], 'eligible', 'a long enough reason', 'case-not-assessed'],
    ['a reason too short to explain anything', [assessed], 'eligible', 'ok', 'override-reason-required'],
    ['the decision it already is', [assessed], 'not-eligible', 'a long enough reason', 'override-changes-nothing'],
  ])('refuses %s', (_name, history, to, reason, code) => {
    expect(() => overrideEligibility(assessmentOf(history), { caseId: 'c', to: to as 'eligible', reason, researcherId: 'r1' }, now)).toThrow(
      expect.objectContaining({ code }),
    );
  });

  it('the override is the decision that stands', () => {
    const overridden = overrideEligibility(assessmentOf([assessed]), { caseId: 'c', to: 'eligible', reason: 'a long enough reason', researcherId: 'r1' }, now);
    expect(assessmentOf([assessed, { type: 'EligibilityOverridden', data: overridden }]).outcome).toBe('eligible');
  });
});
