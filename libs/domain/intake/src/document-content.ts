import type { DocumentAttachedV1 } from '@athar/contracts';

export type AcceptedContentType = DocumentAttachedV1['contentType'];

const SIGNATURES: ReadonlyArray<{ type: AcceptedContentType; bytes: number[] }> = [
  { type: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { type: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
];

export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

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
  const cleaned = base.normalize('NFC').replace(/[\u0000-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, '').trim();
  return (cleaned || 'document').slice(0, 120);
}
