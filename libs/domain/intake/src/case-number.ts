/** The Hijri (Umm al-Qura) year of an instant, in Riyadh: associations number their files by it. */
export function hijriYear(at: Date): number {
  const parts = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', { year: 'numeric', timeZone: 'Asia/Riyadh' }).formatToParts(at);
  return Number(parts.find((p) => p.type === 'year')?.value);
}

/**
 * A case number a person can read over the phone: tenant prefix, Hijri year, sequence within the
 * year, e.g. AWJ-1448-000123. Sequences come from the tenant's counter stream, so they are unique;
 * a number drawn for a request that then fails is skipped, never reused.
 */
export function formatCaseNumber(prefix: string, year: number, sequence: number): string {
  return `${prefix}-${year}-${String(sequence).padStart(6, '0')}`;
}
