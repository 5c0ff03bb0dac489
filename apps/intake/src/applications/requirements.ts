import type { ApplicantRecord, DocumentType } from '@athar/contracts';
import { checklist, type ChecklistItem } from '@athar/domain-intake';
import type { TenantPolicy } from '@athar/tenancy';

/** The checklist of a service in a tenant's policy, for the applicant data and documents so far. */
export function serviceChecklist(policy: TenantPolicy, serviceId: string, applicant: ApplicantRecord | undefined, attached: readonly DocumentType[]): ChecklistItem[] {
  const service = policy.services.find((s) => s.id === serviceId);
  return checklist(service?.requiredDocuments ?? [], attached, service?.requiredFields ?? [], applicant);
}
