import { ConflictException, Inject, Injectable, type OnApplicationBootstrap, type BeforeApplicationShutdown } from '@nestjs/common';
import type { Pool } from 'pg';
import { deadLetterTopic } from '@athar/contracts';
import type { EventStore } from '@athar/event-store';
import type { Principal } from '@athar/identity';
import { consumerLag, DeadLetterDesk, inboxSizes, kafkaConfigFromEnv, relayLag, type DeadLetter } from '@athar/messaging';
import { EVENT_STORE, MetricsService, PG_POOL, atharInstance } from '@athar/service-kit';
import { Gauge } from 'prom-client';
import { badCursor, deadLetterNotFound } from './operations-scope';
import type { DeadLetterDto, DeadLetterOutcomeDto, DeadLetterPageDto, DeadLettersQuery, MessagingDto } from './operations.dto';
import { OperationsLedger } from './operations-ledger';

/** The figures the API answers with, and the open dead letters per consumer group for the gauge. */
interface Measurement {
  dto: MessagingDto;
  openByGroup: Map<string, number>;
}

/** How long a measurement of the messaging figures serves /metrics scrapes before it is taken again. */
const MEASUREMENT_TTL_MS = 15_000;

/** Dead letters and messaging lag for operations (docs/adr/0045), and the same figures as Prometheus gauges on /metrics. */
@Injectable()
export class MessagingOperations implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly instance = atharInstance();
  private readonly kafka = kafkaConfigFromEnv();
  private readonly desk = new DeadLetterDesk({
    brokers: this.kafka.brokers,
    clientId: `${this.kafka.clientId}.ops`,
    topic: deadLetterTopic(this.instance),
    groupPrefix: `${this.instance}.ops.dead-letters`,
  });
  private measured?: { at: number; value: Promise<Measurement> };

  constructor(
    private readonly ledger: OperationsLedger,
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    metrics: MetricsService,
  ) {
    const measure = (): Promise<Measurement> => this.measurement();
    const gauge = (name: string, help: string, labelNames: string[], set: (g: Gauge, m: Measurement) => void): void => {
      if (metrics.registry.getSingleMetric(name)) return;
      new Gauge({
        name,
        help,
        labelNames,
        registers: [metrics.registry],
        async collect() {
          this.reset();
          const m = await measure().catch(() => undefined);
          if (m) set(this, m);
        },
      });
    };
    gauge(
      'athar_ops_consumer_lag_messages',
      'Messages on a topic partition after the consumer group’s committed offset',
      ['group', 'topic', 'partition'],
      (g, m) => {
        for (const c of m.dto.consumers) for (const p of c.partitions) g.set({ group: c.group, topic: p.topic, partition: String(p.partition) }, p.lag);
      },
    );
    gauge('athar_ops_relay_lag_events', 'Events in the store after the relay’s checkpoint (not yet on Kafka)', ['relay'], (g, m) => {
      for (const r of m.dto.relays) g.set({ relay: r.relay }, r.events);
    });
    gauge('athar_ops_relay_lag_seconds', 'Seconds the oldest unrelayed event has waited', ['relay'], (g, m) => {
      for (const r of m.dto.relays) g.set({ relay: r.relay }, r.seconds);
    });
    gauge('athar_ops_inbox_events', 'Events a consumer group’s inbox remembers', ['group'], (g, m) => {
      for (const i of m.dto.inbox) g.set({ group: i.group }, i.events);
    });
    gauge('athar_ops_dead_letters_open', 'Dead letters neither redriven nor discarded, by the consumer group that set them aside', ['group'], (g, m) => {
      for (const [group, open] of m.openByGroup) g.set({ group }, open);
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.desk.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.desk.stop();
  }

  /** Consumer, relay and inbox figures, measured at most every 15 s (scrapes and calls share a measurement). */
  async messaging(): Promise<MessagingDto> {
    return (await this.measurement()).dto;
  }

  private measurement(): Promise<Measurement> {
    if (!this.measured || Date.now() - this.measured.at > MEASUREMENT_TTL_MS) {
      const value = this.measure();
      this.measured = { at: Date.now(), value };
      value.catch(() => (this.measured = undefined));
    }
    return this.measured.value;
  }

  private async measure(): Promise<Measurement> {
    const [consumers, relays, inbox, letters] = await Promise.all([
      consumerLag(this.kafka.brokers, `${this.kafka.clientId}.ops`, this.instance),
      relayLag(this.pool, this.store, this.instance),
      inboxSizes(this.pool, this.instance),
      this.stated(),
    ]);
    const open = letters.filter((l) => l.state === 'open');
    const openByGroup = new Map<string, number>();
    for (const l of open) openByGroup.set(l.consumerGroup ?? 'unknown', (openByGroup.get(l.consumerGroup ?? 'unknown') ?? 0) + 1);
    return { dto: { consumers, relays, inbox, deadLetters: open.length, measuredAt: new Date().toISOString() }, openByGroup };
  }

  private async stated(): Promise<DeadLetterDto[]> {
    await this.desk.catchUp();
    const states = await this.ledger.deadLetterStates();
    return this.desk.letters().map((l: DeadLetter) => ({ ...l, state: states.get(l.id) ?? 'open' }));
  }

  async list(scope: string | null, query: DeadLettersQuery): Promise<DeadLetterPageDto> {
    const state = query.state ?? 'open';
    const all = (await this.stated()).filter(
      (l) => l.state === state && (scope === null || l.tenantId === scope) && (!query.eventType || l.eventType === query.eventType),
    );
    let start = 0;
    if (query.cursor) {
      const after = Buffer.from(query.cursor, 'base64url').toString('utf8');
      const at = all.findIndex((l) => l.id === after);
      if (at < 0) throw badCursor();
      start = at + 1;
    }
    const limit = query.limit ?? 50;
    const items = all.slice(start, start + limit);
    const more = start + limit < all.length;
    return { items, nextCursor: more ? Buffer.from(items[items.length - 1].id).toString('base64url') : null };
  }

  /** Every id must be a letter the caller may see (404 names the others, nothing done) and still open (409, nothing done). */
  private async open(scope: string | null, ids: string[]): Promise<DeadLetterDto[]> {
    const letters = new Map((await this.stated()).filter((l) => scope === null || l.tenantId === scope).map((l) => [l.id, l]));
    const unique = [...new Set(ids)];
    const missing = unique.filter((id) => !letters.has(id));
    if (missing.length > 0) throw deadLetterNotFound(missing);
    const closed = unique.filter((id) => letters.get(id)!.state !== 'open');
    if (closed.length > 0)
      throw new ConflictException({
        code: 'dead-letter-already-handled',
        message: { ar: 'سبق التعامل مع الرسالة', en: 'Already redriven or discarded' },
        fields: [{ field: 'ids', reasons: [{ ar: `سبق التعامل معها: ${closed.join(', ')}`, en: `already handled: ${closed.join(', ')}` }] }],
      });
    return unique.map((id) => letters.get(id)!);
  }

  async redrive(principal: Principal, scope: string | null, ids: string[], reason: string): Promise<DeadLetterOutcomeDto[]> {
    const letters = await this.open(scope, ids);
    const nowhere = letters.filter((l) => !l.originalTopic).map((l) => l.id);
    if (nowhere.length > 0)
      throw new ConflictException({
        code: 'dead-letter-unroutable',
        message: { ar: 'لا يُعرف الموضوع الأصلي للرسالة', en: 'The dead letter names no original topic: discard it instead' },
        fields: [{ field: 'ids', reasons: [{ ar: `بلا موضوع أصلي: ${nowhere.join(', ')}`, en: `no original topic: ${nowhere.join(', ')}` }] }],
      });
    const out: DeadLetterOutcomeDto[] = [];
    for (const letter of letters) {
      const sent = await this.desk.redrive(letter.id);
      const position = await this.ledger.record(principal, letter.tenantId, 'dead-letter-redrive', letter.id, reason, {
        originalTopic: sent.topic,
        eventId: letter.eventId ?? '',
        eventType: letter.eventType ?? '',
        consumerGroup: letter.consumerGroup ?? '',
      });
      out.push({ id: letter.id, state: 'redriven', position, topic: sent.topic });
    }
    return out;
  }

  async discard(principal: Principal, scope: string | null, ids: string[], reason: string): Promise<DeadLetterOutcomeDto[]> {
    const letters = await this.open(scope, ids);
    const out: DeadLetterOutcomeDto[] = [];
    for (const letter of letters) {
      const position = await this.ledger.record(principal, letter.tenantId, 'dead-letter-discard', letter.id, reason, {
        originalTopic: letter.originalTopic ?? '',
        eventId: letter.eventId ?? '',
        eventType: letter.eventType ?? '',
        consumerGroup: letter.consumerGroup ?? '',
      });
      out.push({ id: letter.id, state: 'discarded', position });
    }
    return out;
  }
}
