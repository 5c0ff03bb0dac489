import { randomUUID } from 'node:crypto';
import type { RecordedEvent } from '@athar/contracts';
import { StreamNotFoundError, WrongExpectedRevisionError, type EventStore } from '../event-store.port';
import { CHECKPOINT_STREAM_PREFIX, type SignedCheckpoint } from './checkpoint';

/** Where a store keeps its own copy of its checkpoints (the outside copy is the CheckpointSink). */
export interface CheckpointLog {
  /** The log's name in checkpoints and in the outside folder. */
  readonly storeId: string;
  /** Runs `work` as the store's only checkpoint writer; null when another replica holds the turn. */
  asSoleWriter<T>(work: () => Promise<T>): Promise<T | null>;
  latest(): Promise<SignedCheckpoint | null>;
  /** Appends; a checkpoint of the same size already there (another replica's) is not an error. */
  append(checkpoint: SignedCheckpoint): Promise<void>;
  list(): Promise<SignedCheckpoint[]>;
}

/**
 * Checkpoints as events of a dedicated stream `audit.checkpoints.<storeId>` (EventStoreDB): the
 * stream's expected revision makes a second replica's append fail instead of forking the log.
 */
export class StreamCheckpointLog implements CheckpointLog {
  private readonly streamId: string;

  constructor(
    private readonly store: EventStore,
    readonly storeId: string,
  ) {
    this.streamId = `${CHECKPOINT_STREAM_PREFIX}${storeId}`;
  }

  async asSoleWriter<T>(work: () => Promise<T>): Promise<T | null> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof WrongExpectedRevisionError) return null;
      throw error;
    }
  }

  private async events(): Promise<RecordedEvent[]> {
    try {
      return await this.store.readStream(this.streamId);
    } catch (error) {
      if (error instanceof StreamNotFoundError) return [];
      throw error;
    }
  }

  async latest(): Promise<SignedCheckpoint | null> {
    try {
      const [last] = await this.store.readStream(this.streamId, { direction: 'backwards', maxCount: 1 });
      return last ? (last.data as SignedCheckpoint) : null;
    } catch (error) {
      if (error instanceof StreamNotFoundError) return null;
      throw error;
    }
  }

  async append(checkpoint: SignedCheckpoint): Promise<void> {
    const events = await this.events();
    const expected = events.length === 0 ? 'no_stream' : events[events.length - 1].revision;
    if (events.some((e) => (e.data as SignedCheckpoint).treeSize === checkpoint.treeSize)) return;
    await this.store.appendToStream(
      this.streamId,
      [
        {
          eventId: randomUUID(),
          type: 'CheckpointSigned',
          version: 1,
          tenantId: 'platform',
          occurredAt: checkpoint.signedAt,
          actor: { id: 'service:checkpointer', role: 'service', channel: 'system' },
          correlationId: randomUUID(),
          causationId: null,
          data: checkpoint,
        },
      ],
      expected,
    );
  }

  async list(): Promise<SignedCheckpoint[]> {
    return (await this.events()).map((e) => e.data as SignedCheckpoint);
  }
}
