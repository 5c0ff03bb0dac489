import { Connection, WorkflowClient, WorkflowNotFoundError } from '@temporalio/client';
import { Kafka, logLevel } from 'kafkajs';
import { Pool } from 'pg';
import { BOUNDED_CONTEXTS, deadLetterTopic, streamPrefix } from '@athar/contracts';
import { createEventStoreFromEnv, verifyStreamChain } from '@athar/event-store';
import { consumerGroupId, relayName } from '@athar/messaging';
import { reviewTimelineWorkflowId } from '@athar/workflows';
import { inBatches, sleep } from './load';

/**
 * The exactly-once checks of a fault drill (docs/runbook.md "Failure drills"): every acknowledged
 * submission reached every service once — its events in the store, each consumer group's inbox, each
 * service's read model, its workflow in Temporal, its SMS in the outbox — nothing was dead-lettered, the
 * consumers and relays have caught up, and every stream's hash chain verifies.
 */

export interface Engines {
  instance: string;
  /** The store's superuser URL (the checks read every schema). */
  pgUrl: string;
  brokers: string[];
  temporalAddress: string;
  /** The services' addresses by context (the first replica of each). */
  serviceUrl: (context: string) => string;
  /** An officer's token for the read-model requests (fresh: a long wait outlives one). */
  token: () => Promise<string>;
}

/** Which acknowledged cases each service's read model does not show yet (asked over HTTP, a few at a time). */
export async function missingFromReadModels(engines: Engines, pending: Map<string, Set<string>>): Promise<void> {
  const asks = [...pending].flatMap(([context, cases]) => [...cases].map((caseId) => ({ context, caseId })));
  const token = await engines.token();
  await inBatches(asks, 4, async ({ context, caseId }) => {
    const r = await fetch(`${engines.serviceUrl(context)}/cases/${caseId}`, {
      headers: { authorization: `Bearer ${token}` },
      signal: AbortSignal.timeout(10_000),
    }).catch(() => null);
    if (r?.status === 200) pending.get(context)!.delete(caseId);
  });
}

export interface CatchUp {
  /** Cases still missing per service when the wait ended (empty: all there). */
  missing: Record<string, number>;
  ms: number;
  rounds: string[];
}

/**
 * Waits until each case shows in all five services' read models. The wait adapts to the machine: it goes
 * on while cases keep arriving and ends once none has arrived for `stallMs`, or after `maxMs` in all.
 */
export async function waitForReadModels(engines: Engines, caseIds: string[], options: { stallMs?: number; maxMs?: number } = {}): Promise<CatchUp> {
  const stallMs = options.stallMs ?? 30_000;
  const maxMs = options.maxMs ?? 150_000;
  const pending = new Map<string, Set<string>>(BOUNDED_CONTEXTS.map((context) => [context, new Set(caseIds)]));
  const left = () => [...pending.values()].reduce((n, cases) => n + cases.size, 0);
  const perService = () => Object.fromEntries([...pending].filter(([, cases]) => cases.size > 0).map(([context, cases]) => [context, cases.size]));
  const rounds: string[] = [];
  const started = Date.now();
  let progressAt = started;
  for (;;) {
    const before = left();
    await missingFromReadModels(engines, pending);
    rounds.push(`${((Date.now() - started) / 1000).toFixed(1)} s ${JSON.stringify(perService())}`);
    if (left() === 0) return { missing: {}, ms: Date.now() - started, rounds };
    if (left() < before) progressAt = Date.now();
    if (Date.now() - progressAt > stallMs || Date.now() - started > maxMs) return { missing: perService(), ms: Date.now() - started, rounds };
    await sleep(1_000);
  }
}

