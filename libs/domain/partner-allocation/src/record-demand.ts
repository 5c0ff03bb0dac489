import type { ApplicationSubmittedV1, ServiceDemandRecordedV1 } from '@athar/contracts';

/**
 * Each application counts once toward its service's demand, the "number of targeted beneficiaries"
 * a needs study weighs (Tuwaiq, distributing services to partner associations, 2).
 */
export function recordDemand(demand: { recorded: boolean }, application: ApplicationSubmittedV1, now: Date): ServiceDemandRecordedV1 | null {
  if (demand.recorded) return null;
  return { caseId: application.caseId, serviceId: application.serviceId, recordedAt: now.toISOString() };
}
