import { Kafka, logLevel } from 'kafkajs';
import type { Pool } from 'pg';
import { BOUNDED_CONTEXTS, streamPrefix, type BoundedContext } from '@athar/contracts';
import { schemaIdentifier } from '../postgres/messaging-schema';
import { consumerGroupId, relayName } from '../naming';

export interface PartitionLag {
  topic: string;
  partition: number;
  /** The group's committed offset; null when it has committed none on this partition. */
  committed: string | null;
  /** The partition's high watermark (the offset of the next message). */
  end: string;
  lag: number;
}

export interface ConsumerLag {
  service: BoundedContext;
  group: string;
  state: string;
  members: number;
  lag: number;
  partitions: PartitionLag[];
}

export interface RelayLag {
  service: BoundedContext;
  relay: string;
  /** The relay's checkpoint (global position); '0' when it never saved one. */
  checkpoint: string;
  checkpointSavedAt: string | null;
  /** Events of the context's streams after the checkpoint (not yet on Kafka), counted up to `cap`. */
  events: number;
  /** True when counting stopped at the cap: at least `events`. */
  atLeast: boolean;
  /** Seconds since the oldest unrelayed event was recorded; 0 when none waits. */
  seconds: number;
}

export interface InboxSize {
  group: string;
  events: number;
}

/** The part of the event store the relay lag needs (the store port's readAll). */
export interface StoreReader {
  readAll(options: { after?: string; maxCount?: number; streamPrefixes?: string[] }): Promise<Array<{ globalPosition: string; recordedAt: string }>>;
}

/** Consumer lag per service and partition: each topic's high watermark minus the group's committed offset (kafkajs admin). */
export async function consumerLag(brokers: string[], clientId: string, instance: string): Promise<ConsumerLag[]> {
  const admin = new Kafka({ brokers, clientId, logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  try {
    const groups = BOUNDED_CONTEXTS.map((service) => ({ service, group: consumerGroupId(service, instance) }));
    const described = new Map((await admin.describeGroups(groups.map((g) => g.group))).groups.map((g) => [g.groupId, g]));
    const ends = new Map<string, Awaited<ReturnType<typeof admin.fetchTopicOffsets>>>();
    const out: ConsumerLag[] = [];
    for (const { service, group } of groups) {
      const d = described.get(group);
      const partitions: PartitionLag[] = [];
      for (const { topic, partitions: committed } of await admin.fetchOffsets({ groupId: group })) {
        if (!ends.has(topic)) ends.set(topic, await admin.fetchTopicOffsets(topic));
        const at = new Map(committed.map((p) => [p.partition, p.offset]));
        for (const { partition, high, low } of [...ends.get(topic)!].sort((a, b) => a.partition - b.partition)) {
          const offset = at.get(partition);
          const has = offset !== undefined && BigInt(offset) >= 0n;
          partitions.push({ topic, partition, committed: has ? offset : null, end: high, lag: Number(BigInt(high) - (has ? BigInt(offset) : BigInt(low))) });
        }
      }
      out.push({ service, group, state: d?.state ?? 'Unknown', members: d?.members.length ?? 0, lag: partitions.reduce((n, p) => n + p.lag, 0), partitions });
    }
    return out;
  } finally {
    await admin.disconnect();
  }
}

/** Relay lag per service: the store's events after the relay's checkpoint, and how long the oldest of them has waited. */
export async function relayLag(pool: Pool, store: StoreReader, instance: string, cap = 10_000, now = new Date()): Promise<RelayLag[]> {
  const schema = schemaIdentifier(`${instance}_messaging`);
  const { rows } = await pool.query<{ relay_name: string; position: string; updated_at: Date }>(
    `SELECT relay_name, position, updated_at FROM ${schema}.relay_checkpoints`,
  );
  const checkpoints = new Map(rows.map((r) => [r.relay_name, r]));
  const out: RelayLag[] = [];
  for (const service of BOUNDED_CONTEXTS) {
    const relay = relayName(service, instance);
    const saved = checkpoints.get(relay);
    const checkpoint = saved?.position ?? '0';
    let events = 0;
    let oldest: string | null = null;
    let after = checkpoint;
    while (events < cap) {
      const page = await store.readAll({ after, maxCount: Math.min(1_000, cap - events), streamPrefixes: [streamPrefix(service)] });
      if (page.length === 0) break;
      oldest ??= page[0].recordedAt;
      events += page.length;
      after = page[page.length - 1].globalPosition;
    }
    out.push({
      service,
      relay,
      checkpoint,
      checkpointSavedAt: saved ? saved.updated_at.toISOString() : null,
      events,
      atLeast: events >= cap,
      seconds: oldest ? Math.max(0, (now.getTime() - Date.parse(oldest)) / 1000) : 0,
    });
  }
  return out;
}

/** Events each consumer group's inbox remembers (the handled-once record). */
export async function inboxSizes(pool: Pool, instance: string): Promise<InboxSize[]> {
  const schema = schemaIdentifier(`${instance}_messaging`);
  const { rows } = await pool.query<{ consumer_group: string; n: string }>(
    `SELECT consumer_group, count(*) AS n FROM ${schema}.inbox GROUP BY consumer_group ORDER BY consumer_group`,
  );
  return rows.map((r) => ({ group: r.consumer_group, events: Number(r.n) }));
}
