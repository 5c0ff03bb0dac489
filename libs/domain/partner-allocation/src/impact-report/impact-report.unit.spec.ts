import { DomainError, type DomainEvent } from '@athar/contracts';
import {
  draftAgreement,
  evolveAgreement,
  initialAgreementState,
  sendForSignature,
  signAgreement,
  type AgreementEvent,
  type AgreementState,
  type AgreementTemplate,
} from '../agreement/agreement';
import {
  escalateOverdueReport,
  evaluatePartnership,
  evolveImpactReports,
  initialImpactReportsState,
  overallEvaluationScore,
  overdueAt,
  remindAt,
  remindImpactReport,
  submitImpactReport,
  type ImpactReportEvent,
  type ImpactReportsState,
  type SubmitImpactReport,
} from './impact-report';

const template: AgreementTemplate = {
  id: 'tuwaiq-partner-mou',
  version: 1,
  responsibilities: { allocator: [{ ar: 'تقديم الخدمة', en: 'Deliver the service' }], partner: [{ ar: 'رفع التقارير', en: 'Report impact' }] },
  reporting: { every: 'quarter', dueDaysAfterPeriod: 15 },
  termMonths: 12,
  signatureDays: 14,
};
const at = (iso: string) => new Date(iso);
const fold = (events: AgreementEvent[]): AgreementState => events.reduce(evolveAgreement, initialAgreementState);
const foldReports = (events: ImpactReportEvent[]): ImpactReportsState => events.reduce(evolveImpactReports, initialImpactReportsState);

/** An agreement of 2027 in force, allocated 100,000.00 SAR; its reports are due 2027-04-15, 07-15, 10-15 and 2028-01-15. */
function inForce(unit: 'halalas' | 'seats' = 'halalas'): AgreementEvent[] {
  const events: AgreementEvent[] = [];
  const push = (e: AgreementEvent) => events.push(e);
  push({
    type: 'PartnerAgreementDrafted',
    data: draftAgreement(
      initialAgreementState,
      template,
      {
        agreementId: 'ag-1',
        requestId: 'pr-1',
        roundId: 'r-1',
        partner: { kind: 'tenant', tenantId: 'awj', name: { ar: 'أوج', en: 'Awj' } },
        allocation: { serviceId: 'training', units: 10_000_000, unit },
        startsOn: '2027-01-01',
        draftedBy: 'u-1',
      },
      at('2026-12-01T08:00:00Z'),
    ),
  });
  push({ type: 'PartnerAgreementSent', data: sendForSignature(fold(events), 14, 'u-1', at('2026-12-02T08:00:00Z')) });
  push({
    type: 'PartnerAgreementSigned',
    data: signAgreement(fold(events), 'allocator', { userId: 'a', name: 'سارة', capacity: 'المديرة' }, at('2026-12-03T08:00:00Z')).signed,
  });
  const second = signAgreement(fold(events), 'partner', { userId: 'p', name: 'نورة', capacity: 'الرئيسة' }, at('2026-12-04T08:00:00Z'));
  push({ type: 'PartnerAgreementSigned', data: second.signed });
  push({ type: 'PartnerAgreementTookEffect', data: second.tookEffect! });
  return events;
}

const report = (over: Partial<SubmitImpactReport> = {}): SubmitImpactReport => ({
  period: '2027-04-15',
  beneficiaries: { direct: 40, indirect: 120 },
  activities: ['ورشة تدريبية / training workshop'],
  spentHalalas: 2_500_000,
  evidence: ['0b1f6a2e-3c4d-4e5f-8a9b-0c1d2e3f4a5b'],
  submittedBy: { userId: 'p', tenantId: 'awj', as: 'partner' },
  ...over,
});

