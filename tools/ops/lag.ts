// How far behind each service is (docs/runbook.md):
//   npm run lag -- [--instance athar] [--group <consumer group> …]
// Relays: events in the store after each relay's checkpoint (not yet on Kafka). Consumers: per
// consumer group and partition, the end of the topic minus the group's committed offset.
// ATHAR_PG_URL, EVENTSTORE_CONNECTION_STRING and KAFKA_BROKERS as for the services.
import { parseArgs } from 'node:util';
import { Kafka, logLevel } from 'kafkajs';
import { Pool } from 'pg';
import { BOUNDED_CONTEXTS, streamPrefix } from '@athar/contracts';
import { createEventStoreFromEnv, DEFAULT_PG_URL } from '@athar/event-store';
import { consumerGroupId, kafkaConfigFromEnv, relayName } from '@athar/messaging';
import { resolveInstance, runCommand } from './ops-options';

const USAGE = 'npm run lag -- [--instance <name>] [--group <consumer group> …]';
/** Counting unrelayed events stops here: beyond it the answer is "at least". */
const COUNT_CAP = 100_000;

async function relayLag(instance: string): Promise<void> {
  const pool = new Pool({ connectionString: process.env.ATHAR_PG_URL ?? DEFAULT_PG_URL, max: 2 });
  try {
    const schema = `${instance}_messaging`;
    const { rows: exists } = await pool.query<{ present: boolean }>('SELECT to_regclass($1) IS NOT NULL AS present', [`"${schema}".relay_checkpoints`]);
    if (!exists[0].present) {
      console.log(`relays: no checkpoints (schema ${schema} does not exist: instance ${instance} never ran)`);
      return;
    }
    const { rows } = await pool.query<{ relay_name: string; position: string; updated_at: Date }>(
      `SELECT relay_name, position, updated_at FROM "${schema}".relay_checkpoints`,
    );
    const checkpoints = new Map(rows.map((r) => [r.relay_name, r]));
    const env = { ...process.env, ATHAR_INSTANCE: instance };
    const { countAfter, close } = await unrelayedCounter(pool, instance, env);
    console.log('relay                          checkpoint  unrelayed  checkpoint saved at');
    for (const context of BOUNDED_CONTEXTS) {
      const name = relayName(context, instance);
      const checkpoint = checkpoints.get(name);
      const position = checkpoint?.position ?? '0';
      const behind = await countAfter(context, position);
      console.log(`${name.padEnd(30)} ${position.padStart(10)}  ${behind.padStart(9)}  ${checkpoint ? checkpoint.updated_at.toISOString() : '(never)'}`);
    }
    await close();
  } finally {
    await pool.end();
  }
}

/** Events of a context's streams after a position: SQL on PostgreSQL, the store's readAll on EventStoreDB. */
interface UnrelayedCounter {
  countAfter: (context: (typeof BOUNDED_CONTEXTS)[number], after: string) => Promise<string>;
  close: () => Promise<void>;
}

async function unrelayedCounter(pool: Pool, instance: string, env: NodeJS.ProcessEnv): Promise<UnrelayedCounter> {
  if (!env.EVENTSTORE_CONNECTION_STRING) {
    const events = `"${env.ATHAR_EVENT_STORE_SCHEMA || `${instance}_events`}".events`;
    const countAfter: UnrelayedCounter['countAfter'] = async (context, after) => {
      const { rows } = await pool.query<{ n: string }>(
        `SELECT count(*) AS n FROM (SELECT 1 FROM ${events} WHERE global_position > $1 AND starts_with(stream_id, $2) LIMIT ${COUNT_CAP}) e`,
        [after, streamPrefix(context)],
      );
      return rows[0].n === String(COUNT_CAP) ? `≥${COUNT_CAP}` : rows[0].n;
    };
    return { countAfter, close: async () => undefined };
  }
  const store = await createEventStoreFromEnv(env);
  const countAfter: UnrelayedCounter['countAfter'] = async (context, after) => {
    let count = 0;
    let position = after;
    while (count < COUNT_CAP) {
      const page = await store.readAll({ after: position, maxCount: 1000, streamPrefixes: [streamPrefix(context)] });
      if (page.length === 0) return String(count);
      count += page.length;
      position = page[page.length - 1].globalPosition;
    }
    return `≥${COUNT_CAP}`;
  };
  return { countAfter, close: () => store.close() };
}

async function consumerLag(instance: string, groups: string[]): Promise<void> {
  const kafka = new Kafka({ brokers: kafkaConfigFromEnv().brokers, clientId: `${instance}.ops`, logLevel: logLevel.NOTHING });
  const admin = kafka.admin();
  await admin.connect();
  try {
    const described = new Map((await admin.describeGroups(groups)).groups.map((g) => [g.groupId, g]));
    console.log('consumer group                 topic                               partition  committed        end  lag');
    for (const groupId of groups) {
      const group = described.get(groupId);
      const state = group ? `${group.state}, ${group.members.length} member${group.members.length === 1 ? '' : 's'}` : 'unknown';
      const committed = await admin.fetchOffsets({ groupId });
      if (committed.length === 0) {
        console.log(`${groupId.padEnd(30)} (no committed offsets; ${state})`);
        continue;
      }
      let total = 0n;
      for (const { topic, partitions } of committed) {
        const committedAt = new Map(partitions.map((p) => [p.partition, p.offset]));
        // Every partition of the topic: one the group has committed nothing on (-1) is still all to read.
        for (const { partition, high, low } of (await admin.fetchTopicOffsets(topic)).sort((a, b) => a.partition - b.partition)) {
          const offset = committedAt.get(partition) ?? '-1';
          const end = BigInt(high);
          const lag = BigInt(offset) < 0n ? end - BigInt(low) : end - BigInt(offset);
          total += lag;
          console.log(`${groupId.padEnd(30)} ${topic.padEnd(35)} ${String(partition).padStart(9)}  ${offset.padStart(9)}  ${String(end).padStart(9)}  ${lag}`);
        }
      }
      console.log(`${groupId.padEnd(30)} total lag ${total} (${state})`);
    }
  } finally {
    await admin.disconnect();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { instance: { type: 'string' }, group: { type: 'string', multiple: true } } });
  const instance = resolveInstance(values.instance);
  const groups = values.group ?? BOUNDED_CONTEXTS.map((context) => consumerGroupId(context, instance));
  if (!values.group) await relayLag(instance);
  await consumerLag(instance, groups);
}

runCommand(USAGE, main);
