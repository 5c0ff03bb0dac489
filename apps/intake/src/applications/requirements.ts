import type { ApplicantRecord, DocumentType } from '@athar/contracts';
import { checklist, checklistOf, type ChecklistItem, type RequiredField } from '@athar/domain-intake';
import type { TenantPolicy } from '@athar/tenancy';

/** The checklist of a service in a tenant's policy, for the applicant data and documents so far. */
export function serviceChecklist(
  policy: TenantPolicy,
  serviceId: string,
  applicant: ApplicantRecord | undefined,
  attached: readonly DocumentType[],
): ChecklistItem[] {
  const service = policy.services.find((s) => s.id === serviceId);
  return checklist(service?.requiredDocuments ?? [], attached, service?.requiredFields ?? [], applicant);
}

/** The same checklist from what a read model keeps: the names of the fields given and the types of the documents attached. */
export function serviceChecklistOf(policy: TenantPolicy, serviceId: string, provided: readonly string[], attached: readonly string[]): ChecklistItem[] {
  const service = policy.services.find((s) => s.id === serviceId);
  return checklistOf(service?.requiredDocuments ?? [], attached as DocumentType[], service?.requiredFields ?? [], provided as RequiredField[]);
}
