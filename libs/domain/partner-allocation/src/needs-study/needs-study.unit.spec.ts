import { DomainError, type PartnerRequestSubmittedV1 } from '@athar/contracts';
import { initialPartnerRequestState, type NeedsStudyFactor, type PartnerRequestState } from '../requests/partner-request';
import { breachStudyDeadline, needsStudyPoints, remindAssessor, scoreNeedsStudy, type FactorScoreInput } from './needs-study';

const factors: NeedsStudyFactor[] = [
  { id: 'scope-of-work', name: { ar: 'نطاق العمل', en: 'Scope of work' }, maxScore: 5, source: '004 allocation 2' },
  { id: 'targeted-beneficiaries', name: { ar: 'عدد المستفيدين', en: 'Targeted beneficiaries' }, maxScore: 5, source: '004 allocation 2' },
  { id: 'infrastructure-readiness', name: { ar: 'جاهزية البنية', en: 'Infrastructure readiness' }, maxScore: 5, source: '004 allocation 2' },
];
const submitted: PartnerRequestState = {
  ...initialPartnerRequestState,
  status: 'submitted',
  request: { partnerRequestId: 'r-1', submittedAt: '2026-03-01T08:00:00.000Z', studyDeadline: '2026-03-11T08:00:00.000Z' } as PartnerRequestSubmittedV1,
};
const scores = (patch: Partial<FactorScoreInput>[] = []): FactorScoreInput[] =>
  factors.map((f, i) => ({ factorId: f.id, score: 3, evidence: [`00000000-0000-4000-8000-00000000000${i}`], ...(patch[i] ?? {}) }));
const inTime = new Date('2026-03-05T08:00:00Z');

function fieldsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError && error.kind === 'invalid') return error.fields.map((f) => f.field);
    throw error;
  }
  throw new Error('not refused');
}

describe('scoreNeedsStudy (Tuwaiq, partner allocation 2)', () => {
  it('records each factor with its scale, evidence and the assessor, in the policy order, with the total', () => {
    const study = scoreNeedsStudy(
      submitted,
      factors,
      { scores: scores([{ score: 5 }, { score: 0, note: '  few  ' }]).reverse(), assessedBy: 'officer-1' },
      inTime,
    );
    expect(study).toEqual({
      partnerRequestId: 'r-1',
      factors: [
        { factorId: 'scope-of-work', score: 5, maxScore: 5, evidence: ['00000000-0000-4000-8000-000000000000'], note: null },
        { factorId: 'targeted-beneficiaries', score: 0, maxScore: 5, evidence: ['00000000-0000-4000-8000-000000000001'], note: 'few' },
        { factorId: 'infrastructure-readiness', score: 3, maxScore: 5, evidence: ['00000000-0000-4000-8000-000000000002'], note: null },
      ],
      total: 8,
      maxTotal: 15,
      assessedBy: 'officer-1',
      completedAt: inTime.toISOString(),
      late: false,
    });
  });

  it('marks a study completed after its deadline as late', () => {
    expect(scoreNeedsStudy(submitted, factors, { scores: scores(), assessedBy: 'o' }, new Date('2026-03-12T00:00:00Z')).late).toBe(true);
  });

  it('refuses a missing factor, an unknown one, one scored twice, a score above its scale and repeated evidence', () => {
    const given = [
      { factorId: 'scope-of-work', score: 6, evidence: [] },
      { factorId: 'scope-of-work', score: 1, evidence: [] },
      { factorId: 'weather', score: 1, evidence: ['a', 'a'] },
    ];
    expect(fieldsOf(() => scoreNeedsStudy(submitted, factors, { scores: given, assessedBy: 'o' }, inTime))).toEqual([
      'scores.0.score',
      'scores.1.factorId',
      'scores.2.factorId',
      'scores.2.evidence',
      'scores',
      'scores',
    ]);
  });

  it('refuses a second study (conflict) and a study of no request (not found)', () => {
    const studied = { ...submitted, status: 'studied' as const };
    expect(() => scoreNeedsStudy(studied, factors, { scores: scores(), assessedBy: 'o' }, inTime)).toThrow(expect.objectContaining({ kind: 'conflict' }));
    expect(() => scoreNeedsStudy(initialPartnerRequestState, factors, { scores: scores(), assessedBy: 'o' }, inTime)).toThrow(
      expect.objectContaining({ kind: 'not-found' }),
    );
  });
});

describe("the study's deadline and reminders", () => {
  it('places the reminder points on the window, in order, each once', () => {
    expect(needsStudyPoints('2026-03-01T08:00:00.000Z', '2026-03-11T08:00:00.000Z', [80, 50, 50, 100, 0])).toEqual([
      { percent: 50, at: '2026-03-06T08:00:00.000Z' },
      { percent: 80, at: '2026-03-09T08:00:00.000Z' },
    ]);
  });

  it('reminds once per point, and not once the study is done', () => {
    const reminder = remindAssessor(submitted, 50, inTime);
    expect(reminder).toEqual({ partnerRequestId: 'r-1', percent: 50, remindedAt: inTime.toISOString() });
    expect(remindAssessor({ ...submitted, remindedPercents: [50] }, 50, inTime)).toBeNull();
    expect(remindAssessor({ ...submitted, status: 'studied' }, 80, inTime)).toBeNull();
  });

  it('records the breach at or after the deadline instant only, once, and never after the study', () => {
    expect(breachStudyDeadline(submitted, new Date('2026-03-11T07:59:59.999Z'))).toBeNull();
    expect(breachStudyDeadline(submitted, new Date('2026-03-11T08:00:00.000Z'))).toMatchObject({ deadline: '2026-03-11T08:00:00.000Z' });
    expect(breachStudyDeadline({ ...submitted, breached: true }, new Date('2026-03-12T00:00:00Z'))).toBeNull();
    expect(breachStudyDeadline({ ...submitted, status: 'studied' }, new Date('2026-03-12T00:00:00Z'))).toBeNull();
  });
});