/** How many messages the instance's dead-letter topic holds (0 when it was never created). */
export async function deadLettered(engines: Pick<Engines, 'brokers' | 'instance'>): Promise<number> {
  const admin = new Kafka({ brokers: engines.brokers, clientId: `${engines.instance}.chaos`, logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  try {
    const topic = deadLetterTopic(engines.instance);
    if (!(await admin.listTopics()).includes(topic)) return 0;
    return (await admin.fetchTopicOffsets(topic)).reduce((sum, p) => sum + Number(p.high) - Number(p.low), 0);
  } finally {
    await admin.disconnect();
  }
}

/**
 * What is not yet processed, as `npm run lag` counts it: per consumer group the end of each topic it
 * committed on minus its committed offset, and per relay the events in the store after its checkpoint.
 */
export async function lag(engines: Pick<Engines, 'brokers' | 'instance' | 'pgUrl'>): Promise<{ consumers: number; relays: number }> {
  const admin = new Kafka({ brokers: engines.brokers, clientId: `${engines.instance}.chaos`, logLevel: logLevel.NOTHING }).admin();
  let consumers = 0;
  await admin.connect();
  try {
    for (const context of BOUNDED_CONTEXTS) {
      for (const { topic, partitions } of await admin.fetchOffsets({ groupId: consumerGroupId(context, engines.instance) })) {
        const committedAt = new Map(partitions.map((p) => [p.partition, Number(p.offset)]));
        for (const { partition, high, low } of await admin.fetchTopicOffsets(topic)) {
          const offset = committedAt.get(partition) ?? -1;
          consumers += offset < 0 ? Number(high) - Number(low) : Number(high) - offset;
        }
      }
    }
  } finally {
    await admin.disconnect();
  }
  const pool = new Pool({ connectionString: engines.pgUrl, max: 1 });
  let relays = 0;
  try {
    const { rows } = await pool.query<{ relay_name: string; position: string }>(
      `SELECT relay_name, position FROM "${engines.instance}_messaging".relay_checkpoints`,
    );
    const checkpoints = new Map(rows.map((r) => [r.relay_name, r.position]));
    for (const context of BOUNDED_CONTEXTS) {
      // Only integration events are published (docs/adr/0032), so this counts internal facts too: a
      // relay has caught up when its checkpoint is at or past the last event of its streams.
      const { rows: last } = await pool.query<{ n: string }>(
        `SELECT count(*)::int AS n FROM "${engines.instance}_events".events WHERE global_position > $1 AND starts_with(stream_id, $2)`,
        [checkpoints.get(relayName(context, engines.instance)) ?? '0', streamPrefix(context)],
      );
      relays += Number(last[0].n);
    }
  } finally {
    await pool.end();
  }
  return { consumers, relays };
}

/** Every stream's hash chain, as `npm run verify-chain -- --all` checks it: the number of broken chains. */
export async function brokenChains(engines: Pick<Engines, 'instance' | 'pgUrl'>): Promise<{ streams: number; broken: string[] }> {
  const store = await createEventStoreFromEnv({ ATHAR_PG_URL: engines.pgUrl, ATHAR_PG_MIGRATION_URL: engines.pgUrl, ATHAR_INSTANCE: engines.instance });
  try {
    const ids = new Set<string>();
    for (let after = '0'; ;) {
      const page = await store.readAll({ after, maxCount: 1000 });
      if (page.length === 0) break;
      for (const event of page) ids.add(event.streamId);
      after = page[page.length - 1].globalPosition;
    }
    const broken: string[] = [];
    for (const id of ids) {
      const verdict = verifyStreamChain(await store.readStream(id));
      if (!verdict.valid) broken.push(`${id} at ${verdict.brokenAtRevision}: ${verdict.reason}`);
    }
    return { streams: ids.size, broken };
  } finally {
    await store.close();
  }
}

export interface Ledger {
  /** Acknowledged cases with no ApplicationSubmitted, missing from a read model, an inbox, Temporal or the SMS outbox. */
  lost: string[];
  /** Anything recorded, handled, started or sent more than once for one case. */
  duplicated: string[];
  /** What was counted: inbox rows, SMS and workflows found (so that a check that saw nothing shows). */
  counted: { events: number; inboxRows: number; sms: number; workflows: number };
}

/**
 * Counts, per acknowledged case, what each part of the platform holds of it: one ApplicationSubmitted,
 * one of each per-case fact (reads of the record excepted, docs/adr/0014), one inbox row per consumer
 * group that handles ApplicationSubmitted, one acknowledgement SMS, and a review-timeline workflow for
 * each case whose review opened (its id is the case's: Temporal starts it at most once).
 */
export async function ledger(engines: Engines, caseIds: string[]): Promise<Ledger> {
  const lost: string[] = [];
  const duplicated: string[] = [];
  const counted = { events: 0, inboxRows: 0, sms: 0, workflows: 0 };
  const pool = new Pool({ connectionString: engines.pgUrl, max: 2 });
  const events = `"${engines.instance}_events".events`;
  try {
    const twice = await pool.query<{ type: string; case_id: string; n: number }>(
      `SELECT type, data->>'caseId' AS case_id, count(*)::int AS n FROM ${events}
        WHERE data ? 'caseId' AND type <> 'BeneficiaryRecordRead' AND data->>'caseId' = ANY($1) GROUP BY 1, 2 HAVING count(*) > 1`,
      [caseIds],
    );
    for (const r of twice.rows) duplicated.push(`event ${r.type} of ${r.case_id} ×${r.n}`);
    const submitted = await pool.query<{ case_id: string; event_id: string }>(
      `SELECT data->>'caseId' AS case_id, event_id::text AS event_id FROM ${events} WHERE type = 'ApplicationSubmitted' AND data->>'caseId' = ANY($1)`,
      [caseIds],
    );
    const eventOf = new Map(submitted.rows.map((r) => [r.case_id, r.event_id]));
    for (const caseId of caseIds) if (!eventOf.has(caseId)) lost.push(`event ApplicationSubmitted of ${caseId}`);
    const eventIds = [...eventOf.values()];
    counted.events = eventIds.length;

    // Each consumer group that handles ApplicationSubmitted has one inbox row for every one of them.
    const inbox = await pool.query<{ consumer_group: string; n: number; distinct_n: number }>(
      `SELECT consumer_group, count(*)::int AS n, count(DISTINCT event_id)::int AS distinct_n FROM "${engines.instance}_messaging".inbox
        WHERE event_id = ANY($1) GROUP BY 1`,
      [eventIds],
    );
    for (const r of inbox.rows) {
      counted.inboxRows += r.n;
      if (r.distinct_n < eventIds.length) lost.push(`inbox of ${r.consumer_group}: ${eventIds.length - r.distinct_n} ApplicationSubmitted not handled`);
      if (r.n > r.distinct_n) duplicated.push(`inbox of ${r.consumer_group}: ${r.n - r.distinct_n} handled twice`);
    }

    // One acknowledgement SMS per submission (its key is the event's, so a redelivery sends nothing).
    const sms = await pool.query<{ idempotency_key: string; n: number }>(
      `SELECT idempotency_key, count(*)::int AS n FROM "${engines.instance}_notifications".outbox WHERE idempotency_key = ANY($1) GROUP BY 1`,
      [eventIds.map((id) => `acknowledgement:${id}`)],
    );
    const sent = new Map(sms.rows.map((r) => [r.idempotency_key, r.n]));
    for (const [caseId, eventId] of eventOf) {
      const n = sent.get(`acknowledgement:${eventId}`) ?? 0;
      counted.sms += n;
      if (n === 0) lost.push(`SMS acknowledgement of ${caseId}`);
      if (n > 1) duplicated.push(`SMS acknowledgement of ${caseId} ×${n}`);
    }

    // A review-timeline workflow for every case whose review opened.
    const opened = await pool.query<{ tenant_id: string; case_id: string }>(
      `SELECT DISTINCT tenant_id, data->>'caseId' AS case_id FROM ${events} WHERE type = 'ReviewOpened' AND data->>'caseId' = ANY($1)`,
      [caseIds],
    );
    const connection = await Connection.connect({ address: engines.temporalAddress });
    try {
      const client = new WorkflowClient({ connection });
      await inBatches(opened.rows, 8, async ({ tenant_id, case_id }) => {
        try {
          await client.getHandle(reviewTimelineWorkflowId(tenant_id, case_id)).describe();
          counted.workflows += 1;
        } catch (error) {
          if (error instanceof WorkflowNotFoundError) lost.push(`workflow review-timeline of ${case_id}`);
          else throw error;
        }
      });
    } finally {
      await connection.close();
    }
  } finally {
    await pool.end();
  }
  return { lost, duplicated, counted };
}
