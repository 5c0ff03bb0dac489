import type { Bilingual, EligibilityOverriddenV1, EligibilityPolicyReviewDueV1 } from '@athar/contracts';
import type { TenantPolicy } from '@athar/tenancy';
import { riyadhDates } from './riyadh-dates';

export interface Message {
  subject: Bilingual;
  body: Bilingual;
}

/**
 * Receipt (common step 5, first half): the case number, and that eligibility is checked first. No
 * committee is promised yet: a request that does not qualify never reaches it (Tuwaiq 6-3), so the
 * committee and its date are told once eligibility has spoken (`goesToCommittee`).
 */
export function acknowledgement(caseNumber: string): Message {
  return {
    subject: { ar: `استلام الطلب ${caseNumber}`, en: `Request ${caseNumber} received` },
    body: {
      ar: `استلمنا طلبك رقم ${caseNumber}. نتحقق الآن من استيفائه شروط الخدمة، وسنبلغك بالنتيجة وبالخطوة التالية.`,
      en: `We received your request ${caseNumber}. We are now checking it against the service's conditions and will tell you the result and the next step.`,
    },
  };
}

/** Common step 5, second half, once the request qualifies (or a researcher found it does): the committee and its answer date. */
export function goesToCommittee(policy: TenantPolicy, caseNumber: string, deadline: string): Message {
  const { hijri, gregorianAr, gregorianEn } = riyadhDates(new Date(deadline));
  return {
    subject: { ar: `الطلب ${caseNumber} لدى ${policy.committee.name.ar}`, en: `Request ${caseNumber} is with the ${policy.committee.name.en}` },
    body: {
      ar: `طلبك رقم ${caseNumber} مستوفٍ لشروط الخدمة، وقد رُفع إلى ${policy.committee.name.ar} لدراسته، وسنرد عليك بالقبول أو الرفض في موعد أقصاه ${hijri} (${gregorianAr}).`,
      en: `Your request ${caseNumber} meets the service's conditions and has gone to the ${policy.committee.name.en}, which will answer accept or reject by ${gregorianEn}.`,
    },
  };
}

/** A social researcher replaced the eligibility decision: the applicant is told the new decision and why. */
export function overrideMessage(caseNumber: string, overridden: EligibilityOverriddenV1): Message {
  const subject = { ar: `مراجعة استحقاق الطلب ${caseNumber}`, en: `Eligibility of request ${caseNumber} reviewed` };
  if (overridden.to === 'eligible') {
    return {
      subject,
      body: {
        ar: `راجع الباحث الاجتماعي طلبك رقم ${caseNumber} وقرر أنه مستوفٍ لشروط الخدمة. السبب: ${overridden.reason}\nسنبلغك بموعد رد اللجنة.`,
        en: `The social researcher reviewed your request ${caseNumber} and decided it meets the service's conditions. Reason: ${overridden.reason}\nWe will tell you when the committee will answer.`,
      },
    };
  }
  return {
    subject,
    body: {
      ar: `راجع الباحث الاجتماعي طلبك رقم ${caseNumber} وقرر أنه لا يستوفي شروط الخدمة. السبب: ${overridden.reason}\nيمكنك التواصل مع الجمعية للاستفسار.`,
      en: `The social researcher reviewed your request ${caseNumber} and decided it does not meet the service's conditions. Reason: ${overridden.reason}\nYou may contact the association with any question.`,
    },
  };
}

/** The yearly review of the eligibility policy is due (Tuwaiq 6-3(4)): to the staff responsible, not to a beneficiary. */
export function policyReviewMessage(policy: TenantPolicy, due: EligibilityPolicyReviewDueV1): Message {
  const dates = riyadhDates(new Date(due.dueAt));
  const approved = due.approval
    ? { ar: ` المعتمدة في ${due.approval.hijriDate} (${due.approval.gregorianDate})`, en: ` approved on ${due.approval.gregorianDate}` }
    : { ar: '', en: '' };
  return {
    subject: {
      ar: `حان موعد مراجعة سياسة الاستحقاق (الإصدار ${due.eligibilityPolicyVersion})`,
      en: `Eligibility policy review due (version ${due.eligibilityPolicyVersion})`,
    },
    body: {
      ar: `حان موعد المراجعة السنوية لسياسة الاستحقاق في ${policy.name.ar}: الإصدار ${due.eligibilityPolicyVersion}${approved.ar}، النافذ منذ ${due.effectiveFrom.slice(0, 10)}. موعد المراجعة ${dates.hijri} (${dates.gregorianAr}). يرجى إعداد التحديث وعرضه على مجلس الإدارة لاعتماده.`,
      en: `The yearly review of ${policy.name.en}'s eligibility policy is due: version ${due.eligibilityPolicyVersion}${approved.en}, in force since ${due.effectiveFrom.slice(0, 10)}. Review date: ${dates.gregorianEn}. Please prepare the update and put it to the board for approval.`,
    },
  };
}
