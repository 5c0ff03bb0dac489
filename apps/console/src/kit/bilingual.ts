/**
 * A bilingual reason in the user's language, the other language beside it in brackets (as the API gives
 * it). The other language is a directional isolate (U+2068…U+2069): English inside Arabic right-to-left
 * text (and Arabic inside English) keeps its own order, and the brackets stay around it.
 */
export function bilingual(reason: { ar: string; en: string }, language: 'ar' | 'en'): string {
  return language === 'ar' ? `${reason.ar} (\u2068${reason.en}\u2069)` : `${reason.en} (\u2068${reason.ar}\u2069)`;
}
