import type { Bilingual } from '@athar/contracts';

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** Plain text: Arabic first, English below. */
export function renderText(body: Bilingual): string {
  return `${body.ar}\n\n${body.en}\n`;
}

/** HTML: the Arabic block right-to-left first, the English block left-to-right below; all text escaped. */
export function renderHtml(subject: Bilingual, body: Bilingual): string {
  return [
    '<!doctype html>',
    '<html lang="ar" dir="rtl"><head><meta charset="utf-8">',
    `<title>${escapeHtml(subject.ar)}</title></head><body>`,
    `<div lang="ar" dir="rtl" style="font-family:Tahoma,Arial,sans-serif">${escapeHtml(body.ar).replace(/\n/g, '<br>')}</div>`,
    '<hr>',
    `<div lang="en" dir="ltr" style="font-family:Arial,sans-serif">${escapeHtml(body.en).replace(/\n/g, '<br>')}</div>`,
    '</body></html>',
  ].join('\n');
}

/**
 * SMS segments for a text: Arabic needs UCS-2, 70 characters in one segment or 67 per segment when
 * concatenated; pure GSM-7 text fits 160, or 153 per segment.
 */
export function smsSegments(text: string): number {
  const gsm7 = /^[\u0000-\u007f]*$/.test(text);
  const [single, multi] = gsm7 ? [160, 153] : [70, 67];
  const length = [...text].length;
  return length <= single ? 1 : Math.ceil(length / multi);
}
