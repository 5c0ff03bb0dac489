import { randomUUID } from 'node:crypto';
import { Kafka, logLevel, type Admin, type Consumer, type IHeaders, type Producer } from 'kafkajs';
import { DEAD_LETTER_HEADERS, EVENT_HEADERS } from '@athar/contracts';

/** A dead-lettered message as operations see it: where it came from and why it failed; never its payload (it may hold personal data). */
export interface DeadLetter {
  /** `<partition>-<offset>` in the dead-letter topic: stable, and what redrive and discard name. */
  id: string;
  originalTopic: string | null;
  originalPartition: number | null;
  originalOffset: string | null;
  key: string | null;
  tenantId: string | null;
  eventId: string | null;
  eventType: string | null;
  consumerGroup: string | null;
  error: string | null;
  attempts: number | null;
  /** When this message (same event id and consumer group) first failed, over every time it was dead-lettered. */
  firstFailedAt: string;
  /** When it last failed: later than firstFailedAt when a redriven message failed again. */
  lastFailedAt: string;
}

interface Held {
  letter: Omit<DeadLetter, 'firstFailedAt' | 'lastFailedAt'> & { failedAt: string };
  key: Buffer | null;
  value: Buffer | null;
  headers: Record<string, string>;
}

export const DEAD_LETTER_ID = /^(0|[1-9]\d{0,4})-(0|[1-9]\d{0,18})$/;

/** A Kafka message's headers as text (a repeated header's values joined with ", "). */
export function headerText(headers: IHeaders | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (value === undefined) continue;
    out[name] = (Array.isArray(value) ? value : [value]).map((v) => v.toString()).join(', ');
  }
  return out;
}

const number = (text: string | undefined): number | null => (text !== undefined && /^\d+$/.test(text) ? Number(text) : null);

export interface DeadLetterDeskOptions {
  brokers: string[];
  clientId: string;
  /** `<instance>.dead-letter` (contracts' deadLetterTopic). */
  topic: string;
  /** The desk's own consumer group prefix; a random suffix makes each desk read the whole topic. */
  groupPrefix: string;
}

/**
 * Reads the dead-letter topic from its beginning and keeps every letter in memory (the topic is meant
 * to stay small: only poison lands there, docs/adr/0017), so operations can list them and redrive one
 * to its original topic as it was: same key, same bytes, the original headers. A redriven event keeps
 * its event id, so a consumer group that had already handled it skips it (its inbox), and one that had
 * failed on it handles it once. Its group commits nothing and is deleted when the desk stops.
 */
export class DeadLetterDesk {
  private readonly kafka: Kafka;
  private readonly held = new Map<string, Held>();
  /** Next offset read, per partition. */
  private readonly reached = new Map<number, bigint>();
  private consumer?: Consumer;
  private producer?: Producer;
  private admin?: Admin;
  private readonly groupId: string;

  constructor(private readonly options: DeadLetterDeskOptions) {
    this.kafka = new Kafka({ brokers: options.brokers, clientId: options.clientId, logLevel: logLevel.NOTHING });
    this.groupId = `${options.groupPrefix}.${randomUUID()}`;
  }