function refusal(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('impact reports (Tuwaiq, partner allocation 5)', () => {
  it('fixes the due dates the reports answer', () => {
    expect(fold(inForce()).reportsDue).toEqual(['2027-04-15', '2027-07-15', '2027-10-15', '2028-01-15']);
  });

  it('accepts a report for a due period of an agreement in force, on time', () => {
    const submitted = submitImpactReport(fold(inForce()), initialImpactReportsState, report(), 7, at('2027-04-10T09:00:00Z'));
    expect(submitted).toMatchObject({ period: '2027-04-15', late: false, overspent: false, allocationHalalas: 10_000_000, spentHalalas: 2_500_000 });
  });

  it('marks a report after the end of its due date (Riyadh) late, but accepts it', () => {
    expect(submitImpactReport(fold(inForce()), initialImpactReportsState, report(), 7, at('2027-04-15T20:59:59Z')).late).toBe(false);
    expect(submitImpactReport(fold(inForce()), initialImpactReportsState, report(), 7, at('2027-04-15T21:00:00Z')).late).toBe(true);
  });

  it('refuses a second report for the same period as a conflict naming the period', () => {
    const first = submitImpactReport(fold(inForce()), initialImpactReportsState, report(), 7, at('2027-04-10T09:00:00Z'));
    const error = refusal(() =>
      submitImpactReport(fold(inForce()), foldReports([{ type: 'ImpactReportSubmitted', data: first }]), report(), 7, at('2027-04-11T09:00:00Z')),
    );
    expect(error.code).toBe('report-exists');
    expect(error.kind).toBe('conflict');
    expect(error.fields[0]!.field).toBe('period');
  });

  it('refuses a period that is not one of the due dates, and bad figures, field by field in Arabic and English', () => {
    const error = refusal(() =>
      submitImpactReport(
        fold(inForce()),
        initialImpactReportsState,
        report({ period: '2027-04-16', beneficiaries: { direct: -1, indirect: 1.5 }, activities: ['  '], spentHalalas: -1, evidence: ['x', 'x'] }),
        7,
        at('2027-04-10T09:00:00Z'),
      ),
    );
    expect(error.kind).toBe('invalid');
    expect(error.fields.map((f) => f.field)).toEqual(['period', 'beneficiaries.direct', 'beneficiaries.indirect', 'activities', 'spentSar', 'evidence']);
    for (const f of error.fields) expect(f.reasons[0]!.ar.length > 0 && f.reasons[0]!.en.length > 0).toBe(true);
  });

  it('accepts spending above the money allocated, flagged as overspent; spending is never flagged for an allocation of seats', () => {
    const first = submitImpactReport(fold(inForce()), initialImpactReportsState, report({ spentHalalas: 6_000_000 }), 7, at('2027-04-10T09:00:00Z'));
    const second = submitImpactReport(
      fold(inForce()),
      foldReports([{ type: 'ImpactReportSubmitted', data: first }]),
      report({ period: '2027-07-15', spentHalalas: 4_000_001 }),
      7,
      at('2027-07-10T09:00:00Z'),
    );
    expect([first.overspent, second.overspent]).toEqual([false, true]);
    const seats = submitImpactReport(fold(inForce('seats')), initialImpactReportsState, report({ spentHalalas: 99_999_999 }), 7, at('2027-04-10T09:00:00Z'));
    expect([seats.overspent, seats.allocationHalalas]).toEqual([false, null]);
  });

  it('refuses a report before the agreement is in force', () => {
    const notYet = fold(inForce().slice(0, 3));
    expect(refusal(() => submitImpactReport(notYet, initialImpactReportsState, report(), 7, at('2027-04-10T09:00:00Z'))).kind).toBe('invalid'); // no due dates yet
    const error = refusal(() =>
      submitImpactReport({ ...notYet, reportsDue: ['2027-04-15'] }, initialImpactReportsState, report(), 7, at('2027-04-10T09:00:00Z')),
    );
    expect(error.code).toBe('agreement-not-in-force');
  });

  it('after the term: accepts the last period until its due date plus grace, then refuses', () => {
    const ended = fold([...inForce(), { type: 'PartnerAgreementEnded', data: { agreementId: 'ag-1', endsOn: '2027-12-31', endedAt: '2027-12-31T21:00:00Z' } }]);
    expect(submitImpactReport(ended, initialImpactReportsState, report({ period: '2028-01-15' }), 7, at('2028-01-22T20:59:59Z')).late).toBe(true);
    expect(refusal(() => submitImpactReport(ended, initialImpactReportsState, report({ period: '2028-01-15' }), 7, at('2028-01-22T21:00:00Z'))).code).toBe(
      'reporting-closed',
    );
  });

  it('after a termination: owes the periods that had ended by then, not the later ones', () => {
    const terminated = fold([
      ...inForce(),
      {
        type: 'PartnerAgreementTerminated',
        data: {
          agreementId: 'ag-1',
          code: 'mutual-consent',
          reason: { ar: 'باتفاق الطرفين', en: 'by consent' },
          by: 'u',
          terminatedAt: '2027-05-01T09:00:00Z',
        },
      },
    ]);
    expect(submitImpactReport(terminated, initialImpactReportsState, report(), 7, at('2027-05-02T09:00:00Z')).period).toBe('2027-04-15');
    expect(refusal(() => submitImpactReport(terminated, initialImpactReportsState, report({ period: '2027-07-15' }), 7, at('2027-05-02T09:00:00Z'))).code).toBe(
      'period-after-termination',
    );
    expect(escalateOverdueReport(terminated, initialImpactReportsState, '2027-07-15', 7, at('2027-08-30T00:00:00Z'))).toBeNull();
  });
});

describe('reminders and overdue escalation (the report workflow judges instants)', () => {
  it('reminds N days before the due date (Riyadh midnight), once, and not when the report is in', () => {
    expect(remindAt('2027-04-15', 7)).toBe('2027-04-07T21:00:00.000Z');
    const state = fold(inForce());
    expect(remindImpactReport(state, initialImpactReportsState, '2027-04-15', 7, at('2027-04-07T20:59:59Z'))).toBeNull();
    const reminded = remindImpactReport(state, initialImpactReportsState, '2027-04-15', 7, at('2027-04-07T21:00:00Z'));
    expect(reminded).toEqual({ agreementId: 'ag-1', period: '2027-04-15', remindedAt: '2027-04-07T21:00:00.000Z' });
    expect(remindImpactReport(state, foldReports([{ type: 'ImpactReportReminded', data: reminded! }]), '2027-04-15', 7, at('2027-04-08T00:00:00Z'))).toBeNull();
    const submitted = submitImpactReport(state, initialImpactReportsState, report(), 7, at('2027-04-01T09:00:00Z'));
    expect(
      remindImpactReport(state, foldReports([{ type: 'ImpactReportSubmitted', data: submitted }]), '2027-04-15', 7, at('2027-04-08T00:00:00Z')),
    ).toBeNull();
  });

  it('sends no reminder once the due date has passed (a term that started in the past, or a timer that fired late): it is escalated instead', () => {
    const state = fold(inForce());
    expect(remindImpactReport(state, initialImpactReportsState, '2027-04-15', 7, at('2027-04-15T20:59:59Z'))).not.toBeNull();
    expect(remindImpactReport(state, initialImpactReportsState, '2027-04-15', 7, at('2027-04-15T21:00:00Z'))).toBeNull();
    expect(remindImpactReport(state, initialImpactReportsState, '2027-04-15', 7, at('2027-06-01T09:00:00Z'))).toBeNull();
  });

  it('escalates at the end of the due date plus grace (a late timer decides the same), once, and never over a report', () => {
    expect(overdueAt('2027-04-15', 7)).toBe('2027-04-22T21:00:00.000Z');
    const state = fold(inForce());
    expect(escalateOverdueReport(state, initialImpactReportsState, '2027-04-15', 7, at('2027-04-22T20:59:59Z'))).toBeNull();
    const overdue = escalateOverdueReport(state, initialImpactReportsState, '2027-04-15', 7, at('2027-05-30T00:00:00Z'));
    expect(overdue).toEqual({ agreementId: 'ag-1', period: '2027-04-15', overdueSince: '2027-04-22T21:00:00.000Z', escalatedAt: '2027-05-30T00:00:00.000Z' });
    expect(
      escalateOverdueReport(state, foldReports([{ type: 'ImpactReportOverdue', data: overdue! }]), '2027-04-15', 7, at('2027-06-01T00:00:00Z')),
    ).toBeNull();
    const late = submitImpactReport(state, initialImpactReportsState, report(), 7, at('2027-04-20T09:00:00Z'));
    expect(escalateOverdueReport(state, foldReports([{ type: 'ImpactReportSubmitted', data: late }]), '2027-04-15', 7, at('2027-05-30T00:00:00Z'))).toBeNull();
  });
});

describe("the partnership's evaluation (OECD DAC criteria)", () => {
  const ended = (): AgreementState =>
    fold([...inForce(), { type: 'PartnerAgreementEnded', data: { agreementId: 'ag-1', endsOn: '2027-12-31', endedAt: '2027-12-31T21:00:00Z' } }]);
  const criteria = (scores: number[]) =>
    ['relevance', 'coherence', 'effectiveness', 'efficiency', 'impact', 'sustainability'].map((criterion, i) => ({
      criterion,
      score: scores[i]!,
      comment: 'تعليق المقيّم / assessor comment',
    }));
  const command = (scores = [4, 3, 3, 2, 4, 3]) => ({
    partnerKey: 'tenant:awj',
    criteria: criteria(scores),
    assessor: { userId: 'e', name: 'فهد الدوسري' },
    evidence: [],
  });

  it('states the overall score: round((mean − 1) ÷ 3 × 100)', () => {
    expect(overallEvaluationScore([1, 1, 1, 1, 1, 1])).toBe(0);
    expect(overallEvaluationScore([4, 4, 4, 4, 4, 4])).toBe(100);
    expect(overallEvaluationScore([4, 3, 3, 2, 4, 3])).toBe(72); // mean 19/6: (19/6 − 1) ÷ 3 = 0.7222
    expect(evaluatePartnership(ended(), initialImpactReportsState, command(), at('2028-02-01T09:00:00Z')).overallScore).toBe(72);
  });

  it('is recorded once the agreement ended, once only', () => {
    const evaluated = evaluatePartnership(ended(), initialImpactReportsState, command(), at('2028-02-01T09:00:00Z'));
    const error = refusal(() =>
      evaluatePartnership(ended(), foldReports([{ type: 'PartnershipEvaluated', data: evaluated }]), command(), at('2028-02-02T09:00:00Z')),
    );
    expect([error.code, error.kind]).toEqual(['evaluation-exists', 'conflict']);
  });

  it('is refused while the agreement is in force, or when it never took effect', () => {
    expect(refusal(() => evaluatePartnership(fold(inForce()), initialImpactReportsState, command(), at('2027-06-01T09:00:00Z'))).code).toBe(
      'agreement-not-over',
    );
    const lapsed = fold([
      ...inForce().slice(0, 2),
      {
        type: 'PartnerAgreementTerminated',
        data: { agreementId: 'ag-1', code: 'signature-deadline-passed', reason: { ar: 'انقضت', en: 'lapsed' }, by: null, terminatedAt: '2026-12-16T08:00:00Z' },
      } as DomainEvent as AgreementEvent,
    ]);
    expect(refusal(() => evaluatePartnership(lapsed, initialImpactReportsState, command(), at('2027-06-01T09:00:00Z'))).code).toBe('agreement-not-over');
  });

  it('names every bad criterion, a missing one and the assessor', () => {
    const bad = command([0, 5, 3.5, 3, 3, 3]);
    bad.criteria[5]!.criterion = 'relevance';
    bad.criteria[4]!.comment = '';
    const error = refusal(() =>
      evaluatePartnership(ended(), initialImpactReportsState, { ...bad, assessor: { userId: 'e', name: '' } }, at('2028-02-01T09:00:00Z')),
    );
    expect(error.fields.map((f) => f.field)).toEqual([
      'criteria[0].score',
      'criteria[1].score',
      'criteria[2].score',
      'criteria[4].comment',
      'criteria[5].criterion',
      'criteria',
      'assessor',
    ]);
  });
});
