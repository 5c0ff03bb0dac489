import {
  BACKWARDS,
  END,
  EventStoreDBClient,
  FORWARDS,
  jsonEvent,
  NO_STREAM,
  START,
  StreamNotFoundError as EsdbStreamNotFound,
  streamNameFilter,
  WrongExpectedVersionError,
  excludeSystemEvents,
  type AllStreamRecordedEvent,
  type AppendExpectedRevision,
  type JSONRecordedEvent,
  type Position,
  type ReadPosition,
} from '@eventstore/db-client';
import { GENESIS_HASH, type NewEvent, type RecordedEvent } from '@athar/contracts';
import {
  StreamNotFoundError,
  WrongExpectedRevisionError,
  type AppendResult,
  type EventStore,
  type ExpectedRevision,
  type ReadAllOptions,
  type ReadStreamOptions,
  type SubscribeOptions,
  type Subscription,
} from '../event-store.port';
import { computeEventHash } from '../hash-chain';
import { StreamCheckpointLog, type CheckpointLog } from '../audit/checkpoint-log';
import { comparePositions, decodePosition, encodePosition } from './esdb-position';

/** Envelope fields EventStoreDB does not hold natively, kept in the event's metadata. */
interface EnvelopeMetadata {
  tenantId: string;
  version: number;
  actor: RecordedEvent['actor'];
  correlationId: string;
  causationId: string | null;
  occurredAt: string;
  recordedAt: string;
  previousHash: string;
  hash: string;
  /** The same names EventStoreDB's own projections read. */
  $correlationId: string;
  $causationId: string | null;
}

type AnyRecorded = JSONRecordedEvent | AllStreamRecordedEvent;

function toRecorded(event: AnyRecorded): RecordedEvent {
  const meta = event.metadata as unknown as EnvelopeMetadata;
  return {
    eventId: event.id,
    type: event.type,
    version: meta.version,
    tenantId: meta.tenantId,
    occurredAt: meta.occurredAt,
    actor: meta.actor,
    correlationId: meta.correlationId,
    causationId: meta.causationId,
    data: event.data,
    streamId: event.streamId,
    revision: Number(event.revision),
    // Commit and prepare together (esdb-position.ts): the events of one append share the commit position.
    globalPosition: event.position ? encodePosition(event.position) : '0',
    recordedAt: meta.recordedAt,
    previousHash: meta.previousHash,
    hash: meta.hash,
  };
}

function startAfter(after: string | undefined): ReadPosition {
  return decodePosition(after ?? '0') ?? START;
}

/** EventStoreDB's own records ($-prefixed types: stream metadata, links, projections' state). */
function isSystemEvent(event: AllStreamRecordedEvent): boolean {
  return event.type.startsWith('$') || event.streamId.startsWith('$');
}

/** Events of $all asked for per round trip while a filtered read scans forward. */
const SCAN_CHUNK = 512;

/**
 * The production event store: EventStoreDB / KurrentDB through @eventstore/db-client.
 * Not runnable on the development machine (no EventStoreDB there); exercised by the same contract
 * suite as the PostgreSQL adapter whenever EVENTSTORE_CONNECTION_STRING is set (`*.esdb.spec.ts`).
 */
export class EventStoreDbEventStore implements EventStore {
  constructor(private readonly client: EventStoreDBClient) {}

  static fromConnectionString(connectionString: string): EventStoreDbEventStore {
    return new EventStoreDbEventStore(EventStoreDBClient.connectionString(connectionString));
  }

  async appendToStream(streamId: string, events: NewEvent[], expectedRevision: ExpectedRevision): Promise<AppendResult> {
    if (events.length === 0) throw new Error('appendToStream needs at least one event');
    // The chain needs the last hash; the expected-revision check below makes this read race-safe.
    const last = await this.lastEvent(streamId);
    const actual: number | 'no_stream' = last ? last.revision : 'no_stream';
    if (expectedRevision !== 'any' && expectedRevision !== actual) {
      const retry = last && (await this.alreadyAppended(streamId, events));
      if (retry) return retry;
      throw new WrongExpectedRevisionError(streamId, expectedRevision, actual);
    }
    let previousHash = last?.hash ?? GENESIS_HASH;
    let revision = actual === 'no_stream' ? -1 : actual;
    const recordedAt = new Date().toISOString();
    const data = events.map((event) => {
      revision += 1;
      const hash = computeEventHash(previousHash, { ...event, streamId, revision, recordedAt, previousHash });
      const metadata: EnvelopeMetadata = {
        tenantId: event.tenantId,
        version: event.version,
        actor: event.actor,
        correlationId: event.correlationId,
        causationId: event.causationId,
        occurredAt: event.occurredAt,
        recordedAt,
        previousHash,
        hash,
        $correlationId: event.correlationId,
        $causationId: event.causationId,
      };
      previousHash = hash;
      return jsonEvent({ id: event.eventId, type: event.type, data: event.data as never, metadata: metadata as never });
    });
    // Always pin the revision we read, even for 'any': the chain is only valid on top of that event.
    const pinned: AppendExpectedRevision = actual === 'no_stream' ? NO_STREAM : BigInt(actual);
    try {
      const result = await this.client.appendToStream(streamId, data, { expectedRevision: pinned });
      return { nextExpectedRevision: Number(result.nextExpectedRevision), lastGlobalPosition: result.position ? encodePosition(result.position) : '0' };
    } catch (error) {
      if (error instanceof WrongExpectedVersionError) {
        if (expectedRevision === 'any') return this.appendToStream(streamId, events, 'any');
        throw new WrongExpectedRevisionError(streamId, expectedRevision, actual);
      }
      throw error;
    }
  }

