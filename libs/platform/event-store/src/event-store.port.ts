import type { NewEvent, RecordedEvent } from '@athar/contracts';

/**
 * Expected state of a stream for optimistic concurrency:
 * - 'no_stream': the stream must not exist yet;
 * - 'any': no check (used only by idempotent system writers);
 * - a number: the revision of the stream's last event.
 */
export type ExpectedRevision = 'no_stream' | 'any' | number;

export interface AppendResult {
  /** Revision of the last event written (or already present, for an idempotent retry). */
  nextExpectedRevision: number;
  /** Global position of the last event written (see RecordedEvent.globalPosition and ReadAllOptions.after). */
  lastGlobalPosition: string;
}

export interface ReadStreamOptions {
  direction?: 'forwards' | 'backwards';
  /** Inclusive start revision; defaults to the first (forwards) or the last (backwards) event. */
  fromRevision?: number;
  maxCount?: number;
}

/**
 * Global positions are strings holding a non-negative decimal integer, unique per event and increasing
 * in the store's global order (compare them as BigInt, never as Number): PostgreSQL's `global_position`;
 * EventStoreDB's (commit, prepare) pair packed as `commit × 2^64 + prepare`, since the events of one
 * append share a commit position (eventstoredb/esdb-position.ts, docs/adr/0018). A position is only
 * meaningful to the store that issued it.
 */
export interface ReadAllOptions {
  /** Exclusive: events strictly after this global position. '0' or undefined = from the start. */
  after?: string;
  maxCount?: number;
  /** Only streams whose id starts with one of these prefixes (a service follows its own streams). */
  streamPrefixes?: string[];
}

export interface SubscribeOptions extends Omit<ReadAllOptions, 'maxCount'> {
  /** Called for each event in global order; the subscription awaits it before the next one. */
  onEvent: (event: RecordedEvent) => Promise<void>;
  onError?: (error: unknown) => void;
  batchSize?: number;
}

export interface Subscription {
  /** Stops following; resolves once the in-flight handler (if any) has finished. */
  stop(): Promise<void>;
}

export interface EventStore {
  /**
   * Appends events atomically. Throws WrongExpectedRevisionError when the stream's state differs from
   * `expectedRevision`. Events whose eventId is already stored in this stream are not written again
   * (an idempotent retry); if all of them are already stored, the call succeeds without writing.
   */
  appendToStream(streamId: string, events: NewEvent[], expectedRevision: ExpectedRevision): Promise<AppendResult>;
  /** Throws StreamNotFoundError when the stream has no event. */
  readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;
  /**
   * Every event of these streams, in global order (one case's streams across the services, for the
   * audit replay). A stream that does not exist contributes nothing; it is not an error.
   */
  readStreams(streamIds: readonly string[]): Promise<RecordedEvent[]>;
  /**
   * Up to `maxCount` (default 1000) events after `after` that match `streamPrefixes`, in global order.
   * The store filters as it reads, scanning past events that do not match: a page shorter than
   * `maxCount`, in particular an empty page, means no matching event after `after` existed when it
   * was read. A caller pages with `after` = the last event's globalPosition until a page is empty.
   */
  readAll(options?: ReadAllOptions): Promise<RecordedEvent[]>;
  /** Follows the global log from `after`, delivering past events, then new ones as they are appended. */
  subscribeToAll(options: SubscribeOptions): Subscription;
  close(): Promise<void>;
}

export class WrongExpectedRevisionError extends Error {
  constructor(
    readonly streamId: string,
    readonly expected: ExpectedRevision,
    readonly actual: number | 'no_stream',
  ) {
    super(`Stream ${streamId}: expected revision ${String(expected)}, actual ${String(actual)}`);
    this.name = 'WrongExpectedRevisionError';
  }
}

export class StreamNotFoundError extends Error {
  constructor(readonly streamId: string) {
    super(`Stream ${streamId} not found`);
    this.name = 'StreamNotFoundError';
  }
}
