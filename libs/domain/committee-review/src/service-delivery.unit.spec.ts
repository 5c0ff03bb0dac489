import type { ApplicationAcceptedV1 } from '@athar/contracts';
import { endServiceDelivery, evolveServiceDelivery, initialServiceDeliveryState, openServiceDelivery, type ServiceDeliveryEvent } from './service-delivery';

const accepted: ApplicationAcceptedV1 = {
  caseId: 'c-1',
  committeeId: 'research-committee',
  round: 1,
  decidedAt: '2026-11-22T07:00:00.000Z',
  tally: { accept: 2, reject: 0, quorum: 2, tieBrokenByChair: false },
  reasons: [],
};
const service = { id: 'member-service', name: { ar: 'برنامج', en: 'Programme' }, days: 90 };
const now = new Date('2026-11-22T07:00:05Z');
const replay = (events: ServiceDeliveryEvent[]) => events.reduce(evolveServiceDelivery, initialServiceDeliveryState);

describe('service delivery decider (common steps 6 and 7)', () => {
  it('given an acceptance, opens the programme from the decision for the tenant’s length', () => {
    expect(openServiceDelivery(initialServiceDeliveryState, accepted, service, now)).toEqual({
      caseId: 'c-1',
      serviceId: 'member-service',
      programme: service.name,
      startsOn: '2026-11-22T07:00:00.000Z',
      endsOn: '2027-02-20T07:00:00.000Z',
      openedAt: now.toISOString(),
    });
  });

  it('on a test platform with a shortened programme day, the same 90 days end 90 of those days after the decision', () => {
    expect(openServiceDelivery(initialServiceDeliveryState, accepted, service, now, 1_000)?.endsOn).toBe('2026-11-22T07:01:30.000Z');
  });

  it('given a delivery already open, a redelivered acceptance opens nothing again', () => {
    const opened = openServiceDelivery(initialServiceDeliveryState, accepted, service, now)!;
    expect(openServiceDelivery(replay([{ type: 'ServiceDeliveryOpened', data: opened }]), accepted, service, now)).toBeNull();
  });

  it('ends an open programme once, and nothing that was never opened', () => {
    const opened = openServiceDelivery(initialServiceDeliveryState, accepted, service, now)!;
    const open = replay([{ type: 'ServiceDeliveryOpened', data: opened }]);
    const endedAt = new Date(opened.endsOn);
    const ended = endServiceDelivery(open, endedAt);
    expect(ended).toEqual({ caseId: 'c-1', serviceId: 'member-service', endsOn: opened.endsOn, endedAt: opened.endsOn });
    expect(endServiceDelivery(evolveServiceDelivery(open, { type: 'ServiceDeliveryEnded', data: ended! }), endedAt)).toBeNull();
    expect(endServiceDelivery(initialServiceDeliveryState, endedAt)).toBeNull();
  });
});
