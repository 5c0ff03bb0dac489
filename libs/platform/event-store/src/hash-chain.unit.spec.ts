import { GENESIS_HASH, type RecordedEvent } from '@athar/contracts';
import { computeEventHash, verifyStreamChain } from './hash-chain';

function chain(count: number): RecordedEvent[] {
  const events: RecordedEvent[] = [];
  let previousHash = GENESIS_HASH;
  for (let revision = 0; revision < count; revision += 1) {
    const base = {
      eventId: `00000000-0000-4000-8000-00000000000${revision}`,
      type: 'ThingHappened',
      version: 1,
      tenantId: 'awj',
      occurredAt: '2026-11-22T07:00:00.000Z',
      actor: { id: 'u', role: 'relations-officer', channel: 'interview' as const },
      correlationId: 'c',
      causationId: null,
      data: { n: revision, name: 'سارة' },
      streamId: 's',
      revision,
      recordedAt: '2026-11-22T07:00:00.001Z',
      previousHash,
    };
    const hash = computeEventHash(previousHash, base);
    events.push({ ...base, hash, globalPosition: String(revision + 1) });
    previousHash = hash;
  }
  return events;
}

describe('verifyStreamChain', () => {
  it('accepts an intact chain and ignores the store-assigned global position', () => {
    const events = chain(3).map((e) => ({ ...e, globalPosition: String(Number(e.globalPosition) * 100) }));
    expect(verifyStreamChain(events)).toEqual({ valid: true, count: 3 });
  });

  it.each([
    ['edited data', (e: RecordedEvent[]) => [e[0], { ...e[1], data: { n: 99 } }, e[2]], 1, 'content does not match its hash'],
    ['edited actor', (e: RecordedEvent[]) => [e[0], e[1], { ...e[2], actor: { ...e[2].actor, id: 'x' } }], 2, 'content does not match its hash'],
    ['a deleted middle event', (e: RecordedEvent[]) => [e[0], e[2]], 2, 'expected revision 1, found 2'],
    ['reordered events', (e: RecordedEvent[]) => [e[1], e[0], e[2]], 1, 'expected revision 0, found 1'],
    ['a first event not chained to genesis', (e: RecordedEvent[]) => [{ ...e[0], previousHash: 'f'.repeat(64) }, e[1], e[2]], 0, 'not chained to the previous event'],
    ['a swapped hash link', (e: RecordedEvent[]) => [e[0], { ...e[1], previousHash: e[1].hash }, e[2]], 1, 'not chained to the previous event'],
  ])('detects %s', (_name, tamper, brokenAtRevision, reason) => {
    expect(verifyStreamChain(tamper(chain(3)))).toEqual({ valid: false, count: expect.any(Number), brokenAtRevision, reason });
  });
});
