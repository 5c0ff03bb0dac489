import type { RecordedEvent } from '@athar/contracts';
import { FakeBroker, FakeEventLog, MemoryCheckpoints, recordedEvent } from '../testing/fakes';
import { waitFor } from '../testing/wait-for';
import { EventRelay } from './event-relay';

const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };

function fill(log: FakeEventLog, count: number, prefix = 'intake.'): RecordedEvent[] {
  const events: RecordedEvent[] = [];
  for (let i = 0; i < count; i += 1) {
    const event = recordedEvent({ streamId: `${prefix}application.tenant-a.${i % 3}`, globalPosition: String(log.events.length + 1) });
    log.add(event);
    events.push(event);
  }
  return events;
}

function relay(log: FakeEventLog, broker: FakeBroker, checkpoints: MemoryCheckpoints, maxBatchSize = 10): EventRelay {
  return new EventRelay({
    store: log,
    broker,
    checkpoints,
    relayName: 'r',
    topic: 'athar.intake.events',
    streamPrefixes: ['intake.'],
    maxBatchSize,
    lingerMs: 2,
    retryDelayMs: 5,
    logger: silent,
  });
}

const eventIds = (broker: FakeBroker): string[] => broker.publisher.messages().map((message) => (JSON.parse(String(message.value)) as RecordedEvent).eventId);

describe('EventRelay (in memory)', () => {
  it('publishes its own streams in global order, in batches, and checkpoints each acknowledged batch', async () => {
    const log = new FakeEventLog();
    const own = fill(log, 15);
    fill(log, 5, 'feedback.');
    const more = fill(log, 10);
    const broker = new FakeBroker();
    const checkpoints = new MemoryCheckpoints();
    const subject = relay(log, broker, checkpoints);
    await subject.start();
    await waitFor('25 events', () => broker.publisher.messages().length === 25);
    await subject.stop();

    expect(eventIds(broker)).toEqual([...own, ...more].map((event) => event.eventId));
    expect(broker.publisher.sent.every((batch) => batch.messages.length <= 10)).toBe(true);
    expect(await checkpoints.load('r')).toBe(more[more.length - 1].globalPosition);
    expect(subject.position).toBe(more[more.length - 1].globalPosition);
    expect(broker.publisher.closed).toBe(true);
  });

  it('starts after the saved checkpoint', async () => {
    const log = new FakeEventLog();
    const events = fill(log, 6);
    const checkpoints = new MemoryCheckpoints();
    await checkpoints.save('r', events[3].globalPosition);
    const broker = new FakeBroker();
    const subject = relay(log, broker, checkpoints);
    await subject.start();
    await waitFor('2 events', () => broker.publisher.messages().length === 2);
    await subject.stop();
    expect(eventIds(broker)).toEqual([events[4].eventId, events[5].eventId]);
  });

  it('after a failed batch, re-sends from the last acknowledged event and never checkpoints past a lost one', async () => {
    const log = new FakeEventLog();
    const events = fill(log, 40);
    const broker = new FakeBroker();
    const checkpoints = new MemoryCheckpoints();
    const published = new Set<string>();
    const realPublish = broker.publisher.publish.bind(broker.publisher);
    let calls = 0;
    broker.publisher.publish = async (topic, messages) => {
      calls += 1;
      if (calls === 2 || calls === 3) throw new Error('broker unavailable'); // the 2nd and 3rd requests are lost
      await realPublish(topic, messages);
      for (const message of messages) published.add(message.headers['global-position']);
    };
    // Every saved checkpoint must be preceded by the publication of every event up to it.
    const realSave = checkpoints.save.bind(checkpoints);
    checkpoints.save = async (name, position) => {
      const unacknowledged = events.filter((event) => BigInt(event.globalPosition) <= BigInt(position) && !published.has(event.globalPosition));
      expect(unacknowledged).toEqual([]);
      await realSave(name, position);
    };
    const subject = relay(log, broker, checkpoints);
    await subject.start();
    await waitFor('all 40 events', () => published.size === 40);
    await subject.stop();

    expect(await checkpoints.load('r')).toBe('40');
    // Order holds in what was acknowledged: each event's first publication follows its predecessor's.
    const firstSeen = [...new Set(eventIds(broker))];
    expect(firstSeen).toEqual(events.map((event) => event.eventId));
  });

  it('on stop, sends what it already read before disconnecting', async () => {
    const log = new FakeEventLog();
    fill(log, 3);
    const broker = new FakeBroker();
    const checkpoints = new MemoryCheckpoints();
    const subject = new EventRelay({
      store: log,
      broker,
      checkpoints,
      relayName: 'r',
      topic: 't',
      streamPrefixes: ['intake.'],
      lingerMs: 60_000, // only stop() can flush
      logger: silent,
    });
    await subject.start();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(broker.publisher.messages()).toHaveLength(0);
    await subject.stop();
    expect(broker.publisher.messages()).toHaveLength(3);
    expect(await checkpoints.load('r')).toBe('3');
  });
});
