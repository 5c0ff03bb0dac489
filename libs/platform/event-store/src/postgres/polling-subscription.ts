import type { RecordedEvent } from '@athar/contracts';
import type { SubscribeOptions, Subscription } from '../event-store.port';

export interface SubscriptionSource {
  read(after: string, maxCount: number): Promise<RecordedEvent[]>;
  /**
   * Calls back on every append notification with the stream appended to (undefined when the
   * notification does not say); resolves to a function that stops listening.
   */
  listen(onNotify: (streamId: string | undefined) => void): Promise<() => Promise<void>>;
}

const MAX_BACKOFF_MS = 5_000;

/**
 * Catch up from a position, then follow: woken by LISTEN/NOTIFY, and re-reading every poll interval
 * anyway so a lost notification (or a dropped listening connection) only delays delivery. Only an
 * append to a stream the subscription follows wakes it (docs/adr/0060): with every service's relay on one
 * store, waking each relay on every service's appends cost a read per relay per append. A notification
 * that arrives while a batch is being read or handled is kept, so the next read follows at once. Events go to
 * the handler one at a time in global order; a failing read or handler is reported and retried from the
 * last delivered event with backoff, so the subscription never dies silently.
 */
export class PollingSubscription implements Subscription {
  private position: string;
  private stopped = false;
  private wake: (() => void) | null = null;
  /** A notification arrived while no idle wait was running: the next wait ends at once. */
  private notified = false;
  private loop: Promise<void> = Promise.resolve();
  private readonly batchSize: number;

  constructor(
    private readonly source: SubscriptionSource,
    private readonly options: SubscribeOptions,
    private readonly pollIntervalMs: number,
    private readonly onStopped: () => void,
  ) {
    this.position = options.after ?? '0';
    this.batchSize = options.batchSize ?? 200;
  }

  start(): void {
    this.loop = this.run();
  }

  private async run(): Promise<void> {
    let unlisten: (() => Promise<void>) | null = null;
    let failures = 0;
    while (!this.stopped) {
      try {
        unlisten ??= await this.source.listen((streamId) => this.onNotify(streamId));
        this.notified = false;
        const batch = await this.source.read(this.position, this.batchSize);
        for (const event of batch) {
          if (this.stopped) break;
          await this.options.onEvent(event);
          this.position = event.globalPosition;
        }
        failures = 0;
        if (batch.length < this.batchSize) await this.idle(this.pollIntervalMs);
      } catch (error) {
        failures += 1;
        this.options.onError?.(error);
        if (unlisten) await unlisten().catch(() => undefined);
        unlisten = null;
        this.notified = false;
        await this.idle(Math.min(MAX_BACKOFF_MS, 100 * 2 ** failures));
      }
    }
    if (unlisten) await unlisten().catch(() => undefined);
  }

  private onNotify(streamId: string | undefined): void {
    const prefixes = this.options.streamPrefixes;
    if (streamId !== undefined && prefixes && prefixes.length > 0 && !prefixes.some((prefix) => streamId.startsWith(prefix))) return;
    if (this.wake) this.wake();
    else this.notified = true;
  }

  private idle(ms: number): Promise<void> {
    return new Promise((resolve) => {
      if (this.notified && !this.stopped) {
        resolve();
        return;
      }
      const done = (): void => {
        clearTimeout(timer);
        this.wake = null;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wake = done;
    });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.wake?.();
    await this.loop;
    this.onStopped();
  }
}
