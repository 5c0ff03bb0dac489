import type { ApplicationSubmittedV1 } from '@athar/contracts';
import type { ChecklistItem } from '@athar/domain-intake';
import type { TenantPolicy } from '@athar/tenancy';
import { riyadhDates } from '../../notifications/riyadh-dates';
import type { ApplicationReceiptDto } from './submit-application.dto';

/** What the applicant is told on registration: case number, committee, answer date in Hijri and Gregorian. */
export function submittedReceipt(policy: TenantPolicy, submitted: ApplicationSubmittedV1): ApplicationReceiptDto {
  const { hijri, gregorianAr, gregorianEn } = riyadhDates(new Date(submitted.expectedResponseBy));
  return {
    caseId: submitted.caseId,
    caseNumber: submitted.caseNumber,
    status: 'submitted',
    submittedAt: submitted.submittedAt,
    expectedResponseBy: submitted.expectedResponseBy,
    checklist: [],
    message: {
      ar: `استلمنا طلبك رقم ${submitted.caseNumber}، وسيُرفع إلى ${policy.committee.name.ar} لدراسته، وسنرد عليك بالقبول أو الرفض في موعد أقصاه ${hijri} (${gregorianAr}).`,
      en: `We received your request ${submitted.caseNumber}. It goes to the ${policy.committee.name.en}, which will answer accept or reject by ${gregorianEn}.`,
    },
  };
}

/** An incomplete request: kept as a draft, with what is still missing. */
export function draftReceipt(caseId: string, caseNumber: string, items: ChecklistItem[]): ApplicationReceiptDto {
  const missing = items.filter((i) => !i.done);
  return {
    caseId,
    caseNumber,
    status: 'draft',
    submittedAt: null,
    expectedResponseBy: null,
    checklist: items,
    message: {
      ar: `حفظنا طلبك رقم ${caseNumber} مسودةً. لإكماله: ${missing.map((i) => i.label.ar).join('، ')}.`,
      en: `Your request ${caseNumber} is saved as a draft. To complete it: ${missing.map((i) => i.label.en).join(', ')}.`,
    },
  };
}
