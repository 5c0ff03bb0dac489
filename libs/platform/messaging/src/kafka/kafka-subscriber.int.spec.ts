import type { MessageBroker, MessageSubscriber } from '../broker.port';
import { KAFKA_BROKERS, runId, silentLogger } from '../testing/int-env';
import { waitFor } from '../testing/wait-for';
import { createKafkaBroker } from './kafka-broker';

jest.setTimeout(60_000);

/**
 * docs/adr/0056: a consumer handles several partitions at once, and each partition's messages one at a
 * time, in order. On the real broker: 3 partitions, 24 keys with 4 messages each, every handling slow
 * enough (40 ms) that partitions handled one after another could never overlap.
 */
describe('KafkaSubscriber with partitionsConsumedConcurrently', () => {
  const run = runId();
  const topic = `${run}.intake.events`;
  let broker: MessageBroker;
  let subscriber: MessageSubscriber;

  beforeAll(async () => {
    broker = createKafkaBroker({ brokers: KAFKA_BROKERS.split(','), clientId: run, logger: silentLogger });
    await broker.ensureTopics([topic], { partitions: 3 });
  });
  afterAll(async () => {
    await subscriber?.stop();
  });

  it('handles messages of different partitions at the same time, and never two of one partition at once, each key in order', async () => {
    const publisher = broker.createPublisher();
    const keys = Array.from({ length: 24 }, (_, i) => `case-${i}`);
    const messages = [0, 1, 2, 3].flatMap((seq) => keys.map((key) => ({ key, value: JSON.stringify({ key, seq }), headers: {} })));
    await publisher.publish(topic, messages);
    await publisher.close();

    const inFlight = new Map<number, number>();
    let busy = 0;
    let mostAtOnce = 0;
    let mostOfOnePartition = 0;
    const seen = new Map<string, number[]>();
    subscriber = broker.createSubscriber({ groupId: `${run}.group`, partitionsConsumedConcurrently: 3, maxWaitTimeMs: 100 });
    await subscriber.start([topic], async (message) => {
      busy += 1;
      inFlight.set(message.partition, (inFlight.get(message.partition) ?? 0) + 1);
      mostAtOnce = Math.max(mostAtOnce, busy);
      mostOfOnePartition = Math.max(mostOfOnePartition, inFlight.get(message.partition)!);
      await new Promise((resolve) => setTimeout(resolve, 40));
      const { key, seq } = JSON.parse(message.value!.toString()) as { key: string; seq: number };
      seen.set(key, [...(seen.get(key) ?? []), seq]);
      inFlight.set(message.partition, inFlight.get(message.partition)! - 1);
      busy -= 1;
    });
    await waitFor('every message handled', () => [...seen.values()].reduce((n, s) => n + s.length, 0) === messages.length, 45_000);

    expect(mostAtOnce).toBeGreaterThan(1);
    expect(mostOfOnePartition).toBe(1);
    for (const key of keys) expect(seen.get(key)).toEqual([0, 1, 2, 3]);
  });
});
