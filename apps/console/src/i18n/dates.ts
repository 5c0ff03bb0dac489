import type { Digits, Language } from './locale';

const DAY: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };

/** A date in the Umm al-Qura Hijri calendar (the Kingdom's official calendar), in the user's language and digits. */
export function hijriDate(instant: Date, language: Language, digits: Digits): string {
  return new Intl.DateTimeFormat(`${language}-SA-u-ca-islamic-umalqura-nu-${digits}`, DAY).format(instant);
}

/** The same date in the Gregorian calendar. */
export function gregorianDate(instant: Date, language: Language, digits: Digits): string {
  return new Intl.DateTimeFormat(`${language === 'ar' ? 'ar-SA' : 'en-GB'}-u-ca-gregory-nu-${digits}`, DAY).format(instant);
}

/** A time of day, for deadlines and code expiries. */
export function timeOfDay(instant: Date, language: Language, digits: Digits): string {
  return new Intl.DateTimeFormat(`${language === 'ar' ? 'ar-SA' : 'en-GB'}-u-nu-${digits}`, { hour: 'numeric', minute: '2-digit' }).format(instant);
}

/** Digits typed in either script, as the API reads them (it accepts Arabic-Indic digits in national IDs too). */
export function latinDigits(text: string): string {
  return text.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660)).replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0));
}
