import { randomUUID } from 'node:crypto';
import { PostgresEventStore, WrongExpectedRevisionError } from '@athar/event-store';
import type { Principal } from '@athar/identity';
import { EventWriter, type Cause } from '../events/event-writer';
import { AggregateCommands, facts, type Aggregate } from './aggregate-command';

jest.setTimeout(60_000);
const url = process.env.ATHAR_PG_URL ?? 'postgres://athar:athar@127.0.0.1:15432/athar';

/** A tiny aggregate over real contract events: the escalation flag and the reminders of a review. */
interface Reminders {
  escalated: boolean;
  reminded: number[];
}
const reminders: Aggregate<Reminders, 'ReviewEscalated' | 'ReviewReminderSent'> = {
  initialState: { escalated: false, reminded: [] },
  evolve: (state, event) =>
    event.type === 'ReviewEscalated' ? { ...state, escalated: true } : { ...state, reminded: [...state.reminded, event.data.percent] },
};
const principal: Principal = { userId: 'member-1', tenantId: 'tuwaiq', roles: ['committee-chair'] } as Principal;
const cause: Cause = { kind: 'request', principal, channel: 'system' };
const remind = (caseId: string, percent: number) => ({
  type: 'ReviewReminderSent' as const,
  version: 1,
  data: { caseId, committeeId: 'committee-1', round: 1, percent, remindedAt: new Date().toISOString(), deadline: new Date().toISOString() },
});

describe('AggregateCommands: load, fold, decide, append, retry', () => {
  const store = new PostgresEventStore({ connectionString: url, schema: `it_cmd_${randomUUID().slice(0, 8)}` });
  const commands = new AggregateCommands(new EventWriter(store, 'test-service'));

  beforeAll(() => store.ensureSchema());
  afterAll(async () => {
    await store.dropSchema();
    await store.close();
  });

  it('appends what the decider returns on the folded state and answers the state after it', async () => {
    const streamId = `review-${randomUUID()}`;
    const first = await commands.handle(reminders, { streamId, tenantId: 'tuwaiq', cause, decide: () => facts(remind('c1', 50)) });
    expect(first).toMatchObject({ appended: true, revision: 0, state: { reminded: [50] } });
    const second = await commands.handle(reminders, {
      streamId,
      tenantId: 'tuwaiq',
      cause,
      decide: (state) => ({ events: state.reminded.includes(50) ? [] : [remind('c1', 50)], result: state.reminded.length }),
    });
    expect(second).toEqual({ appended: false, revision: 0, state: { escalated: false, reminded: [50] }, result: 1 });
  });

  it('decides again on the fresh state when another writer appended in between, so neither write is lost', async () => {
    const streamId = `review-${randomUUID()}`;
    await commands.handle(reminders, { streamId, tenantId: 'tuwaiq', cause, decide: () => facts(remind('c2', 25)) });
    // The three commands' first loads are held until all three have read, so all three decide on the same
    // revision and two of them must meet a conflict (not left to the scheduler).
    let arrived = 0;
    let release!: () => void;
    const allRead = new Promise<void>((resolve) => (release = resolve));
    const racing = new AggregateCommands(
      new EventWriter(
        Object.assign(Object.create(store) as PostgresEventStore, {
          readStream: async (id: string) => {
            const events = await store.readStream(id);
            if (arrived < 3 && (arrived += 1) === 3) release();
            await allRead;
            return events;
          },
        }),
        'test-service',
      ),
    );
    const seen: number[][] = [];
    const outcomes = await Promise.all(
      [50, 75, 90].map((percent) =>
        racing.handle(reminders, {
          streamId,
          tenantId: 'tuwaiq',
          cause,
          decide: (state) => {
            seen.push(state.reminded);
            return facts(remind('c2', percent));
          },
        }),
      ),
    );
    expect(outcomes.every((o) => o.appended)).toBe(true);
    expect((await store.readStream(streamId)).map((e) => (e.data as { percent: number }).percent).sort()).toEqual([25, 50, 75, 90]);
    // 3 first decisions on the same state; the 2 that met a conflict decided again (one of them maybe twice)
    expect(seen.length).toBeGreaterThanOrEqual(5);
    expect(seen.slice(0, 3)).toEqual([[25], [25], [25]]);
  });

  it('with the revision the caller saw, a change made meanwhile is a conflict and is not decided again', async () => {
    const streamId = `review-${randomUUID()}`;
    await commands.handle(reminders, { streamId, tenantId: 'tuwaiq', cause, decide: () => facts(remind('c3', 25)) });
    await commands.handle(reminders, { streamId, tenantId: 'tuwaiq', cause, decide: () => facts(remind('c3', 50)) });
    let decisions = 0;
    await expect(
      commands.handle(reminders, {
        streamId,
        tenantId: 'tuwaiq',
        cause,
        expectedRevision: 0,
        decide: () => {
          decisions += 1;
          return facts({
            type: 'ReviewEscalated',
            version: 1,
            data: { caseId: 'c3', round: 1, escalatedAt: new Date().toISOString(), deadline: new Date().toISOString(), to: 'executive-director' },
          });
        },
      }),
    ).rejects.toBeInstanceOf(WrongExpectedRevisionError);
    expect(decisions).toBe(1);
    expect(await store.readStream(streamId)).toHaveLength(2);
  });

  it('refuses a command on a stream that must exist, with the caller’s error, and writes nothing', async () => {
    const streamId = `review-${randomUUID()}`;
    await expect(
      commands.handle(reminders, { streamId, tenantId: 'tuwaiq', cause, whenMissing: () => new Error('no review'), decide: () => facts(remind('c4', 50)) }),
    ).rejects.toThrow('no review');
    await expect(store.readStream(streamId)).rejects.toThrow();
  });
});
