// Lists the dead-lettered messages of an instance, with the headers that say why (docs/runbook.md):
//   npm run dead-letters -- [--instance athar] [--topic <instance>.dead-letter] [--limit 100] [--json]
// Reads the topic from the beginning up to its end as it stood when the command started, with a
// throwaway consumer group that is deleted afterwards; reads nothing else and changes no offset of
// the services' groups. KAFKA_BROKERS as for the services.
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { Kafka, logLevel } from 'kafkajs';
import { deadLetterTopic } from '@athar/contracts';
import { headerText, kafkaConfigFromEnv } from '@athar/messaging';
import { resolveInstance, runCommand, UsageError } from './ops-options';

const USAGE = 'npm run dead-letters -- [--instance <name>] [--topic <topic>] [--limit <n>] [--json]';

interface DeadLetter {
  topic: string;
  partition: number;
  offset: string;
  timestamp: string;
  key: string | null;
  headers: Record<string, string>;
  value: string | null;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { instance: { type: 'string' }, topic: { type: 'string' }, limit: { type: 'string', default: '100' }, json: { type: 'boolean', default: false } },
  });
  const instance = resolveInstance(values.instance);
  const topic = values.topic ?? deadLetterTopic(instance);
  const limit = Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1) throw new UsageError(`--limit must be a positive whole number, not "${values.limit}"`);

  const { brokers } = kafkaConfigFromEnv();
  const kafka = new Kafka({ brokers, clientId: `${instance}.ops`, logLevel: logLevel.NOTHING });
  const admin = kafka.admin();
  await admin.connect();
  const letters: DeadLetter[] = [];
  const groupId = `${instance}.ops.dead-letters.${randomUUID()}`;
  try {
    if (!(await admin.listTopics()).includes(topic)) {
      if (!values.json) console.log(`0 dead-lettered messages: topic ${topic} does not exist (nothing was ever dead-lettered on instance ${instance})`);
      return 0;
    }
    // Where each partition ends now: reading stops there, so the command ends even while letters keep coming.
    const ends = new Map<number, bigint>();
    let total = 0n;
    for (const p of await admin.fetchTopicOffsets(topic)) {
      if (BigInt(p.high) > BigInt(p.low)) ends.set(p.partition, BigInt(p.high));
      total += BigInt(p.high) - BigInt(p.low);
    }
    if (ends.size > 0) {
      const consumer = kafka.consumer({ groupId, sessionTimeout: 10_000, rebalanceTimeout: 10_000, heartbeatInterval: 1_000, maxWaitTimeInMs: 500 });
      await consumer.connect();
      try {
        await consumer.subscribe({ topic, fromBeginning: true });
        await new Promise<void>((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error(`reading ${topic} did not reach its end within 60 s`)), 60_000);
          consumer
            .run({
              autoCommit: false,
              eachMessage: async ({ partition, message }) => {
                const end = ends.get(partition);
                if (end === undefined || BigInt(message.offset) >= end) return;
                if (letters.length < limit) {
                  letters.push({
                    topic,
                    partition,
                    offset: message.offset,
                    timestamp: new Date(Number(message.timestamp)).toISOString(),
                    key: message.key?.toString() ?? null,
                    headers: headerText(message.headers),
                    value: message.value?.toString() ?? null,
                  });
                }
                if (BigInt(message.offset) + 1n >= end) ends.delete(partition);
                if (ends.size === 0 || letters.length >= limit) {
                  clearTimeout(timer);
                  resolve();
                }
              },
            })
            .catch(reject);
        });
      } finally {
        await consumer.disconnect();
      }
    }
    letters.sort((a, b) => a.timestamp.localeCompare(b.timestamp) || a.partition - b.partition);
    if (values.json) {
      for (const letter of letters) console.log(JSON.stringify(letter));
      return 0;
    }
    for (const letter of letters) {
      console.log(`${letter.topic} partition ${letter.partition} offset ${letter.offset} at ${letter.timestamp}, key ${letter.key ?? '(none)'}`);
      for (const [name, value] of Object.entries(letter.headers)) console.log(`  ${name}: ${value}`);
      console.log(`  value: ${letter.value ?? '(none)'}`);
    }
    const shown = BigInt(letters.length) < total ? ` (first ${letters.length} shown; --limit to see more)` : '';
    console.log(`${total} dead-lettered message${total === 1n ? '' : 's'} in ${topic}${shown}`);
    return 0;
  } finally {
    await admin.deleteGroups([groupId]).catch(() => undefined);
    await admin.disconnect();
  }
}

runCommand(USAGE, main);
