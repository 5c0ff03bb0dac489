import { DomainError, type FieldProblem, type NeedsStudyCompletedV1, type NeedsStudyDeadlineBreachedV1, type NeedsStudyReminderSentV1 } from '@athar/contracts';
import { partnerRequestNotFound, type NeedsStudyFactor, type PartnerRequestState } from '../requests/partner-request';

/** One factor's score as the assessor gave it. */
export interface FactorScoreInput {
  factorId: string;
  score: number;
  evidence: string[];
  note?: string | null;
}

/**
 * The needs study of a partner request (Tuwaiq, partner allocation 2): the empowerment team or project
 * management scores each factor of the policy (scope of work, number of targeted beneficiaries,
 * infrastructure readiness, fit with the association's goals and approved operating plans) on its
 * scale, with the evidence, once. Every factor scored exactly once; none outside the policy.
 */
export function scoreNeedsStudy(
  state: PartnerRequestState,
  factors: readonly NeedsStudyFactor[],
  input: { scores: FactorScoreInput[]; assessedBy: string },
  now: Date,
): NeedsStudyCompletedV1 {
  if (state.status === 'none' || !state.request) throw partnerRequestNotFound();
  if (state.status === 'studied')
    throw new DomainError('needs-study-done', 'conflict', {
      ar: 'دراسة الاحتياج لهذا الطلب منجزة من قبل',
      en: 'The needs study of this request is already done',
    });
  const problems: FieldProblem[] = [];
  const add = (field: string, ar: string, en: string) => problems.push({ field, reasons: [{ ar, en }] });
  input.scores.forEach((given, i) => {
    const factor = factors.find((f) => f.id === given.factorId);
    if (!factor) add(`scores.${i}.factorId`, 'العامل ليس من عوامل دراسة الاحتياج في سياسة الجمعية', "not a factor of the association's needs study");
    else if (given.score > factor.maxScore) add(`scores.${i}.score`, `الدرجة من 0 إلى ${factor.maxScore}`, `the score is from 0 to ${factor.maxScore}`);
    if (input.scores.findIndex((s) => s.factorId === given.factorId) !== i)
      add(`scores.${i}.factorId`, 'العامل مقيّم أكثر من مرة', 'the factor is scored more than once');
    if (new Set(given.evidence).size !== given.evidence.length) add(`scores.${i}.evidence`, 'مستند مكرر في الشواهد', 'a document is listed twice');
  });
  for (const factor of factors) {
    if (!input.scores.some((s) => s.factorId === factor.id))
      add('scores', `لم يُقيّم العامل: ${factor.name.ar}`, `the factor is not scored: ${factor.name.en} (${factor.id})`);
  }
  if (problems.length > 0)
    throw new DomainError(
      'validation-failed',
      'invalid',
      { ar: 'دراسة الاحتياج غير مكتملة أو غير صحيحة', en: 'The needs study is incomplete or has invalid scores' },
      problems,
    );
  const scored = factors.map((factor) => {
    const given = input.scores.find((s) => s.factorId === factor.id)!;
    return { factorId: factor.id, score: given.score, maxScore: factor.maxScore, evidence: [...given.evidence], note: given.note?.trim() || null };
  });
  return {
    partnerRequestId: state.request.partnerRequestId,
    factors: scored,
    total: scored.reduce((sum, f) => sum + f.score, 0),
    maxTotal: scored.reduce((sum, f) => sum + f.maxScore, 0),
    assessedBy: input.assessedBy,
    completedAt: now.toISOString(),
    late: now.getTime() > Date.parse(state.request.studyDeadline),
  };
}

/** A reminder point of a study's window: the percent and the instant, computed once at start (the workflow stays deterministic). */
export interface StudyPoint {
  percent: number;
  at: string;
}

/** The instants at which the assessor is reminded: each percent of the window from submission to the deadline, in order. */
export function needsStudyPoints(submittedAt: string, deadline: string, percents: readonly number[]): StudyPoint[] {
  const from = Date.parse(submittedAt);
  const span = Date.parse(deadline) - from;
  return [...new Set(percents)]
    .filter((p) => p > 0 && p < 100)
    .sort((a, b) => a - b)
    .map((percent) => ({ percent, at: new Date(from + Math.round((span * percent) / 100)).toISOString() }));
}

/** A reminder at a point of the window, once per point, and none once the study is done. */
export function remindAssessor(state: PartnerRequestState, percent: number, now: Date): NeedsStudyReminderSentV1 | null {
  if (state.status !== 'submitted' || !state.request || state.remindedPercents.includes(percent)) return null;
  return { partnerRequestId: state.request.partnerRequestId, percent, remindedAt: now.toISOString() };
}

/**
 * The study was not done by its deadline: judged by instants (as the committee's breach, ADR 0016),
 * so a timer that fires early or after the study records nothing; recorded once.
 */
export function breachStudyDeadline(state: PartnerRequestState, now: Date): NeedsStudyDeadlineBreachedV1 | null {
  if (state.status !== 'submitted' || !state.request || state.breached) return null;
  if (now.getTime() < Date.parse(state.request.studyDeadline)) return null;
  return { partnerRequestId: state.request.partnerRequestId, deadline: state.request.studyDeadline, breachedAt: now.toISOString() };
}
