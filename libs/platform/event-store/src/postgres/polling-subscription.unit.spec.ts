import type { RecordedEvent } from '@athar/contracts';
import { PollingSubscription, type SubscriptionSource } from './polling-subscription';

/** A poll interval no test waits for: every read after the first must come from a notification. */
const NEVER_MS = 60_000;

/** A source whose reads are counted and can be held open, and whose notifications the test sends. */
function fakeSource() {
  let notify: ((streamId: string | undefined) => void) | null = null;
  let release: (() => void) | null = null;
  const source = {
    reads: 0,
    holdNextRead: false,
    notify: (streamId: string | undefined) => notify?.(streamId),
    releaseRead: () => release?.(),
    read: async (): Promise<RecordedEvent[]> => {
      source.reads += 1;
      if (source.holdNextRead) {
        source.holdNextRead = false;
        await new Promise<void>((resolve) => (release = resolve));
      }
      return [];
    },
    listen: async (onNotify: (streamId: string | undefined) => void) => {
      notify = onNotify;
      return async () => {
        notify = null;
      };
    },
  } satisfies SubscriptionSource & Record<string, unknown>;
  return source;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 30));

const running: Array<{ subscription: PollingSubscription; source: ReturnType<typeof fakeSource> }> = [];

function follow(source: ReturnType<typeof fakeSource>, streamPrefixes?: string[]): PollingSubscription {
  const subscription = new PollingSubscription(source, { streamPrefixes, onEvent: async () => undefined }, NEVER_MS, () => undefined);
  subscription.start();
  running.push({ subscription, source });
  return subscription;
}

// A failed expectation must not leave a subscription waiting out its minute-long poll.
afterEach(async () => {
  for (const { subscription, source } of running.splice(0)) {
    source.releaseRead();
    await subscription.stop();
  }
});

describe('PollingSubscription wake-ups', () => {
  it('reads again when a stream it follows is appended to, and not when another service appends', async () => {
    const source = fakeSource();
    follow(source, ['intake.']);
    await settle();
    expect(source.reads).toBe(1);

    source.notify('committee-review.case-1');
    source.notify('eligibility.case-1');
    await settle();
    expect(source.reads).toBe(1);

    source.notify('intake.case-1');
    await settle();
    expect(source.reads).toBe(2);
  });

  it('reads again on any notification when it follows every stream, or when the notification names none', async () => {
    const all = fakeSource();
    follow(all);
    await settle();
    all.notify('eligibility.case-1');
    await settle();
    expect(all.reads).toBe(2);

    const some = fakeSource();
    follow(some, ['intake.']);
    await settle();
    some.notify(undefined);
    await settle();
    expect(some.reads).toBe(2);
  });

  it('keeps a notification that arrives during a read, and reads again at once instead of waiting for the poll', async () => {
    const source = fakeSource();
    source.holdNextRead = true;
    follow(source, ['intake.']);
    await settle();
    expect(source.reads).toBe(1);

    source.notify('intake.case-2');
    source.releaseRead();
    await settle();
    expect(source.reads).toBe(2);
  });
});
