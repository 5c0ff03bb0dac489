import type { EventType, PendingEvent, RecordedEvent, RecordedEventOf, VoteCastV1 } from '@athar/contracts';
import { EventHandlers } from './event-handlers';

/**
 * The event map types every writer and handler: tsc checks the `@ts-expect-error` lines below (a line
 * that compiles makes tsc fail), jest checks that dispatch hands each handler its own type's events.
 */
describe('events typed by the event map', () => {
  const recorded = <K extends EventType>(type: K, data: unknown): RecordedEvent => ({
    eventId: 'e-1',
    type,
    version: 1,
    tenantId: 'awj',
    occurredAt: '2026-01-01T00:00:00.000Z',
    actor: { id: 'u', role: 'r', channel: 'system' },
    correlationId: 'c',
    causationId: null,
    data,
    streamId: 's',
    revision: 0,
    globalPosition: '1',
    recordedAt: '2026-01-01T00:00:00.000Z',
    hash: '',
    previousHash: '',
  });

  it("infers a handler's data from the type it is registered for", async () => {
    const handlers = new EventHandlers();
    const deadlines: string[] = [];
    handlers.on('ReviewOpened', async (e) => {
      const deadline: string = e.data.deadline;
      deadlines.push(deadline);
      // @ts-expect-error ReviewOpened has no `vote`
      void e.data.vote;
    });
    // @ts-expect-error not an event of the map
    handlers.on('ReviewOpenedd', async () => undefined);
    await handlers.dispatch(recorded('ReviewOpened', { caseId: 'c', deadline: '2026-02-01T00:00:00.000Z' }));
    await handlers.dispatch(recorded('VoteCast', { caseId: 'c', vote: 'accept' }));
    expect(deadlines).toEqual(['2026-02-01T00:00:00.000Z']);
  });

  it('refuses an event written with another type’s data', () => {
    const vote: VoteCastV1 = {
      caseId: 'c',
      committeeId: 'k',
      round: 1,
      memberId: 'm',
      role: 'member',
      vote: 'accept',
      reason: { id: 'r', text: { ar: 'مستوفٍ', en: 'eligible' } },
      note: null,
      castAt: '2026-01-01T00:00:00.000Z',
    };
    const written: PendingEvent[] = [
      { type: 'VoteCast', version: 1, data: vote },
      // @ts-expect-error VoteCast's data is a vote, not a review's opening
      { type: 'VoteCast', version: 1, data: { caseId: 'c', deadline: '2026-02-01T00:00:00.000Z' } },
      // @ts-expect-error not an event of the map
      { type: 'VoteCasted', version: 1, data: vote },
    ];
    expect(written).toHaveLength(3);
  });

  it('narrows a stream of several types by `type`, as emmett’s evolve does', () => {
    const history = [recorded('ReviewOpened', { caseId: 'c', deadline: 'd' })] as RecordedEventOf<'ReviewOpened' | 'VoteCast'>[];
    const deadlines = history.map((e) => (e.type === 'ReviewOpened' ? e.data.deadline : e.data.vote));
    // @ts-expect-error only a VoteCast has a vote
    history.map((e) => e.data.vote);
    expect(deadlines).toEqual(['d']);
  });
});
