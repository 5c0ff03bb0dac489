import type { EventWriter } from '@athar/service-kit';
import { loadApplication } from '../applications/application-state';

/** The mobile and case number on a submitted request: intake holds them, other services only the case id. */
export async function applicantOfCase(writer: EventWriter, tenantId: string, caseId: string): Promise<{ mobile: string; caseNumber: string }> {
  const { state } = await loadApplication(writer, tenantId, caseId);
  if (!state.submitted) throw new Error(`No submitted application ${caseId} of ${tenantId} to tell about`);
  return { mobile: state.submitted.applicant.mobile, caseNumber: state.submitted.caseNumber };
}
