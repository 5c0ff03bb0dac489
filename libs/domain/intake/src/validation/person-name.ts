import type { Problems } from './problems';

const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\u00ad]/;
const ARABIC = /[\u0600-\u06ff]/;
const LATIN = /[A-Za-z]/;
// Arabic letters and harakat, Latin letters, and the joiners names use.
const ALLOWED = /^[\u0621-\u064a\u064b-\u0652\u0670\u0671-\u06d3A-Za-z' \-]+$/;

/**
 * A full name as a person writes it: Arabic or Latin letters, spaces, hyphens and apostrophes. Invisible
 * and direction-control characters are refused (they make two names look alike), as is a word that
 * mixes Arabic and Latin letters (a classic look-alike trick).
 */
export function validatePersonName(raw: string, field: string, problems: Problems): string | null {
  const name = raw.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (!name) {
    problems.add(field, 'الاسم مطلوب', 'the name is required');
    return null;
  }
  if (INVISIBLE.test(name)) {
    problems.add(field, 'يحتوي الاسم على رموز خفية غير مقبولة', 'the name contains invisible or direction-control characters');
    return null;
  }
  if (!ALLOWED.test(name)) {
    problems.add(field, 'يُكتب الاسم بحروف عربية أو لاتينية فقط', 'a name is written in Arabic or Latin letters only');
    return null;
  }
  if (name.split(' ').some((word) => ARABIC.test(word) && LATIN.test(word))) {
    problems.add(field, 'لا تُخلط الحروف العربية واللاتينية في الكلمة الواحدة', 'a word must not mix Arabic and Latin letters');
    return null;
  }
  if (name.length > 200) {
    problems.add(field, 'الاسم أطول من المسموح', 'the name is longer than 200 characters');
    return null;
  }
  return name;
}
