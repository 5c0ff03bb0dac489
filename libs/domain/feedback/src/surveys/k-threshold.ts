import type { Bilingual } from '@athar/contracts';

// The k-threshold method of the satisfaction dashboards (docs/adr/0041; Environment Madinah: evaluation is
// for improvement, not exposure). Answers fall into fixed cells (service × department × channel ×
// Gregorian month, or staff member × month for a staff member's own results). Per measure, a cell releases
// its answers in batches of exactly k, in the order they arrived: a cell of n answers publishes the first
// k·⌊n/k⌋ and withholds the rest until the next batch fills. Filters and groupings select whole cells
// only. So every published figure covers a union of whole batches, and the difference between ANY two
// published figures (two filters, two groupings, the same query asked on two days) is itself a union of
// whole batches: it covers 0 or at least k answers, never one person's.

export const METRICS = ['csat', 'nps', 'effort', 'staffCsat'] as const;
export type Metric = (typeof METRICS)[number];

/** One answer as the dashboards hold it: the cell it falls in and its value per measure; no person. */
export interface ScoredAnswer {
  surveyId: string;
  serviceId: string;
  department: string;
  channel: string;
  staffId: string | null;
  /** Gregorian month of the answer in Riyadh, YYYY-MM. */
  month: string;
  answeredAt: string;
  values: Partial<Record<Metric, number>>;
  /** Free-text remarks, by question id. */
  texts: Record<string, string>;
}

export interface CellKey {
  serviceId: string;
  department: string;
  channel: string;
  month: string;
}

export type Partition = 'service' | 'staff';

const cellOf = (answer: ScoredAnswer, partition: Partition): string =>
  partition === 'service' ? [answer.serviceId, answer.department, answer.channel, answer.month].join('|') : [answer.staffId ?? '', answer.month].join('|');

const byArrival = (a: ScoredAnswer, b: ScoredAnswer): number => a.answeredAt.localeCompare(b.answeredAt) || a.surveyId.localeCompare(b.surveyId);

/**
 * The answers each measure may publish: per cell, the first k·⌊n/k⌋ answers that carry the measure, in
 * arrival order. Computed over ALL the tenant's answers (never over a filtered subset), so a filter only
 * chooses among cells already released.
 */
export function releasedAnswers(all: readonly ScoredAnswer[], k: number, partition: Partition): Record<Metric, Set<string>> {
  const out = {} as Record<Metric, Set<string>>;
  for (const metric of METRICS) {
    const cells = new Map<string, ScoredAnswer[]>();
    for (const answer of all) {
      if (answer.values[metric] === undefined) continue;
      if (partition === 'staff' && answer.staffId === null) continue;
      const key = cellOf(answer, partition);
      cells.set(key, [...(cells.get(key) ?? []), answer]);
    }
    const released = new Set<string>();
    for (const answers of cells.values()) {
      const sorted = [...answers].sort(byArrival);
      sorted.slice(0, k * Math.floor(sorted.length / k)).forEach((a) => released.add(a.surveyId));
    }
    out[metric] = released;
  }
  return out;
}

export interface MetricFigures {
  /** Answers this figure covers: 0 or a multiple of k. */
  n: number;
  csat?: { mean: number; satisfiedPercent: number };
  nps?: { score: number; promotersPercent: number; detractorsPercent: number };
  effort?: { mean: number };
  staffCsat?: { mean: number; satisfiedPercent: number };
}

const round1 = (x: number): number => Math.round(x * 10) / 10;

export function figuresOf(metric: Metric, values: number[]): MetricFigures {
  const n = values.length;
  if (n === 0) return { n };
  const mean = round1(values.reduce((s, v) => s + v, 0) / n);
  const pct = (count: number): number => round1((100 * count) / n);
  if (metric === 'nps') {
    const promoters = values.filter((v) => v >= 9).length;
    const detractors = values.filter((v) => v <= 6).length;
    return { n, nps: { score: Math.round(pct(promoters) - pct(detractors)), promotersPercent: pct(promoters), detractorsPercent: pct(detractors) } };
  }
  if (metric === 'effort') return { n, effort: { mean } };
  return { n, [metric]: { mean, satisfiedPercent: pct(values.filter((v) => v >= 4).length) } };
}

export interface MonthLabel {
  gregorian: string;
  /** The Hijri month(s) the Gregorian month spans (Umm al-Qura), e.g. "1448-06/1448-07". */
  hijri: string;
  label: Bilingual;
}

const hijriParts = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', { year: 'numeric', month: 'numeric', timeZone: 'UTC' });
const hijriNameAr = new Intl.DateTimeFormat('ar-SA-u-ca-islamic-umalqura-nu-latn', { year: 'numeric', month: 'long', timeZone: 'UTC' });
const hijriNameEn = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', { year: 'numeric', month: 'long', timeZone: 'UTC' });
const gregNameAr = new Intl.DateTimeFormat('ar-SA-u-ca-gregory-nu-latn', { year: 'numeric', month: 'long', timeZone: 'UTC' });
const gregNameEn = new Intl.DateTimeFormat('en-GB-u-ca-gregory', { year: 'numeric', month: 'long', timeZone: 'UTC' });

function hijriKey(day: Date): string {
  const parts = hijriParts.formatToParts(day);
  const y = parts.find((p) => p.type === 'year')!.value.replace(/\D/g, '');
  const m = parts.find((p) => p.type === 'month')!.value.padStart(2, '0');
  return `${y}-${m}`;
}

/** A Gregorian month's labels, with the Hijri month(s) it spans. */
export function monthLabel(month: string): MonthLabel {
  const [y, m] = month.split('-').map(Number);
  const first = new Date(Date.UTC(y!, m! - 1, 1));
  const last = new Date(Date.UTC(y!, m!, 0));
  const hFirst = hijriKey(first);
  const hLast = hijriKey(last);
  const spanAr = hFirst === hLast ? hijriNameAr.format(first) : `${hijriNameAr.format(first)} – ${hijriNameAr.format(last)}`;
  const spanEn = hFirst === hLast ? hijriNameEn.format(first) : `${hijriNameEn.format(first)} – ${hijriNameEn.format(last)}`;
  return {
    gregorian: month,
    hijri: hFirst === hLast ? hFirst : `${hFirst}/${hLast}`,
    label: { ar: `${gregNameAr.format(first)} (${spanAr})`, en: `${gregNameEn.format(first)} (${spanEn})` },
  };
}

/** The Gregorian month (YYYY-MM) an instant falls in, in Riyadh. */
export function riyadhMonth(instant: string): string {
  return new Date(Date.parse(instant) + 3 * 3_600_000).toISOString().slice(0, 7);
}
