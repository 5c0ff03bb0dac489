import type { ApplicationAcceptedV1, Bilingual, DomainEvent, ServiceDeliveryEndedV1, ServiceDeliveryOpenedV1 } from '@athar/contracts';

const DAY_MS = 24 * 60 * 60 * 1000;

/** A service-delivery stream's events: the event map's, narrowed to these types. */
export type ServiceDeliveryEvent = Extract<DomainEvent, { type: 'ServiceDeliveryOpened' | 'ServiceDeliveryEnded' }>;

/** One case's service delivery: the programme opened (absent until acceptance opens it), and whether it ended. */
export interface ServiceDeliveryState {
  opened?: ServiceDeliveryOpenedV1;
  ended: boolean;
}

export const initialServiceDeliveryState: ServiceDeliveryState = { ended: false };

export function evolveServiceDelivery(state: ServiceDeliveryState, event: ServiceDeliveryEvent): ServiceDeliveryState {
  switch (event.type) {
    case 'ServiceDeliveryOpened':
      return { ...state, opened: event.data };
    case 'ServiceDeliveryEnded':
      return { ...state, ended: true };
    default:
      return state;
  }
}

/**
 * Acceptance completes registration and opens the record of the service delivered (common steps 6
 * and 7): the programme starts on the decision and runs for the tenant's length for the service.
 * Returns null when the record is already open (the acceptance was redelivered).
 */
export function openServiceDelivery(
  state: ServiceDeliveryState,
  accepted: ApplicationAcceptedV1,
  service: { id: string; name: Bilingual; days: number },
  now: Date,
  /** A programme day; shortened on test platforms only (ATHAR_DELIVERY_DAY_MS). */
  dayMs: number = DAY_MS,
): ServiceDeliveryOpenedV1 | null {
  if (state.opened) return null;
  const startsOn = new Date(accepted.decidedAt);
  return {
    caseId: accepted.caseId,
    serviceId: service.id,
    programme: service.name,
    startsOn: startsOn.toISOString(),
    endsOn: new Date(startsOn.getTime() + service.days * dayMs).toISOString(),
    openedAt: now.toISOString(),
  };
}

/** The programme's end, once: the feedback service measures satisfaction from this event. */
export function endServiceDelivery(state: ServiceDeliveryState, now: Date): ServiceDeliveryEndedV1 | null {
  if (!state.opened || state.ended) return null;
  const { caseId, serviceId, endsOn } = state.opened;
  return { caseId, serviceId, endsOn, endedAt: now.toISOString() };
}
