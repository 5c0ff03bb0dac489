import type { Bilingual } from '@athar/contracts';

export interface SurveyMessage {
  subject: Bilingual;
  body: Bilingual;
}

/** The public address of a survey link: ATHAR_SURVEY_LINK_BASE (the console's public page) + the token. */
export function surveyLinkUrl(base: string, token: string): string {
  return `${base.replace(/\/+$/, '')}/${token}`;
}

export function surveyInvitation(title: Bilingual, link: string, closesOn: string): SurveyMessage {
  return {
    subject: { ar: `رأيك يهمنا: ${title.ar}`, en: `Your opinion matters: ${title.en}` },
    body: {
      ar: `نشكرك على مشاركتك. نرجو تقييم الخدمة عبر الرابط (لمرة واحدة، حتى ${closesOn}): ${link}`,
      en: `Thank you for taking part. Please rate the service at this link (single use, until ${closesOn}): ${link}`,
    },
  };
}

export function surveyReminder(title: Bilingual, link: string, closesOn: string): SurveyMessage {
  return {
    subject: { ar: `تذكير: ${title.ar}`, en: `Reminder: ${title.en}` },
    body: {
      ar: `تذكير: لم يصلنا تقييمك بعد. الرابط (لمرة واحدة، حتى ${closesOn}): ${link}`,
      en: `Reminder: we have not received your rating yet. Link (single use, until ${closesOn}): ${link}`,
    },
  };
}
