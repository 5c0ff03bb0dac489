import {
  DAC_CRITERIA,
  DomainError,
  type Bilingual,
  type DacCriterion,
  type DomainEvent,
  type FieldProblem,
  type ImpactReportOverdueV1,
  type ImpactReportRemindedV1,
  type ImpactReportSubmittedV1,
  type PartnershipEvaluatedV1,
} from '@athar/contracts';
import type { AgreementState } from '../agreement/agreement';
import { addDays } from '../agreement/calendar';

// The partner's impact reports, one per reporting period of an agreement, and the partnership's
// evaluation at its end (Tuwaiq, distributing services to partner associations, 5; docs/adr/0040).
// They live in one stream per agreement, beside the agreement's own; the deciders read both states.

export type ImpactReportEvent = Extract<
  DomainEvent,
  { type: 'ImpactReportSubmitted' | 'ImpactReportReminded' | 'ImpactReportOverdue' | 'PartnershipEvaluated' }
>;

export interface ImpactReportsState {
  /** The reports submitted, by period (the due date they answer). */
  submitted: Record<string, ImpactReportSubmittedV1>;
  /** When each period was reminded. */
  reminded: Record<string, string>;
  overdue: Record<string, ImpactReportOverdueV1>;
  evaluation: PartnershipEvaluatedV1 | null;
}

export const initialImpactReportsState: ImpactReportsState = { submitted: {}, reminded: {}, overdue: {}, evaluation: null };

export function evolveImpactReports(state: ImpactReportsState, event: ImpactReportEvent): ImpactReportsState {
  switch (event.type) {
    case 'ImpactReportSubmitted':
      return { ...state, submitted: { ...state.submitted, [event.data.period]: event.data } };
    case 'ImpactReportReminded':
      return { ...state, reminded: { ...state.reminded, [event.data.period]: event.data.remindedAt } };
    case 'ImpactReportOverdue':
      return { ...state, overdue: { ...state.overdue, [event.data.period]: event.data } };
    case 'PartnershipEvaluated':
      return { ...state, evaluation: event.data };
    default:
      return state;
  }
}

/** The end of a calendar date in Riyadh (UTC+3): a report due on that date is on time until then. */
export const endOfRiyadhDay = (date: string): number => Date.parse(`${date}T00:00:00+03:00`) + 86_400_000;

/** The instant a period's report is overdue: the end of its due date in Riyadh, plus the grace days. */
export const overdueAt = (period: string, graceDays: number): string => new Date(endOfRiyadhDay(addDays(period, graceDays))).toISOString();

/** The instant a period's reminder is sent: the start of the day remindDaysBefore the due date, Riyadh. */
export const remindAt = (period: string, remindDaysBefore: number): string =>
  new Date(Date.parse(`${addDays(period, -remindDaysBefore)}T00:00:00+03:00`)).toISOString();

/** The calendar date (Riyadh, UTC+3) of an instant. */
export const riyadhDate = (instant: string): string => new Date(Date.parse(instant) + 3 * 3_600_000).toISOString().slice(0, 10);

const b = (ar: string, en: string): Bilingual => ({ ar, en });

function invalid(problems: FieldProblem[]): never {
  throw new DomainError('validation-failed', 'invalid', b('بيانات التقرير غير صالحة', 'The report is not valid'), problems);
}

const conflict = (code: string, ar: string, en: string, field?: string): never => {
  throw new DomainError(code, 'conflict', b(ar, en), field ? [{ field, reasons: [b(ar, en)] }] : []);
};

export interface SubmitImpactReport {
  period: string;
  beneficiaries: { direct: number; indirect: number };
  activities: string[];
  /** In halalas (SAR × 100). */
  spentHalalas: number;
  evidence: string[];
  submittedBy: ImpactReportSubmittedV1['submittedBy'];
}

const isCount = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= 10_000_000;

/**
 * A report for one period of the agreement (partner allocation 5): only while it is in force, or after
 * it ended or was terminated for periods already due by then, up to its last period's due date plus the
 * grace days; the period is one of its reportsDue; one report a period. Spending is never negative; over
 * the money allocated it is accepted and flagged; a report after its due date is accepted, marked late.
 */
