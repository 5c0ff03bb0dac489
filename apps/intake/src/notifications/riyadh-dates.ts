/** A date as the applicant reads it in Riyadh: Hijri (Umm al-Qura) and Gregorian in Arabic, Gregorian in English. */
export function riyadhDates(instant: Date): { hijri: string; gregorianAr: string; gregorianEn: string } {
  const format = (locale: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'Asia/Riyadh' }).format(instant);
  return { hijri: format('ar-SA-u-ca-islamic-umalqura'), gregorianAr: format('ar-SA-u-ca-gregory-nu-latn'), gregorianEn: format('en-GB') };
}
