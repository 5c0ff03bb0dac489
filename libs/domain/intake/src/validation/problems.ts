import type { Bilingual, FieldProblem } from '@athar/contracts';

/** Collects field-level reasons, so a caller sees every problem of a request at once. */
export class Problems {
  readonly list: FieldProblem[] = [];

  add(field: string, ar: string, en: string): void {
    const reason: Bilingual = { ar, en };
    const existing = this.list.find((p) => p.field === field);
    if (existing) existing.reasons.push(reason);
    else this.list.push({ field, reasons: [reason] });
  }

  get empty(): boolean {
    return this.list.length === 0;
  }
}
