/** Bilingual text a person reads: Arabic first, English beside it. */
export interface Bilingual {
  ar: string;
  en: string;
}

export type DomainErrorKind = 'invalid' | 'conflict' | 'not-found' | 'forbidden' | 'gone';

export interface FieldProblem {
  field: string;
  reasons: Bilingual[];
}

/**
 * A rule of the domain said no. Services turn `kind` into an HTTP status (422, 409, 404, 403);
 * the message is what the applicant or staff member reads.
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    readonly kind: DomainErrorKind,
    readonly text: Bilingual,
    readonly fields: FieldProblem[] = [],
  ) {
    super(`${code}: ${text.en}`);
    this.name = 'DomainError';
  }
}