export function submitImpactReport(
  agreement: AgreementState,
  reports: ImpactReportsState,
  command: SubmitImpactReport,
  graceDays: number,
  now: Date,
): ImpactReportSubmittedV1 {
  if (agreement.status === 'none' || !agreement.drafted)
    throw new DomainError('agreement-not-found', 'not-found', b('لا توجد اتفاقية بهذا الرقم', 'No agreement with this id'));
  const problems: FieldProblem[] = [];
  const push = (field: string, ar: string, en: string): void => void problems.push({ field, reasons: [b(ar, en)] });
  if (!agreement.reportsDue.includes(command.period))
    push(
      'period',
      `الفترة تاريخ استحقاق من تواريخ الاتفاقية: ${agreement.reportsDue.join('، ') || 'لا شيء'}`,
      `the period is one of the agreement's due dates: ${agreement.reportsDue.join(', ') || 'none'}`,
    );
  if (!isCount(command.beneficiaries?.direct))
    push('beneficiaries.direct', 'عدد المستفيدين المباشرين عدد صحيح غير سالب', 'direct beneficiaries is a whole number, not negative');
  if (!isCount(command.beneficiaries?.indirect))
    push('beneficiaries.indirect', 'عدد المستفيدين غير المباشرين عدد صحيح غير سالب', 'indirect beneficiaries is a whole number, not negative');
  const activities = (command.activities ?? []).map((a) => a.trim()).filter((a) => a.length > 0);
  if (activities.length === 0) push('activities', 'اذكر نشاطًا واحدًا على الأقل نُفّذ في الفترة', 'list at least one activity carried out in the period');
  if (!Number.isInteger(command.spentHalalas) || command.spentHalalas < 0)
    push('spentSar', 'المصروف مبلغ بالريال غير سالب بهللتين على الأكثر', 'spending is an amount in SAR, not negative, at most two decimals');
  if (new Set(command.evidence).size !== command.evidence.length) push('evidence', 'الشواهد مكررة', 'the evidence lists a document twice');
  if (problems.length > 0) invalid(problems);

  if (agreement.status !== 'in-force' && agreement.status !== 'ended' && agreement.status !== 'terminated')
    conflict('agreement-not-in-force', 'لا تُرفع تقارير الأثر قبل سريان الاتفاقية', 'Impact reports are submitted only once the agreement is in force');
  if (agreement.status === 'terminated' && !owes(agreement, command.period))
    conflict('period-after-termination', 'أُنهيت الاتفاقية قبل نهاية هذه الفترة', 'The agreement was terminated before this period ended', 'period');
  if (agreement.status !== 'in-force') {
    const last = agreement.reportsDue[agreement.reportsDue.length - 1]!;
    if (now.getTime() >= Date.parse(overdueAt(last, graceDays)))
      conflict('reporting-closed', `انتهت الاتفاقية ومضت مهلة آخر تقرير (${last})`, `The agreement is over and its last report's time (${last}) has passed`);
  }
  if (reports.submitted[command.period])
    conflict(
      'report-exists',
      `رُفع تقرير هذه الفترة (${command.period}) من قبل`,
      `The report for this period (${command.period}) was already submitted`,
      'period',
    );
  const allocationHalalas = agreement.drafted.allocation.unit === 'halalas' ? agreement.drafted.allocation.units : null;
  const spentBefore = Object.values(reports.submitted).reduce((sum, r) => sum + r.spentHalalas, 0);
  return {
    agreementId: agreement.drafted.agreementId,
    period: command.period,
    beneficiaries: { direct: command.beneficiaries.direct, indirect: command.beneficiaries.indirect },
    activities,
    spentHalalas: command.spentHalalas,
    allocationHalalas,
    overspent: allocationHalalas !== null && spentBefore + command.spentHalalas > allocationHalalas,
    evidence: [...command.evidence],
    submittedBy: command.submittedBy,
    submittedAt: now.toISOString(),
    late: now.getTime() >= endOfRiyadhDay(command.period),
  };
}

/** Whether the agreement still owes this period's report: in force, or over with the period ended by then. */
function owes(agreement: AgreementState, period: string): boolean {
  if (!agreement.drafted || !agreement.reportsDue.includes(period)) return false;
  if (agreement.status === 'in-force' || agreement.status === 'ended') return true;
  if (agreement.status !== 'terminated') return false;
  const periodEnd = addDays(period, -agreement.drafted.reporting.dueDaysAfterPeriod);
  return agreement.terminated !== undefined && periodEnd <= riyadhDate(agreement.terminated.at);
}

/** The report workflow, remindDaysBefore the due date: a reminder when the period is still owed, unanswered and its due date not past (null otherwise). */
export function remindImpactReport(
  agreement: AgreementState,
  reports: ImpactReportsState,
  period: string,
  remindDaysBefore: number,
  now: Date,
): ImpactReportRemindedV1 | null {
  if (!owes(agreement, period) || reports.submitted[period] || reports.reminded[period]) return null;
  if (now.getTime() < Date.parse(remindAt(period, remindDaysBefore))) return null;
  // A due date already past (a term that started in the past, a late timer) is not "due on" anymore: it is escalated instead.
  if (now.getTime() >= endOfRiyadhDay(period)) return null;
  return { agreementId: agreement.drafted!.agreementId, period, remindedAt: now.toISOString() };
}

