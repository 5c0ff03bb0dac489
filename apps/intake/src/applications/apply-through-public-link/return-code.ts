import { randomInt } from 'node:crypto';
import { DOCUMENT_NAMES, type Bilingual, type DocumentType } from '@athar/contracts';
import { FIELD_NAMES, normalizeDigits, type ChecklistItem, type RequiredField } from '@athar/domain-intake';

/** The header a public applicant's return code travels in (never the URL, which proxies and logs keep). */
export const RETURN_CODE_HEADER = 'X-Athar-Return-Code';

/** A return code opens its draft for a day; asking again with the mobile and the case number sends a fresh one (docs/adr/0026). */
export const RETURN_CODE_TTL_MS = 24 * 60 * 60 * 1000;

/** Crockford's base32: no I, L, O or U, so a code read off a phone is not mistyped. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const LENGTH = 16;

/** 16 symbols of 32 (80 bits, from crypto.randomInt), shown in groups of four: K7M2-QX9P-4HTR-8BCD. */
export function newReturnCode(): string {
  const symbols = Array.from({ length: LENGTH }, () => ALPHABET[randomInt(0, ALPHABET.length)]).join('');
  return formatReturnCode(symbols);
}

export function formatReturnCode(symbols: string): string {
  return (symbols.match(/.{1,4}/g) ?? []).join('-');
}

/**
 * A code as typed or pasted: any case, with or without dashes and spaces, Arabic-Indic digits, and the
 * letters Crockford reads as digits (O as 0, I and L as 1). Null when it cannot be a return code.
 */
export function normalizeReturnCode(raw: string | undefined): string | null {
  if (typeof raw !== 'string' || raw.length > 64) return null;
  const compact = normalizeDigits(raw).toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  return compact.length === LENGTH && [...compact].every((c) => ALPHABET.includes(c)) ? compact : null;
}

/** What a case number looks like (AWJ-1447-000123): anything else is refused as a field before any lookup. */
export const CASE_NUMBER_FORMAT = /^[A-Z]{2,10}-\d{4}-\d{6}$/;

/** A checklist item's name in both languages (the document or field, not the instruction). */
export function itemName(item: ChecklistItem): Bilingual {
  const document = /^document:(.+)$/.exec(item.item)?.[1];
  const field = /^field:applicant\.(.+)$/.exec(item.item)?.[1];
  return (document ? DOCUMENT_NAMES[document as DocumentType] : field ? FIELD_NAMES[field as RequiredField] : undefined) ?? item.label;
}

/**
 * The text a public applicant receives when their request is kept as a draft, or asks to come back:
 * what is missing, each by its Arabic name with the English beside it, the case number and the return code.
 */
export function returnMessage(
  association: Bilingual,
  caseNumber: string,
  missing: readonly ChecklistItem[],
  code: string,
  kind: 'draft' | 'again',
): { subject: Bilingual; body: Bilingual } {
  const names = missing.map(itemName);
  // The Arabic text names each item with its English name beside it: "السيرة الذاتية (CV)".
  const opening =
    kind === 'draft'
      ? { ar: `حفظنا طلبك رقم ${caseNumber} لدى ${association.ar} مسودةً.`, en: `Your request ${caseNumber} to ${association.en} is saved as a draft.` }
      : { ar: `رمز عودة جديد لطلبك رقم ${caseNumber} لدى ${association.ar}.`, en: `A new return code for your request ${caseNumber} to ${association.en}.` };
  const lacking =
    names.length > 0
      ? { ar: ` ينقصه: ${names.map((n) => `${n.ar} (${n.en})`).join('، ')}.`, en: ` Still missing: ${names.map((n) => n.en).join(', ')}.` }
      : { ar: ' اكتمل ما يلزم ويبقى توقيع الإقرار.', en: ' Nothing is missing; only the declaration remains to be signed.' };
  return {
    subject:
      kind === 'draft'
        ? { ar: `حفظ الطلب ${caseNumber}`, en: `Request ${caseNumber} saved` }
        : { ar: `رمز العودة للطلب ${caseNumber}`, en: `Return code for request ${caseNumber}` },
    body: {
      ar: `${opening.ar}${lacking.ar} لإكماله ارفع المستندات ووقّع الإقرار عبر رابط الجمعية برقم الطلب ${caseNumber} ورمز العودة ${code} (صالح 24 ساعة، لا تشاركه مع أحد).`,
      en: `${opening.en}${lacking.en} To complete it, upload the documents and sign the declaration on the association's link with request number ${caseNumber} and return code ${code} (valid for 24 hours; do not share it).`,
    },
  };
}
