import { randomUUID } from 'node:crypto';
import { START, type AllStreamResolvedEvent, type EventStoreDBClient, type Position, type ReadAllOptions } from '@eventstore/db-client';
import { EventStoreDbEventStore } from './eventstoredb-event-store';
import { decodePosition, encodePosition } from './esdb-position';

/**
 * $all as EventStoreDB serves it to a read: ordered by (commit, prepare), a read starting AT its
 * fromPosition, at most maxCount records, system records included. Only what readAll touches.
 */
class FakeAll {
  readonly records: AllStreamResolvedEvent[] = [];
  private log = 1_000n;
  reads = 0;

  append(streamId: string, count: number, type = 'ThingHappened'): void {
    const commit = this.log;
    for (let i = 0; i < count; i += 1) {
      const position: Position = { commit, prepare: this.log };
      this.log += 137n;
      this.records.push({
        event: {
          streamId,
          id: randomUUID(),
          revision: BigInt(i),
          type,
          data: {},
          metadata: { tenantId: 'awj', version: 1 },
          isJson: true,
          created: new Date(),
          position,
        },
      } as unknown as AllStreamResolvedEvent);
    }
  }

  readAll({ fromPosition = START, maxCount = Number.MAX_SAFE_INTEGER }: ReadAllOptions): AsyncIterable<AllStreamResolvedEvent> {
    this.reads += 1;
    const from = fromPosition;
    const start =
      from === START || from === 'end'
        ? 0
        : this.records.findIndex((r) => {
            const p = r.event!.position;
            return p.commit > from.commit || (p.commit === from.commit && p.prepare >= from.prepare);
          });
    const page = start < 0 ? [] : this.records.slice(start, start + Number(maxCount));
    return (async function* () {
      yield* page;
    })();
  }
}

function storeOver(all: FakeAll): EventStoreDbEventStore {
  return new EventStoreDbEventStore(all as unknown as EventStoreDBClient);
}

describe('EventStoreDbEventStore.readAll over a $all read that cannot filter on the server', () => {
  it('scans past a run of non-matching events longer than the page and than a read chunk', async () => {
    const all = new FakeAll();
    all.append('intake.application.awj.1', 1);
    for (let i = 0; i < 1_200; i += 1) all.append(`eligibility.case.awj.${i}`, 1);
    all.append('$$intake.application.awj.2', 1, '$metadata');
    all.append('intake.application.awj.2', 3);
    const store = storeOver(all);

    const [first] = await store.readAll({ streamPrefixes: ['intake.'], maxCount: 1 });
    const next = await store.readAll({ streamPrefixes: ['intake.'], after: first.globalPosition, maxCount: 1 });
    expect(next).toHaveLength(1);
    expect(next[0]).toMatchObject({ streamId: 'intake.application.awj.2', revision: 0 });
    expect(all.reads).toBeGreaterThan(2); // it went on reading chunk after chunk
  });

  it('gives each event of one append its own position, and resumes after exactly that event', async () => {
    const all = new FakeAll();
    all.append('intake.application.awj.1', 3);
    const store = storeOver(all);
    const events = await store.readAll({ streamPrefixes: ['intake.'] });
    expect(events.map((e) => e.revision)).toEqual([0, 1, 2]);
    const positions = events.map((e) => decodePosition(e.globalPosition));
    expect(positions.map((p) => p!.commit)).toEqual([1_000n, 1_000n, 1_000n]);
    expect(new Set(events.map((e) => e.globalPosition)).size).toBe(3);
    expect((await store.readAll({ after: events[0].globalPosition })).map((e) => e.revision)).toEqual([1, 2]);
    expect((await store.readAll({ after: events[1].globalPosition })).map((e) => e.revision)).toEqual([2]);
    expect(await store.readAll({ after: events[2].globalPosition })).toEqual([]);
  });

  it('leaves out system records when no prefix is given, and pages to an empty page at the end', async () => {
    const all = new FakeAll();
    all.append('$settings', 2, '$settings');
    all.append('feedback.survey.awj.1', 2);
    const store = storeOver(all);
    const seen: string[] = [];
    let after = '0';
    for (;;) {
      const page = await store.readAll({ after, maxCount: 1 });
      if (page.length === 0) break;
      seen.push(page[0].globalPosition);
      after = page[0].globalPosition;
    }
    expect(seen).toEqual(all.records.slice(2).map((r) => encodePosition(r.event!.position)));
  });
});
