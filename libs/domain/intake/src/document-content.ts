import type { DocumentAttachedV1 } from '@athar/contracts';

export type AcceptedContentType = DocumentAttachedV1['contentType'];

const SIGNATURES: ReadonlyArray<{ type: AcceptedContentType; bytes: number[] }> = [
  { type: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { type: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
];

/** The largest document accepted: 5 MiB = 5,242,880 bytes, that size itself included (docs/security.md). */
export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

/** Why a document over MAX_DOCUMENT_BYTES is refused, naming the limit exactly. */
export const DOCUMENT_TOO_LARGE = {
  ar: `حجم المستند أكبر من الحد المسموح: 5 ميغابايت (5 MiB = ${MAX_DOCUMENT_BYTES.toLocaleString('en-US')} بايت)`,
  en: `The document is larger than the limit of 5 MiB (${MAX_DOCUMENT_BYTES.toLocaleString('en-US')} bytes)`,
};

/**
 * What a file really is, judged by its first bytes and never by its name or declared type: an
 * executable renamed `cv.pdf` is refused. Returns null for anything but PDF, JPEG or PNG.
 */
export function sniffContentType(head: Uint8Array): AcceptedContentType | null {
  const match = SIGNATURES.find(({ bytes }) => bytes.every((byte, i) => head[i] === byte));
  return match?.type ?? null;
}

/** A file name safe to show and store: no path, no control or bidi characters, bounded length. */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = base
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .trim();
  return (cleaned || 'document').slice(0, 120);
}

const EXTENSIONS: Record<AcceptedContentType, { canonical: string; accepted: readonly string[] }> = {
  'application/pdf': { canonical: 'pdf', accepted: ['pdf'] },
  'image/png': { canonical: 'png', accepted: ['png'] },
  'image/jpeg': { canonical: 'jpg', accepted: ['jpg', 'jpeg'] },
};

/**
 * The name a document is stored and served under: `safeFileName`, with an extension that matches the
 * type its content was judged to be. A PDF polyglot named `poly.html` is kept as `poly.pdf`, so no
 * download is ever saved with an extension a browser or desktop would open as something else.
 */
export function storedFileName(name: string, contentType: AcceptedContentType): string {
  const { canonical, accepted } = EXTENSIONS[contentType];
  const safe = safeFileName(name).replace(/[.\s]+$/u, '');
  const dot = safe.lastIndexOf('.');
  const extension = dot > 0 ? safe.slice(dot + 1) : '';
  if (accepted.includes(extension.toLowerCase())) return safe;
  const stem = (/^[\p{L}\p{N}]{1,10}$/u.test(extension) ? safe.slice(0, dot) : safe).replace(/[.\s]+$/u, '');
  return `${(stem || 'document').slice(0, 120 - canonical.length - 1)}.${canonical}`;
}
