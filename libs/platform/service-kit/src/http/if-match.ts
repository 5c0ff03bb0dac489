import { DomainError } from '@athar/contracts';

/**
 * The stream revision a client saw (from an ETag), sent back as If-Match when it changes something:
 * the append expects that revision, so a change made meanwhile by someone else answers 409.
 */
export function revisionFromIfMatch(ifMatch: string | undefined): number {
  const match = /^"?(\d{1,9})"?$/.exec(ifMatch ?? '');
  if (!match) {
    throw new DomainError(
      'if-match-required',
      'invalid',
      { ar: 'أرسل رقم النسخة في ترويسة If-Match', en: 'Send the revision you saw in the If-Match header' },
      [{ field: 'If-Match', reasons: [{ ar: 'مطلوب: رقم النسخة', en: 'required: the revision number' }] }],
    );
  }
  return Number(match[1]);
}
