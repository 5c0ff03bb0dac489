import { createHash } from 'node:crypto';
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
    [
      'a first event not chained to genesis',
      (e: RecordedEvent[]) => [{ ...e[0], previousHash: 'f'.repeat(64) }, e[1], e[2]],
      0,
      'not chained to the previous event',
    ],
    ['a swapped hash link', (e: RecordedEvent[]) => [e[0], { ...e[1], previousHash: e[1].hash }, e[2]], 1, 'not chained to the previous event'],
  ])('detects %s', (_name, tamper, brokenAtRevision, reason) => {
    expect(verifyStreamChain(tamper(chain(3)))).toEqual({ valid: false, count: expect.any(Number), brokenAtRevision, reason });
  });
});

describe('computeEventHash known-answer vector', () => {
  // A fixed event and its hash, computed once outside this code (SHA-256 over GENESIS_HASH followed by
  // the canonical JSON below: keys sorted at every depth, no spaces, Arabic kept as UTF-8). Any change to
  // what is hashed, or how, changes this value: every stored chain would stop verifying (ADR 0001).
  const event = {
    eventId: '6f1d3c2a-4b5e-4f60-8a71-92b3c4d5e6f7',
    type: 'ApplicationSubmitted',
    version: 1,
    tenantId: 'awj',
    occurredAt: '2026-11-22T07:00:00.000Z',
    actor: { id: 'awj-relations-officer', role: 'relations-officer', channel: 'interview' as const },
    correlationId: '0a1b2c3d-0000-4000-8000-000000000001',
    causationId: null,
    data: { caseId: '3f1c0c5e-8f55-4a57-9d5c-0d8c1c3b2a10', name: 'سارة', n: 1.5, list: [1, null, 'x'] },
    streamId: 'intake.application.awj.3f1c0c5e-8f55-4a57-9d5c-0d8c1c3b2a10',
    revision: 0,
    recordedAt: '2026-11-22T07:00:00.001Z',
    previousHash: GENESIS_HASH,
  };
  const canonical =
    '{"actor":{"channel":"interview","id":"awj-relations-officer","role":"relations-officer"},"causationId":null,' +
    '"correlationId":"0a1b2c3d-0000-4000-8000-000000000001","data":{"caseId":"3f1c0c5e-8f55-4a57-9d5c-0d8c1c3b2a10",' +
    '"list":[1,null,"x"],"n":1.5,"name":"سارة"},"eventId":"6f1d3c2a-4b5e-4f60-8a71-92b3c4d5e6f7",' +
    '"occurredAt":"2026-11-22T07:00:00.000Z","previousHash":"0000000000000000000000000000000000000000000000000000000000000000",' +
    '"recordedAt":"2026-11-22T07:00:00.001Z","revision":0,"streamId":"intake.application.awj.3f1c0c5e-8f55-4a57-9d5c-0d8c1c3b2a10",' +
    '"tenantId":"awj","type":"ApplicationSubmitted","version":1}';

  it('hashes the fixed event to the recorded value', () => {
    expect(computeEventHash(GENESIS_HASH, event)).toBe('0f40ad01d21b6c3dda67535639d46afba99b34f25945c9b9f444de5d48c58eed');
  });

  it('the recorded value is SHA-256 of the previous hash and the canonical JSON written out above', () => {
    expect(
      createHash('sha256')
        .update(GENESIS_HASH + canonical, 'utf8')
        .digest('hex'),
    ).toBe('0f40ad01d21b6c3dda67535639d46afba99b34f25945c9b9f444de5d48c58eed');
  });

  it('ignores the stored hash and global position (they are not part of what is hashed)', () => {
    expect(computeEventHash(GENESIS_HASH, { ...event, hash: 'f'.repeat(64), globalPosition: '42' } as typeof event)).toBe(
      '0f40ad01d21b6c3dda67535639d46afba99b34f25945c9b9f444de5d48c58eed',
    );
  });
});
