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
  /** Global position of the last event written. */
  lastGlobalPosition: string;
}

export interface ReadStreamOptions {
  direction?: 'forwards' | 'backwards';
  /** Inclusive start revision; defaults to the first (forwards) or the last (backwards) event. */
  fromRevision?: number;
  maxCount?: number;
}

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
