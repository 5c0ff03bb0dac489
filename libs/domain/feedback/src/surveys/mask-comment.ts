// Free-text remarks shown to anyone but the executive director are masked (Environment Madinah: evaluation
// is for improvement, not for punishment or defamation; docs/adr/0041): Saudi ID numbers (10 digits
// starting 1 or 2), Saudi mobiles (05XXXXXXXX, +9665XXXXXXXX, 009665XXXXXXXX, 9665XXXXXXXX) and names.
// Digits may be Arabic-Indic (٠-٩) or Eastern Arabic-Indic (۰-۹) and may be spaced or dashed.

export const MASK = '■■■';

const DIGIT = '[0-9\u0660-\u0669\u06F0-\u06F9]';
const SEP = '[\\s\\-.]?';
const digits = (n: number): string => Array.from({ length: n }, () => DIGIT).join(SEP);
const d = (chars: string): string =>
  `[${chars}${[...chars].map((c) => String.fromCharCode(0x0660 + Number(c)) + String.fromCharCode(0x06f0 + Number(c))).join('')}]`;

/** Mobiles: +9665 / 009665 / 9665 / 05 followed by 8 digits. */
const MOBILE = new RegExp(`(?:(?:\\+|00)?${d('9')}${SEP}${d('6')}${SEP}${d('6')}${SEP}${d('5')}|${d('0')}${SEP}${d('5')})${SEP}${digits(8)}`, 'g');
/** National ID / iqama: 10 digits starting 1 or 2. */
const NATIONAL_ID = new RegExp(`${d('12')}${SEP}${digits(9)}`, 'g');
/** Any other run of 7 or more digits (an account, a partial number) is masked too, being possibly identifying. */
const LONG_NUMBER = new RegExp(`${DIGIT}(?:${SEP}${DIGIT}){6,}`, 'g');

/**
 * Names: after an honorific or a naming phrase in Arabic or English (الأستاذ، الموظف، الأخت، أ.، Mr, Ms, Mrs,
 * Dr, "my name is", "اسمي"), the next one to three words; and the staff names the caller passes (the
 * tenant's staff directory), wherever they appear.
 */
const NAME_CUE = new RegExp(
  String.raw`(^|[\s(«"'،,.:؛])((?:ال)?(?:أستاذ|استاذ|أستاذة|استاذة|موظف|موظفة|أخ|أخت|اخ|اخت|دكتور|دكتورة|السيد|السيدة|المهندس|المهندسة|اسمي|أ\.|د\.|م\.)|(?:Mr|Mrs|Ms|Miss|Dr|Eng|Sir)\.?|(?:[Mm]y name is|[Ee]mployee|[Ss]taff member|[Oo]fficer))(\s+)((?:[\p{L}'’-]+)(?:\s+(?:بن|ابن|bin|ibn|al|Al|ال)?\s*[\p{L}'’-]+){0,2})`,
  'gu',
);

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function maskComment(textIn: string, knownNames: readonly string[] = []): string {
  let out = textIn.replace(MOBILE, MASK).replace(NATIONAL_ID, MASK).replace(LONG_NUMBER, MASK);
  out = out.replace(NAME_CUE, (_m, lead: string, cue: string, space: string) => `${lead}${cue}${space}${MASK}`);
  for (const name of knownNames) {
    const trimmed = name.trim();
    if (trimmed.length < 2) continue;
    for (const part of [trimmed, ...trimmed.split(/\s+/).filter((p) => p.length >= 3)]) {
      out = out.replace(new RegExp(escape(part), 'giu'), MASK);
    }
  }
  return out;
}