  async start(): Promise<void> {
    this.admin = this.kafka.admin();
    await this.admin.connect();
    await this.admin.createTopics({ topics: [{ topic: this.options.topic, numPartitions: 3 }], waitForLeaders: true }).catch(() => undefined);
    this.producer = this.kafka.producer({ allowAutoTopicCreation: false, idempotent: true, maxInFlightRequests: 1 });
    await this.producer.connect();
    this.consumer = this.kafka.consumer({
      groupId: this.groupId,
      sessionTimeout: 10_000,
      rebalanceTimeout: 10_000,
      heartbeatInterval: 1_000,
      maxWaitTimeInMs: 250,
    });
    await this.consumer.connect();
    await this.consumer.subscribe({ topic: this.options.topic, fromBeginning: true });
    await this.consumer.run({
      autoCommit: false,
      eachMessage: async ({ partition, message }) => {
        const headers = headerText(message.headers);
        const id = `${partition}-${message.offset}`;
        this.held.set(id, {
          key: message.key,
          value: message.value,
          headers,
          letter: {
            id,
            originalTopic: headers[DEAD_LETTER_HEADERS.originalTopic] ?? null,
            originalPartition: number(headers[DEAD_LETTER_HEADERS.originalPartition]),
            originalOffset: headers[DEAD_LETTER_HEADERS.originalOffset] ?? null,
            key: message.key?.toString() ?? null,
            tenantId: headers[EVENT_HEADERS.tenantId] ?? null,
            eventId: headers[EVENT_HEADERS.eventId] ?? null,
            eventType: headers[EVENT_HEADERS.eventType] ?? null,
            consumerGroup: headers[DEAD_LETTER_HEADERS.consumerGroup] ?? null,
            error: headers[DEAD_LETTER_HEADERS.error] ?? null,
            attempts: number(headers[DEAD_LETTER_HEADERS.attempts]),
            failedAt: headers[DEAD_LETTER_HEADERS.failedAt] ?? new Date(Number(message.timestamp)).toISOString(),
          },
        });
        this.reached.set(partition, BigInt(message.offset) + 1n);
      },
    });
  }

  /** Waits until the desk has read the topic up to where it ends now (at most `timeoutMs`): a list then shows every letter written before it was asked for. */
  async catchUp(timeoutMs = 10_000): Promise<void> {
    if (!this.admin) throw new Error('dead-letter desk not started');
    const ends = (await this.admin.fetchTopicOffsets(this.options.topic)).filter((p) => BigInt(p.high) > BigInt(p.low));
    const deadline = Date.now() + timeoutMs;
    while (ends.some((p) => (this.reached.get(p.partition) ?? 0n) < BigInt(p.high))) {
      if (Date.now() > deadline) throw new Error(`the dead-letter topic ${this.options.topic} was not read to its end within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /** Every letter held, oldest first, with first and last failure over the letters of the same event and group. */
  letters(): DeadLetter[] {
    const all = [...this.held.values()].map((h) => h.letter);
    const span = new Map<string, { first: string; last: string }>();
    for (const l of all) {
      const k = `${l.consumerGroup}|${l.eventId ?? l.id}`;
      const s = span.get(k);
      span.set(
        k,
        s ? { first: l.failedAt < s.first ? l.failedAt : s.first, last: l.failedAt > s.last ? l.failedAt : s.last } : { first: l.failedAt, last: l.failedAt },
      );
    }
    return all
      .map(({ failedAt, ...l }) => {
        const s = span.get(`${l.consumerGroup}|${l.eventId ?? l.id}`)!;
        return { ...l, firstFailedAt: s.first, lastFailedAt: s.last, failedAt };
      })
      .sort((a, b) => a.failedAt.localeCompare(b.failedAt) || a.id.localeCompare(b.id))
      .map(({ failedAt: _failedAt, ...l }) => l);
  }

  letter(id: string): DeadLetter | undefined {
    return this.letters().find((l) => l.id === id);
  }

  /** Publishes the letter to its original topic as it was first published (the dead-letter headers dropped). */
  async redrive(id: string): Promise<{ topic: string; partition: number; offset: string }> {
    const held = this.held.get(id);
    if (!held || !this.producer) throw new Error(`no dead letter ${id}`);
    const topic = held.letter.originalTopic;
    if (!topic) throw new Error(`dead letter ${id} names no original topic`);
    const dlq = new Set<string>(Object.values(DEAD_LETTER_HEADERS));
    const headers = Object.fromEntries(Object.entries(held.headers).filter(([name]) => !dlq.has(name)));
    const [sent] = await this.producer.send({ topic, acks: -1, messages: [{ key: held.key, value: held.value, headers }] });
    return { topic, partition: sent.partition, offset: sent.baseOffset ?? '' };
  }

  async stop(): Promise<void> {
    await this.consumer?.disconnect().catch(() => undefined);
    await this.producer?.disconnect().catch(() => undefined);
    await this.admin?.deleteGroups([this.groupId]).catch(() => undefined);
    await this.admin?.disconnect().catch(() => undefined);
  }
}
