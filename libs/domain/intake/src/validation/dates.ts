import { normalizeDigits } from './digits';
import type { Problems } from './problems';

export interface DateInput {
  calendar: 'gregorian' | 'hijri';
  date: string;
}

const hijriFormat = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', { year: 'numeric', month: 'numeric', day: 'numeric', timeZone: 'UTC' });

/** The Umm al-Qura date of a (UTC midnight) Gregorian day. */
export function toHijri(day: Date): { year: number; month: number; day: number } {
  const parts = Object.fromEntries(hijriFormat.formatToParts(day).map((p) => [p.type, p.value]));
  return { year: Number(parts.year), month: Number(parts.month), day: Number(parts.day) };
}

const DAY_MS = 86_400_000;
// 1 Muharram 1300 AH ≈ 1882-11-13: hijri day numbers are counted from near there for the estimate.
const EPOCH = Date.UTC(1882, 10, 13);

/**
 * The Gregorian day of an Umm al-Qura date, or null if that date does not exist (month lengths are 29
 * or 30 days). An estimate from the mean lunar year, then a short walk checked against Intl.
 */
export function fromHijri(year: number, month: number, day: number): Date | null {
  if (month < 1 || month > 12 || day < 1 || day > 30 || year < 1300 || year > 1600) return null;
  const estimate = EPOCH + Math.round(((year - 1300) * 354.367 + (month - 1) * 29.53 + (day - 1)) * DAY_MS);
  for (let offset = -3; offset <= 3; offset += 1) {
    const candidate = new Date(estimate + offset * DAY_MS);
    const h = toHijri(candidate);
    if (h.year === year && h.month === month && h.day === day) return candidate;
  }
  return null;
}

/** A date given in either calendar (digits in any script), as a UTC-midnight Gregorian day. */
export function parseDate(input: DateInput, field: string, problems: Problems): Date | null {
  const match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(normalizeDigits(input.date).trim());
  if (!match) {
    problems.add(field, 'التاريخ بصيغة سنة-شهر-يوم', 'a date is written YYYY-MM-DD');
    return null;
  }
  const [year, month, day] = match.slice(1).map(Number);
  if (input.calendar === 'hijri') {
    const gregorian = fromHijri(year, month, day);
    if (!gregorian) problems.add(field, 'هذا التاريخ الهجري غير موجود في تقويم أم القرى', 'this Hijri date does not exist in the Umm al-Qura calendar');
    return gregorian;
  }
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    problems.add(field, 'هذا التاريخ الميلادي غير موجود', 'this Gregorian date does not exist');
    return null;
  }
  return date;
}

/** Whole years between a birth date and `now`. */
export function ageInYears(birth: Date, now: Date): number {
  let age = now.getUTCFullYear() - birth.getUTCFullYear();
  const beforeBirthday = now.getUTCMonth() < birth.getUTCMonth() || (now.getUTCMonth() === birth.getUTCMonth() && now.getUTCDate() < birth.getUTCDate());
  if (beforeBirthday) age -= 1;
  return age;
}
