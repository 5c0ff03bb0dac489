import type { CaseScoped } from './event';

/** A case counted toward a service's demand, which the needs study reads (Tuwaiq, partner allocation 2). */
export interface ServiceDemandRecordedV1 extends CaseScoped {
  serviceId: string;
  recordedAt: string;
}
