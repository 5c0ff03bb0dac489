import { DomainError } from '@athar/contracts';
import {
  figuresOf,
  METRICS,
  monthLabel,
  releasedAnswers,
  type Metric,
  type MetricFigures,
  type MonthLabel,
  type Partition,
  type ScoredAnswer,
} from './k-threshold';
import { maskComment } from './mask-comment';

export interface DashboardFilters {
  serviceId?: string;
  department?: string;
  channel?: string;
  staffId?: string;
  /** Whole Gregorian months, YYYY-MM, inclusive. */
  fromMonth?: string;
  toMonth?: string;
}

export type GroupBy = 'service' | 'department' | 'channel' | 'month';

export interface SentSurvey {
  serviceId: string;
  department: string;
  channel: string;
  staffId: string | null;
  month: string;
}

export interface DashboardGroup {
  key: string;
  month?: MonthLabel;
  responses: number;
  sent: number;
  /** Published responses over surveys sent, percent; null when nothing was sent. */
  responseRate: number | null;
  figures: Partial<Record<Metric, MetricFigures>>;
}

export interface Dashboard {
  k: number;
  totals: DashboardGroup;
  groups: DashboardGroup[];
  comments: Array<{ month: string; serviceId: string; text: string }>;
}

function matches(item: { serviceId: string; department: string; channel: string; staffId: string | null; month: string }, f: DashboardFilters): boolean {
  return (
    (f.serviceId === undefined || item.serviceId === f.serviceId) &&
    (f.department === undefined || item.department === f.department) &&
    (f.channel === undefined || item.channel === f.channel) &&
    (f.staffId === undefined || item.staffId === f.staffId) &&
    (f.fromMonth === undefined || item.month >= f.fromMonth) &&
    (f.toMonth === undefined || item.month <= f.toMonth)
  );
}

const groupKey = (item: { serviceId: string; department: string; channel: string; month: string }, by: GroupBy): string =>
  by === 'service' ? item.serviceId : by === 'department' ? item.department : by === 'channel' ? item.channel : item.month;

function group(key: string, answers: ScoredAnswer[], sent: SentSurvey[], released: Record<Metric, Set<string>>, month: boolean): DashboardGroup {
  const figures: Partial<Record<Metric, MetricFigures>> = {};
  for (const metric of METRICS) {
    const values = answers.filter((a) => released[metric].has(a.surveyId) && a.values[metric] !== undefined).map((a) => a.values[metric]!);
    if (values.length > 0) figures[metric] = figuresOf(metric, values);
  }
  // The response count is the primary measure's (CSAT, required in every survey): whole batches of k.
  const responses = answers.filter((a) => released.csat.has(a.surveyId)).length;
  return {
    key,
    ...(month ? { month: monthLabel(key) } : {}),
    responses,
    sent: sent.length,
    responseRate: sent.length === 0 ? null : Math.round((1000 * responses) / sent.length) / 10,
    figures,
  };
}

export const belowMinimumGroup = (k: number): DomainError =>
  new DomainError(
    'below-minimum-group',
    'invalid',
    {
      ar: `لا تُنشر نتيجة تغطي أقل من ${k} إجابات؛ وسّع نطاق التصفية`,
      en: `No result covering fewer than ${k} answers is published; widen the filters`,
    },
    [{ field: 'filters', reasons: [{ ar: `أقل من ${k} إجابات`, en: `fewer than ${k} answers` }] }],
  );

/**
 * A dashboard under the k-threshold method (docs/adr/0041): figures over released batches only; a query
 * whose selection publishes no batch at all is refused (422 below-minimum-group), never answered with a
 * small count. Comments: from released answers only; masked unless `unmasked` (the executive director).
 */
export function buildDashboard(input: {
  answers: readonly ScoredAnswer[];
  sent: readonly SentSurvey[];
  k: number;
  partition: Partition;
  filters: DashboardFilters;
  groupBy: GroupBy;
  unmasked: boolean;
  knownNames?: readonly string[];
}): Dashboard {
  const released = releasedAnswers(input.answers, input.k, input.partition);
  const answers = input.answers.filter((a) => matches(a, input.filters));
  const sent = input.sent.filter((s) => matches(s, input.filters));
  const totals = group('all', answers, sent, released, false);
  if (totals.responses === 0) throw belowMinimumGroup(input.k);
  const keys = [...new Set([...answers.map((a) => groupKey(a, input.groupBy)), ...sent.map((s) => groupKey(s, input.groupBy))])].sort();
  const groups = keys
    .map((key) =>
      group(
        key,
        answers.filter((a) => groupKey(a, input.groupBy) === key),
        sent.filter((s) => groupKey(s, input.groupBy) === key),
        released,
        input.groupBy === 'month',
      ),
    )
    // A group with no released batch shows no figures and no count of its own (its sent count stays).
    .map((g) => (g.responses === 0 ? { ...g, figures: {}, responseRate: null } : g));
  const comments = answers
    .filter((a) => released.csat.has(a.surveyId))
    .flatMap((a) =>
      Object.values(a.texts).map((text) => ({ month: a.month, serviceId: a.serviceId, text: input.unmasked ? text : maskComment(text, input.knownNames) })),
    )
    .sort((x, y) => x.month.localeCompare(y.month));
  return { k: input.k, totals, groups, comments };
}
