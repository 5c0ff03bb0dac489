const DAY_MS = 86_400_000;
const umAlQuraMonth = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', { year: 'numeric', month: 'numeric', timeZone: 'Asia/Riyadh' });
const arabicMonth = new Intl.DateTimeFormat('ar-SA-u-ca-islamic-umalqura', { year: 'numeric', month: 'long', timeZone: 'Asia/Riyadh' });

export interface FigureRow {
  categoryId: string;
  serviceId: string | null;
  department: string | null;
  channel: string;
  assignee: string | null;
  concernedStaffId: string | null;
  filedAt: Date;
  acknowledgedAt: Date;
  acknowledgeBy: Date;
  resolveBy: Date;
  resolvedAt: Date | null;
  breached: boolean;
}

export interface Bucket {
  key: string;
  complaints: number;
  acknowledgedWithinLevel: number;
  resolved: number;
  resolvedWithinLevel: number;
  breached: number;
  /** Mean calendar days from filing to acknowledgement / resolution (null when none). */
  meanDaysToAcknowledge: number | null;
  meanDaysToResolve: number | null;
}

export interface MonthBucket extends Bucket {
  /** Gregorian YYYY-MM of the filing, Riyadh time. */
  gregorian: string;
  /** Umm al-Qura YYYY-MM of the filing's first day in that Gregorian month, and its Arabic name. */
  hijri: string;
  hijriLabel: string;
}

const mean = (values: number[]): number | null => (values.length === 0 ? null : Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 100) / 100);

function bucket(key: string, rows: FigureRow[]): Bucket {
  const resolved = rows.filter((r) => r.resolvedAt);
  return {
    key,
    complaints: rows.length,
    acknowledgedWithinLevel: rows.filter((r) => r.acknowledgedAt.getTime() <= r.acknowledgeBy.getTime()).length,
    resolved: resolved.length,
    resolvedWithinLevel: resolved.filter((r) => r.resolvedAt!.getTime() <= r.resolveBy.getTime()).length,
    breached: rows.filter((r) => r.breached).length,
    meanDaysToAcknowledge: mean(rows.map((r) => (r.acknowledgedAt.getTime() - r.filedAt.getTime()) / DAY_MS)),
    meanDaysToResolve: mean(resolved.map((r) => (r.resolvedAt!.getTime() - r.filedAt.getTime()) / DAY_MS)),
  };
}

function groupBy(rows: FigureRow[], key: (r: FigureRow) => string | null): Bucket[] {
  const groups = new Map<string, FigureRow[]>();
  for (const row of rows) {
    const k = key(row);
    if (k === null) continue;
    groups.set(k, [...(groups.get(k) ?? []), row]);
  }
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([k, rs]) => bucket(k, rs));
}

/** The month of an instant in Riyadh, Gregorian and Umm al-Qura. */
export function monthLabels(at: Date): { gregorian: string; hijri: string; hijriLabel: string } {
  const riyadh = new Date(at.getTime() + 3 * 3600_000);
  const parts = Object.fromEntries(umAlQuraMonth.formatToParts(at).map((p) => [p.type, p.value]));
  return {
    gregorian: riyadh.toISOString().slice(0, 7),
    hijri: `${parts.year}-${String(parts.month).padStart(2, '0')}`,
    hijriLabel: arabicMonth.format(at),
  };
}

/**
 * The complaints figures (goals every policy states: measure to improve): by category, service,
 * department, channel and month (filed in; labelled Gregorian and Hijri), each with the service levels
 * met. Per-staff figures only when asked for the executive director (evaluation "not for punishment or
 * defamation").
 */
export function complaintFigures(rows: FigureRow[], withStaff: boolean) {
  const months = new Map<string, FigureRow[]>();
  for (const row of rows) {
    const key = monthLabels(row.filedAt).hijri + '|' + monthLabels(row.filedAt).gregorian;
    months.set(key, [...(months.get(key) ?? []), row]);
  }
  const byMonth: MonthBucket[] = [...months.entries()]
    .sort(([a], [b]) => a.split('|')[1].localeCompare(b.split('|')[1]) || a.localeCompare(b))
    .map(([key, rs]) => ({ ...bucket(key, rs), ...monthLabels(rs[0].filedAt) }));
  return {
    total: bucket('all', rows),
    byCategory: groupBy(rows, (r) => r.categoryId),
    byService: groupBy(rows, (r) => r.serviceId),
    byDepartment: groupBy(rows, (r) => r.department),
    byChannel: groupBy(rows, (r) => r.channel),
    byMonth,
    byStaff: withStaff ? { assignee: groupBy(rows, (r) => r.assignee), concerning: groupBy(rows, (r) => r.concernedStaffId) } : null,
  };
}
