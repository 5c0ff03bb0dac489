/**
 * Process mining of a case's life (every seed policy's goal "speed and quality"; docs/adr/0050): the
 * first instant of each milestone, the time each transition took, the median and 90th percentile per
 * Riyadh month, and the cases that stall. Pure: the read model hands in the milestones, this tells.
 */

/** A case's milestones in the order a case goes through them. */
export const MILESTONES = [
  'received',
  'submitted',
  'eligibility-decided',
  'review-opened',
  'committee-decided',
  'delivery-opened',
  'delivery-ended',
  'surveyed',
] as const;
export type Milestone = (typeof MILESTONES)[number];

/** The transitions measured: each milestone to the next one. */
export const TRANSITIONS: ReadonlyArray<{ from: Milestone; to: Milestone }> = MILESTONES.slice(1).map((to, i) => ({ from: MILESTONES[i]!, to }));

/** The first instant of each milestone a case reached (absent: not reached, or its event not applied yet). */
export type Milestones = Partial<Record<Milestone, Date>>;

/** Why a case stops before the last milestone without being stuck: refused by eligibility or by the committee. */
export interface CaseEnd {
  notEligible?: boolean;
  refused?: boolean;
}

export interface CaseTimes extends CaseEnd {
  caseId: string;
  caseNumber: string | null;
  channel: string | null;
  serviceId: string | null;
  milestones: Milestones;
}

const RIYADH_OFFSET_MS = 3 * 3_600_000;

/** The Gregorian month (YYYY-MM) an instant falls in, in Riyadh (UTC+3, no daylight saving). */
export function riyadhMonth(at: Date): string {
  return new Date(at.getTime() + RIYADH_OFFSET_MS).toISOString().slice(0, 7);
}

/** The instant a Riyadh month starts (its first midnight in Riyadh). */
export function riyadhMonthStart(month: string): Date {
  const [y, m] = month.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, 1) - RIYADH_OFFSET_MS);
}

/** The month after (YYYY-MM). */
export function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return new Date(Date.UTC(y!, m!, 1)).toISOString().slice(0, 7);
}

/** The months from one to another, both included (empty when from is after to). */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  for (let m = from; m <= to; m = nextMonth(m)) months.push(m);
  return months;
}

const hijriParts = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', { year: 'numeric', month: 'numeric', timeZone: 'UTC' });
function hijriKey(day: Date): string {
  const parts = hijriParts.formatToParts(day);
  const y = parts.find((p) => p.type === 'year')!.value.replace(/\D/g, '');
  const m = parts.find((p) => p.type === 'month')!.value.padStart(2, '0');
  return `${y}-${m}`;
}

/** The Hijri (Umm al-Qura) month or months a Gregorian month spans, e.g. "1448-06/1448-07". */
export function hijriMonths(month: string): string {
  const [y, m] = month.split('-').map(Number);
  const first = hijriKey(new Date(Date.UTC(y!, m! - 1, 1)));
  const last = hijriKey(new Date(Date.UTC(y!, m!, 0)));
  return first === last ? first : `${first}/${last}`;
}

/** The nearest-rank percentile of ascending values (null when there are none). */
export function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.max(1, Math.ceil((p / 100) * sorted.length)) - 1]!;
}

/** One measured transition of one case: the seconds it took and the Riyadh month it completed in. */
export interface TransitionSample {
  from: Milestone;
  to: Milestone;
  seconds: number;
  month: string;
}

/**
 * The transitions a case completed. A milestone the case skipped (a request submitted in one step has
 * no draft before; eligibility's assessment may arrive after the review opened) is measured from the
 * latest earlier milestone it reached, so every reached milestone is counted once and no time twice.
 */
export function transitionsOf(milestones: Milestones): TransitionSample[] {
  const samples: TransitionSample[] = [];
  let previous: { milestone: Milestone; at: Date } | null = null;
  for (const milestone of MILESTONES) {
    const at = milestones[milestone];
    if (!at) continue;
    if (previous) {
      samples.push({
        from: previous.milestone,
        to: milestone,
        seconds: Math.max(0, Math.round((at.getTime() - previous.at.getTime()) / 1000)),
        month: riyadhMonth(at),
      });
    }
    previous = { milestone, at };
  }
  return samples;
}

export interface TransitionStats {
  from: Milestone;
  to: Milestone;
  n: number;
  medianSeconds: number | null;
  p90Seconds: number | null;
}