/** The report workflow, at the due date plus grace: overdue when still owed and unanswered (null otherwise, or before the instant). */
export function escalateOverdueReport(
  agreement: AgreementState,
  reports: ImpactReportsState,
  period: string,
  graceDays: number,
  now: Date,
): ImpactReportOverdueV1 | null {
  if (!owes(agreement, period) || reports.submitted[period] || reports.overdue[period]) return null;
  const since = overdueAt(period, graceDays);
  if (now.getTime() < Date.parse(since)) return null;
  return { agreementId: agreement.drafted!.agreementId, period, overdueSince: since, escalatedAt: now.toISOString() };
}

/** The DAC scale: 1 unsatisfactory, 2 partly satisfactory, 3 satisfactory, 4 highly satisfactory. */
export const DAC_SCALE = { min: 1, max: 4 } as const;

/** The overall score on the allocation method's 0–100 scale: round((mean − 1) ÷ 3 × 100), half up. */
export function overallEvaluationScore(scores: readonly number[]): number {
  const mean = scores.reduce((sum, s) => sum + s, 0) / scores.length;
  return Math.round(((mean - DAC_SCALE.min) / (DAC_SCALE.max - DAC_SCALE.min)) * 100);
}

export interface EvaluatePartnership {
  partnerKey: string;
  criteria: Array<{ criterion: string; score: number; comment: string }>;
  assessor: { userId: string; name: string };
  evidence: string[];
}

/**
 * The partnership's evaluation on the six OECD DAC criteria (partner allocation 5), once the agreement
 * has ended or was terminated after taking effect; once only. Each criterion is scored once on the
 * DAC scale with a comment.
 */
export function evaluatePartnership(agreement: AgreementState, reports: ImpactReportsState, command: EvaluatePartnership, now: Date): PartnershipEvaluatedV1 {
  if (agreement.status === 'none' || !agreement.drafted)
    throw new DomainError('agreement-not-found', 'not-found', b('لا توجد اتفاقية بهذا الرقم', 'No agreement with this id'));
  const problems: FieldProblem[] = [];
  const push = (field: string, ar: string, en: string): void => void problems.push({ field, reasons: [b(ar, en)] });
  const seen = new Set<string>();
  (command.criteria ?? []).forEach((line, i) => {
    if (!(DAC_CRITERIA as readonly string[]).includes(line.criterion))
      push(`criteria[${i}].criterion`, `المعيار واحد من: ${DAC_CRITERIA.join('، ')}`, `the criterion is one of: ${DAC_CRITERIA.join(', ')}`);
    else if (seen.has(line.criterion)) push(`criteria[${i}].criterion`, 'المعيار مقيَّم مرتين', 'the criterion is scored twice');
    seen.add(line.criterion);
    if (!Number.isInteger(line.score) || line.score < DAC_SCALE.min || line.score > DAC_SCALE.max)
      push(`criteria[${i}].score`, 'الدرجة عدد صحيح من 1 إلى 4', 'the score is a whole number from 1 to 4');
    if (typeof line.comment !== 'string' || line.comment.trim().length < 5)
      push(`criteria[${i}].comment`, 'اكتب تعليقًا يشرح الدرجة', 'write a comment explaining the score');
  });
  const missing = DAC_CRITERIA.filter((c) => !seen.has(c));
  if (missing.length > 0) push('criteria', `قيّم كل المعايير؛ الناقص: ${missing.join('، ')}`, `score every criterion; missing: ${missing.join(', ')}`);
  if (!command.assessor?.name || command.assessor.name.trim().length < 3) push('assessor', 'اكتب اسم المقيّم', "write the assessor's name");
  if (new Set(command.evidence).size !== command.evidence.length) push('evidence', 'الشواهد مكررة', 'the evidence lists a document twice');
  if (problems.length > 0) throw new DomainError('validation-failed', 'invalid', b('بيانات التقييم غير صالحة', 'The evaluation is not valid'), problems);
  const tookEffect = agreement.reportsDue.length > 0;
  if (agreement.status !== 'ended' && !(agreement.status === 'terminated' && tookEffect))
    conflict(
      'agreement-not-over',
      'تُقيَّم الشراكة بعد انتهاء الاتفاقية أو إنهائها',
      'The partnership is evaluated once the agreement has ended or was terminated after taking effect',
    );
  if (reports.evaluation) conflict('evaluation-exists', 'قُيّمت هذه الشراكة من قبل', 'This partnership was already evaluated');
  const criteria = DAC_CRITERIA.map((criterion) => {
    const line = command.criteria.find((c) => c.criterion === criterion)!;
    return { criterion: criterion as DacCriterion, score: line.score, comment: line.comment.trim() };
  });
  return {
    agreementId: agreement.drafted.agreementId,
    partnerKey: command.partnerKey,
    criteria,
    overallScore: overallEvaluationScore(criteria.map((c) => c.score)),
    assessor: { userId: command.assessor.userId, name: command.assessor.name.trim() },
    evidence: [...command.evidence],
    evaluatedAt: now.toISOString(),
  };
}
