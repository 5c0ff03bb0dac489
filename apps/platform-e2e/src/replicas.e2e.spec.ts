import { randomUUID } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';
import { Pool } from 'pg';
import { BOUNDED_CONTEXTS, eventsTopic } from '@athar/contracts';
import { relayName } from '@athar/messaging';
import { applicationBody, eventually, PlatformUnderTest } from './platform-under-test';

jest.setTimeout(900_000);

const CASES = 200;
const TENANT = 'awj';
const SERVICE = 'member-service';

/**
 * Two processes of every service on one instance, as two machines would run them (docs/adr/0052): the
 * requests go to both intake replicas, the consumer groups split the partitions between the replicas, the
 * Temporal workers share the task queues, and only one replica of each service relays. Every case reaches
 * the committee with each of its events recorded once and published once. On a platform of its own.
 */
describe('two replicas of every service', () => {
  let own: Awaited<ReturnType<typeof PlatformUnderTest.start>>;
  let pool: Pool;

  beforeAll(async () => {
    const shared = process.env.ATHAR_E2E_STATE;
    try {
      own = await PlatformUnderTest.start({ replicas: 2 });
    } finally {
      process.env.ATHAR_E2E_STATE = shared;
    }
    pool = new Pool({ connectionString: process.env.ATHAR_PG_URL ?? 'postgres://athar:athar@127.0.0.1:15432/athar' });
  });
  afterAll(async () => {
    await pool?.end();
    if (own) await PlatformUnderTest.stop(own.services, own.platform, own.mailbox, own.traces);
  });

  it(`takes ${CASES} cases sent to both intake replicas to the committee: each event recorded once and published once, one relay per service`, async () => {
    expect(own.services).toHaveLength(2 * BOUNDED_CONTEXTS.length);
    const { platform } = own;
    const tokens = await Promise.all([0, 1, 2, 3].map((i) => platform.tokenFor(TENANT, `${TENANT}-replica-officer-${i}`, ['relations-officer'])));

    // every ReviewOpened committee-review publishes, counted per case: a second relay would publish it twice
    const opened = new Map<string, number>();
    const kafka = new Kafka({
      brokers: (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(','),
      clientId: `${platform.instance}.replicas-e2e`,
      logLevel: logLevel.NOTHING,
    });
    const consumer = kafka.consumer({ groupId: `${platform.instance}.replicas-e2e.${randomUUID()}` });
    await consumer.connect();
    await consumer.subscribe({ topic: eventsTopic('committee-review', platform.instance), fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message }) => {
        if (message.headers?.['event-type']?.toString() !== 'ReviewOpened' || !message.value) return;
        const { caseId } = (JSON.parse(message.value.toString()) as { data: { caseId: string } }).data;
        opened.set(caseId, (opened.get(caseId) ?? 0) + 1);
      },
    });
    try {
      // eight at a time, alternately to the first and the second intake
      const caseIds: string[] = [];
      for (let batch = 0; batch < CASES / 8; batch += 1) {
        const answers = await Promise.all(
          Array.from({ length: 8 }, async (_, i) => {
            const n = batch * 8 + i;
            const response = await fetch(`${platform.replicaUrl('intake', n % 2)}/applications`, {
              method: 'POST',
              headers: { authorization: `Bearer ${tokens[n % tokens.length]}`, 'content-type': 'application/json', 'idempotency-key': randomUUID() },
              body: JSON.stringify(applicationBody(SERVICE, 'website')),
            });
            expect(response.status).toBe(201);
            return ((await response.json()) as { caseId: string }).caseId;
          }),
        );
        caseIds.push(...answers);
      }
      expect(new Set(caseIds).size).toBe(CASES);

      await eventually(async () => (caseIds.every((id) => opened.has(id)) ? true : undefined), 600_000);
      await new Promise((resolve) => setTimeout(resolve, 5_000)); // room for a duplicate to show up
      expect(caseIds.filter((id) => opened.get(id) !== 1)).toEqual([]);

      // in the store: each case's submission, assessment and review opened exactly once
      const { rows } = await pool.query<{ type: string; n: string; cases: string }>(
        `SELECT type, count(*) AS n, count(DISTINCT data->>'caseId') AS cases FROM "${platform.instance}_events".events
          WHERE type IN ('ApplicationSubmitted', 'EligibilityAssessed', 'ReviewOpened') AND data->>'caseId' = ANY($1) GROUP BY type ORDER BY type`,
        [caseIds],
      );
      expect(rows).toEqual(['ApplicationSubmitted', 'EligibilityAssessed', 'ReviewOpened'].map((type) => ({ type, n: String(CASES), cases: String(CASES) })));

      // one relay per service holds its lock, whichever replica it is
      const relays = BOUNDED_CONTEXTS.map((context) => `athar.relay.${relayName(context, platform.instance)}`);
      const { rows: leaders } = await pool.query<{ n: string }>(
        `SELECT count(*) AS n FROM pg_locks l WHERE l.locktype = 'advisory' AND l.granted
          AND l.objid IN (SELECT (hashtextextended(r, 0) & 4294967295)::oid FROM unnest($1::text[]) AS r)`,
        [relays],
      );
      expect(leaders[0]!.n).toBe(String(BOUNDED_CONTEXTS.length));
    } finally {
      await consumer.disconnect();
    }
  });
});
