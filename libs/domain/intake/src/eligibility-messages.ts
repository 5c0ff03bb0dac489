import { documentName, type Bilingual, type DocumentRejectedV1, type EligibilityAssessedV1, type EligibilityLapsedV1 } from '@athar/contracts';

export interface ApplicantMessage {
  subject: Bilingual;
  body: Bilingual;
}

const joined = (reasons: readonly Bilingual[]): Bilingual => ({
  ar: reasons.map((r) => `- ${r.ar}`).join('\n'),
  en: reasons.map((r) => `- ${r.en}`).join('\n'),
});

/**
 * What the applicant is told of eligibility (Tuwaiq 6-3: if the conditions are not met, the applicant
 * is told why; 6-4: the periodic review's result; 6-2: a rejected document and why). An eligible
 * decision is not announced here: the committee's answer is what the applicant waits for.
 */
export function eligibilityMessage(type: string, data: unknown, caseNumber: string): ApplicantMessage | null {
  switch (type) {
    case 'EligibilityAssessed': {
      const assessed = data as EligibilityAssessedV1;
      if (assessed.outcome === 'eligible') return null;
      const reasons = joined(assessed.criteria.filter((c) => !c.met).map((c) => c.reason));
      return {
        subject: { ar: `نتيجة التحقق من الاستحقاق للطلب ${caseNumber}`, en: `Eligibility result for request ${caseNumber}` },
        body: {
          ar: `نعتذر، طلبكم ${caseNumber} لا يستوفي شروط الخدمة:\n${reasons.ar}\nيمكنكم التواصل مع الجمعية للاستفسار.`,
          en: `We are sorry: request ${caseNumber} does not meet the service's conditions:\n${reasons.en}\nYou may contact the association with any question.`,
        },
      };
    }
    case 'EligibilityLapsed': {
      const lapsed = data as EligibilityLapsedV1;
      const reasons = joined(lapsed.reasons);
      return {
        subject: { ar: `المراجعة الدورية للطلب ${caseNumber}`, en: `Periodic review of request ${caseNumber}` },
        body: {
          ar: `أظهرت المراجعة الدورية لبياناتكم في الطلب ${caseNumber} ما يلي:\n${reasons.ar}\nسيتواصل معكم الباحث الاجتماعي لاستكمال ذلك.`,
          en: `The periodic review of your data for request ${caseNumber} found:\n${reasons.en}\nThe social researcher will contact you to put it right.`,
        },
      };
    }
    case 'EligibilityReconfirmed': {
      return {
        subject: { ar: `المراجعة الدورية للطلب ${caseNumber}`, en: `Periodic review of request ${caseNumber}` },
        body: {
          ar: `أكدت المراجعة الدورية استمرار استحقاقكم في الطلب ${caseNumber}.`,
          en: `The periodic review confirmed you remain eligible under request ${caseNumber}.`,
        },
      };
    }
    case 'DocumentRejected': {
      const rejected = data as DocumentRejectedV1;
      const name = documentName(rejected.documentType);
      return {
        subject: { ar: `مستند في الطلب ${caseNumber}`, en: `A document of request ${caseNumber}` },
        body: {
          ar: `لم يُقبل مستند (${name.ar}) في الطلب ${caseNumber}: ${rejected.reason}\nيرجى إرفاق مستند صالح.`,
          en: `A document (${name.en}) of request ${caseNumber} was not accepted: ${rejected.reason}\nPlease attach a valid one.`,
        },
      };
    }
    default:
      return null;
  }
}

/** The eligibility events the applicant may be told about. */
export const APPLICANT_ELIGIBILITY_EVENTS = ['EligibilityAssessed', 'EligibilityLapsed', 'EligibilityReconfirmed', 'DocumentRejected'] as const;
