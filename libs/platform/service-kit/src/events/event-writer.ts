import { randomUUID, createHash } from 'node:crypto';
import { Inject, Injectable, Optional } from '@nestjs/common';
import {
  eventUpcasting,
  type Actor,
  type Channel,
  type EventType,
  type NewEvent,
  type PendingEvent,
  type RecordedEvent,
  type RecordedEventOf,
} from '@athar/contracts';
import { StreamNotFoundError, type AppendResult, type EventStore, type ExpectedRevision, type ReadStreamOptions } from '@athar/event-store';
import type { Principal } from '@athar/identity';
import { PersonalDataProtector } from '@athar/personal-data';
import { requestContext } from '../request-context';
import { SERVICE_NAME } from '../service-kit.module';
import { EVENT_STORE } from './event-store.token';

/**
 * Who caused a new fact: a person through a channel (HTTP), this service reacting to an earlier event,
 * or a timer or schedule firing (a Temporal workflow's run: `run` names it, so a retried activity
 * derives the same event ids and writes nothing twice).
 */
export type Cause =
  | {
      kind: 'request';
      principal: Principal;
      channel: Channel;
      /**
       * The request's retry key (requestContext's `retryKey`, from its Idempotency-Key): event ids are
       * then derived from it, so a retried request re-appends the very events it already wrote (a
       * no-op) instead of new ones. Only for handlers that append to each stream once per request.
       */
      retryKey?: string;
    }
  | { kind: 'event'; event: RecordedEvent }
  | { kind: 'timer'; workflow: string; run: string };

/** An event to append: its type names its data in the event map (@athar/contracts' EventDataMap). */
export type { PendingEvent } from '@athar/contracts';

/**
 * Deterministic event id for a fact caused by another event: a redelivered cause yields the same id,
 * and the store's idempotent append turns the retry into a no-op (nothing applied twice).
 */
export function derivedEventId(causeEventId: string, purpose: string): string {
  const hex = createHash('sha256').update(`${causeEventId}|${purpose}`).digest('hex');
  // Shape it as a UUID (version nibble 5, RFC 4122 variant) so every store accepts it as an event id.
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * A record id (a case id) derived like `derivedEventId` but laid out as a version-4 UUID: record ids
 * are version-4 everywhere (routes refuse other versions), and a derived one must pass the same checks
 * as a random one.
 */
export function derivedRecordId(retryKey: string, purpose: string): string {
  const id = derivedEventId(retryKey, purpose);
  return `${id.slice(0, 14)}4${id.slice(15)}`;
}

/** Wraps payloads in the envelope (tenant, actor, correlation, causation) and appends them. */
@Injectable()
export class EventWriter {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(SERVICE_NAME) private readonly serviceName: string,
    /** Encrypts personal fields before they are stored and decrypts them on load (docs/adr/0013). */
    @Optional() private readonly personalData?: PersonalDataProtector,
  ) {}

  async append<K extends EventType>(
    streamId: string,
    tenantId: string,
    cause: Cause,
    events: PendingEvent<K>[],
    expectedRevision: ExpectedRevision,
    now: Date = new Date(),
  ): Promise<AppendResult> {
    const actor: Actor =
      cause.kind === 'request'
        ? { id: cause.principal.userId, role: cause.principal.roles[0], channel: cause.channel }
        : cause.kind === 'timer'
          ? { id: `workflow:${cause.workflow}`, role: 'service', channel: 'system' }
          : { id: `service:${this.serviceName}`, role: 'service', channel: 'system' };
    const correlationId = cause.kind === 'event' ? cause.event.correlationId : (requestContext.current()?.correlationId ?? randomUUID());
    const eventId = (type: string, index: number): string =>
      cause.kind === 'event'
        ? derivedEventId(cause.event.eventId, `${this.serviceName}:${type}:${index}`)
        : cause.kind === 'timer'
          ? derivedEventId(cause.run, `${this.serviceName}:${streamId}:${type}:${index}`)
          : cause.retryKey
            ? derivedEventId(cause.retryKey, `${this.serviceName}:${streamId}:${type}:${index}`)
            : randomUUID();
    const envelopes: NewEvent[] = [];
    for (const [index, event] of events.entries()) {
      envelopes.push({
        eventId: eventId(event.type, index),
        type: event.type,
        version: event.version,
        tenantId,
        occurredAt: now.toISOString(),
        actor,
        correlationId,
        causationId: cause.kind === 'event' ? cause.event.eventId : null,
        data: this.personalData ? await this.personalData.seal(tenantId, event.type, event.data) : event.data,
      });
    }
    return this.store.appendToStream(streamId, envelopes, expectedRevision);
  }

  /** Up to `maxCount` of a stream's events from `fromRevision` (default its last) backwards, opened and upcast; none when it does not exist. */
  readBackwards<K extends EventType = EventType>(streamId: string, fromRevision: number | undefined, maxCount: number): Promise<RecordedEventOf<K>[]> {
    return this.opened<K>(streamId, { direction: 'backwards', fromRevision, maxCount });
  }

  /** Stored events opened (personal fields) and brought to their schemas' latest versions; none for a stream that does not exist. */
  private async opened<K extends EventType>(streamId: string, options?: ReadStreamOptions): Promise<RecordedEventOf<K>[]> {
    try {
      const stored = await this.store.readStream(streamId, options);
      return (this.personalData ? await this.personalData.open(stored) : stored).map((event) => eventUpcasting.upcastKnown(event) as RecordedEventOf<K>);
    } catch (error) {
      if (error instanceof StreamNotFoundError) return [];
      throw error;
    }
  }

  /**
   * A stream's events, each at its schema's latest version (the registry's upcasters: a released
   * version is never edited, its readers are brought forward), and the revision to expect when
   * appending after them. `K` names the types the stream holds (emmett's `aggregateStream<State,
   * StreamEvent>`): the stream's owner writes only those, which the store cannot check on read.
   */
  async load<K extends EventType = EventType>(
    streamId: string,
    options: { lastOnly?: boolean } = {},
  ): Promise<{ history: RecordedEventOf<K>[]; revision: number | 'no_stream' }> {
    // `lastOnly`: the stream's last event alone (one row however long the stream), for a state that
    // its last event carries whole (the case-number counter, docs/adr/0055).
    const history = await this.opened<K>(streamId, options.lastOnly ? { direction: 'backwards', maxCount: 1 } : undefined);
    // A read racing the append that creates the stream can find it registered with no event yet: no stream.
    if (history.length === 0) return { history: [], revision: 'no_stream' };
    return { history, revision: history[history.length - 1].revision };
  }
}