export interface MonthStats {
  month: string;
  transitions: TransitionStats[];
}

/** Per month in [fromMonth, toMonth], per transition (a transition counts in the month it completed): n, median, p90. */
export function monthlyStats(cases: readonly CaseTimes[], fromMonth: string, toMonth: string): MonthStats[] {
  const months = monthsBetween(fromMonth, toMonth);
  const buckets = new Map<string, number[]>();
  const key = (month: string, from: string, to: string) => `${month}|${from}|${to}`;
  for (const c of cases)
    for (const s of transitionsOf(c.milestones)) {
      if (s.month < fromMonth || s.month > toMonth) continue;
      const k = key(s.month, s.from, s.to);
      buckets.set(k, [...(buckets.get(k) ?? []), s.seconds]);
    }
  return months.map((month) => {
    const pairs = new Map<string, TransitionStats>();
    // The direct transitions always, in order; a skip (from an earlier milestone) where one happened.
    for (const { from, to } of TRANSITIONS) pairs.set(`${from}|${to}`, stats(from, to, buckets.get(key(month, from, to)) ?? []));
    for (const [k, values] of buckets) {
      const [m, from, to] = k.split('|') as [string, Milestone, Milestone];
      if (m === month && !pairs.has(`${from}|${to}`)) pairs.set(`${from}|${to}`, stats(from, to, values));
    }
    const rank = (t: TransitionStats) => MILESTONES.indexOf(t.to) * 10 + MILESTONES.indexOf(t.from);
    return { month, transitions: [...pairs.values()].sort((a, b) => rank(a) - rank(b)) };
  });
}

function stats(from: Milestone, to: Milestone, values: number[]): TransitionStats {
  const sorted = [...values].sort((a, b) => a - b);
  return { from, to, n: sorted.length, medianSeconds: percentile(sorted, 50), p90Seconds: percentile(sorted, 90) };
}

/** The milestone a case stands at, and the next one it waits for (null: its path has ended). */
export function standing(c: CaseTimes): { at: Milestone | null; since: Date | null; waitingFor: Milestone | null } {
  let at: Milestone | null = null;
  for (const m of MILESTONES) if (c.milestones[m]) at = m;
  if (at === null) return { at: null, since: null, waitingFor: null };
  const since = c.milestones[at]!;
  const ended = at === 'surveyed' || c.refused === true || (c.notEligible === true && MILESTONES.indexOf(at) <= MILESTONES.indexOf('eligibility-decided'));
  return { at, since, waitingFor: ended ? null : MILESTONES[MILESTONES.indexOf(at) + 1]! };
}

export interface SlowCase {
  caseId: string;
  caseNumber: string | null;
  channel: string | null;
  serviceId: string | null;
  /** stuck: still waiting at `from` for `to`, for `seconds` until now; slowest-transition: its longest completed transition. */
  kind: 'stuck' | 'slowest-transition';
  from: Milestone;
  to: Milestone;
  seconds: number;
}

/**
 * The cases that stall most: a case still on its way counts the time it has waited since its last
 * milestone (stuck); a case whose path ended counts its slowest transition. Longest first, ties by case id.
 */
export function slowestCases(cases: readonly CaseTimes[], now: Date, limit: number): SlowCase[] {
  const candidates: SlowCase[] = [];
  for (const c of cases) {
    const base = { caseId: c.caseId, caseNumber: c.caseNumber, channel: c.channel, serviceId: c.serviceId };
    const s = standing(c);
    const samples = transitionsOf(c.milestones);
    const slowest = samples.reduce<TransitionSample | null>((worst, t) => (worst === null || t.seconds > worst.seconds ? t : worst), null);
    const waiting = s.waitingFor && s.since ? Math.max(0, Math.round((now.getTime() - s.since.getTime()) / 1000)) : null;
    if (waiting !== null && s.at && s.waitingFor && (slowest === null || waiting >= slowest.seconds))
      candidates.push({ ...base, kind: 'stuck', from: s.at, to: s.waitingFor, seconds: waiting });
    else if (slowest) candidates.push({ ...base, kind: 'slowest-transition', from: slowest.from, to: slowest.to, seconds: slowest.seconds });
  }
  return candidates.sort((a, b) => b.seconds - a.seconds || a.caseId.localeCompare(b.caseId)).slice(0, limit);
}
