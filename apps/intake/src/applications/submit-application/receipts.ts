import type { ApplicationSubmittedV2 } from '@athar/contracts';
import type { ChecklistItem } from '@athar/domain-intake';
import { acknowledgement } from '../../notifications/applicant-messages';
import type { ApplicationReceiptDto } from './submit-application.dto';

/**
 * What the applicant is told on registration: the case number, and that eligibility is checked first
 * (the same text as the acknowledgement they receive). The committee and its answer date
 * (`expectedResponseBy`) are told once the request qualifies: a request that does not is never
 * promised a committee.
 */
export function submittedReceipt(submitted: ApplicationSubmittedV2): ApplicationReceiptDto {
  return {
    caseId: submitted.caseId,
    caseNumber: submitted.caseNumber,
    status: 'submitted',
    submittedAt: submitted.submittedAt,
    expectedResponseBy: submitted.expectedResponseBy,
    checklist: [],
    message: acknowledgement(submitted.caseNumber).body,
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