  /** An idempotent retry: the same event ids already at the stream's end. */
  private async alreadyAppended(streamId: string, events: NewEvent[]): Promise<AppendResult | null> {
    const tail = await this.readStream(streamId, { direction: 'backwards', maxCount: events.length });
    const ids = new Set(tail.map((e) => e.eventId));
    if (!events.every((e) => ids.has(e.eventId))) return null;
    return { nextExpectedRevision: tail[0].revision, lastGlobalPosition: tail[0].globalPosition };
  }

  private async lastEvent(streamId: string): Promise<RecordedEvent | null> {
    try {
      const [last] = await this.readStream(streamId, { direction: 'backwards', maxCount: 1 });
      return last ?? null;
    } catch (error) {
      if (error instanceof StreamNotFoundError) return null;
      throw error;
    }
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const backwards = options.direction === 'backwards';
    const events: RecordedEvent[] = [];
    try {
      const read = this.client.readStream(streamId, {
        direction: backwards ? BACKWARDS : FORWARDS,
        fromRevision: options.fromRevision !== undefined ? BigInt(options.fromRevision) : backwards ? END : START,
        maxCount: options.maxCount ?? Number.MAX_SAFE_INTEGER,
      });
      for await (const resolved of read) {
        if (resolved.event) events.push(toRecorded(resolved.event as JSONRecordedEvent));
      }
    } catch (error) {
      if (error instanceof EsdbStreamNotFound) throw new StreamNotFoundError(streamId);
      throw error;
    }
    return events;
  }

  /** Each stream read in turn (EventStoreDB has no multi-stream read), merged in global order. */
  async readStreams(streamIds: readonly string[]): Promise<RecordedEvent[]> {
    const events: RecordedEvent[] = [];
    for (const streamId of streamIds) {
      try {
        events.push(...(await this.readStream(streamId)));
      } catch (error) {
        if (!(error instanceof StreamNotFoundError)) throw error;
      }
    }
    return events.sort((a, b) => (BigInt(a.globalPosition) < BigInt(b.globalPosition) ? -1 : BigInt(a.globalPosition) > BigInt(b.globalPosition) ? 1 : 0));
  }

  /**
   * A page of the events after `after` that match the filter, scanning $all forward past any run of
   * events that do not match until the page is full or $all ends: an empty page means "nothing
   * matching after this position", as the port promises. @eventstore/db-client 6.x cannot filter a
   * read of $all on the server (only subscriptions can: see subscribeToAll), so the scan is done in
   * chunks here; @kurrent/kurrentdb-client's readAll takes a server-side filter (docs/adr/0018).
   */
  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const max = options.maxCount ?? 1000;
    const prefixes = options.streamPrefixes?.length ? options.streamPrefixes : null;
    const chunk = Math.max(max + 1, SCAN_CHUNK);
    const events: RecordedEvent[] = [];
    let after: Position | null = decodePosition(options.after ?? '0');
    while (events.length < max) {
      let read = 0;
      let last: Position | null = null;
      // A read of $all starts AT fromPosition (a subscription starts after it): skip that event.
      for await (const resolved of this.client.readAll({ fromPosition: after ?? START, direction: FORWARDS, maxCount: chunk })) {
        read += 1;
        const event = resolved.event;
        if (!event) continue;
        last = event.position;
        if (after && comparePositions(event.position, after) <= 0) continue;
        if (isSystemEvent(event)) continue;
        if (prefixes && !prefixes.some((prefix) => event.streamId.startsWith(prefix))) continue;
        events.push(toRecorded(event));
        if (events.length >= max) break;
      }
      if (read < chunk || last === null) break; // the end of $all
      after = last;
    }
    return events;
  }

  subscribeToAll(options: SubscribeOptions): Subscription {
    const subscription = this.client.subscribeToAll({
      // Exclusive: the subscription delivers the events after this full (commit, prepare) position.
      fromPosition: startAfter(options.after),
      // Filtered on the server: stream prefixes, else every non-system event.
      filter: options.streamPrefixes?.length ? streamNameFilter({ prefixes: options.streamPrefixes }) : excludeSystemEvents(),
    });
    const done = (async () => {
      try {
        for await (const resolved of subscription) {
          if (resolved.event) await options.onEvent(toRecorded(resolved.event));
        }
      } catch (error) {
        options.onError?.(error);
      }
    })();
    return {
      stop: async () => {
        await subscription.unsubscribe();
        await done;
      },
    };
  }

  /** Checkpoints as events of `audit.checkpoints.<storeId>` (docs/adr/0043); that stream is no leaf of the tree. */
  checkpointLog(storeId = 'esdb'): CheckpointLog {
    return new StreamCheckpointLog(this, storeId);
  }

  async close(): Promise<void> {
    await this.client.dispose();
  }
}
