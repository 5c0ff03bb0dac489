import type { ApplicationAcceptedV1, Bilingual, ServiceDeliveryEndedV1, ServiceDeliveryOpenedV1 } from '@athar/contracts';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Acceptance completes registration and opens the record of the service delivered (common steps 6
 * and 7): the programme starts on the decision and runs for the tenant's length for the service.
 * Returns null when the record is already open (the acceptance was redelivered).
 */
export function openServiceDelivery(
  alreadyOpen: boolean,
  accepted: ApplicationAcceptedV1,
  service: { id: string; name: Bilingual; days: number },
  now: Date,
): ServiceDeliveryOpenedV1 | null {
  if (alreadyOpen) return null;
  const startsOn = new Date(accepted.decidedAt);
  return {
    caseId: accepted.caseId,
    serviceId: service.id,
    programme: service.name,
    startsOn: startsOn.toISOString(),
    endsOn: new Date(startsOn.getTime() + service.days * DAY_MS).toISOString(),
    openedAt: now.toISOString(),
  };
}

/** The programme's end, once: the feedback service measures satisfaction from this event. */
export function endServiceDelivery(opened: ServiceDeliveryOpenedV1 | undefined, alreadyEnded: boolean, now: Date): ServiceDeliveryEndedV1 | null {
  if (!opened || alreadyEnded) return null;
  return { caseId: opened.caseId, serviceId: opened.serviceId, endsOn: opened.endsOn, endedAt: now.toISOString() };
}
