import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { context, SpanKind, trace } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { Resource } from '@opentelemetry/resources';
import { SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { PostgresEventStore } from '@athar/event-store';
import type { MessageBroker } from './broker.port';
import { EventConsumer } from './consumer/event-consumer';
import { createKafkaBroker } from './kafka/kafka-broker';
import { ensureMessagingSchema } from './postgres/messaging-schema';
import { PgCheckpointStore } from './postgres/pg-checkpoint-store';
import { PgInbox } from './postgres/pg-inbox';
import { EventRelay } from './relay/event-relay';
import { dropSchemas, KAFKA_BROKERS, PG_URL, runId, silentLogger, testPool } from './testing/int-env';
import { newEvent } from './testing/new-event';
import { waitFor } from './testing/wait-for';

/**
 * The trace of an append goes on after the relay and the consumer (docs/adr/0046): spans exported over
 * OTLP/HTTP (JSON) to a loopback receiver in this test, linked append → relay publish → consume.
 */
interface ExportedSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
}

const run = runId();
const topic = `${run}.intake.events`;
const deadLetterTopic = `${run}.dead-letter`;
const groupId = `${run}.eligibility`;
const storeSchema = `${run}_es`;
const messagingSchema = `${run}_msg`;
const pool = testPool();
const store = new PostgresEventStore({ connectionString: PG_URL, schema: storeSchema, pool: { max: 4 } });
const received: ExportedSpan[] = [];
let receiver: Server;
let provider: NodeTracerProvider;
let broker: MessageBroker;
let relay: EventRelay;
let consumer: EventConsumer;
const handled: Array<{ traceId: string | undefined; caseId: unknown }> = [];

beforeAll(async () => {
  receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
        resourceSpans: Array<{ scopeSpans: Array<{ spans: ExportedSpan[] }> }>;
      };
      for (const r of body.resourceSpans) for (const s of r.scopeSpans) received.push(...s.spans);
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/v1/traces`;
  provider = new NodeTracerProvider({
    resource: new Resource({ 'service.name': 'tracing-int' }),
    spanProcessors: [new SimpleSpanProcessor(new OTLPTraceExporter({ url }))],
  });
  provider.register();

  broker = createKafkaBroker({ brokers: KAFKA_BROKERS.split(','), clientId: run, logger: silentLogger });
  await Promise.all([store.ensureSchema(), ensureMessagingSchema(pool, messagingSchema), broker.ensureTopics([topic, deadLetterTopic], { partitions: 1 })]);
  relay = new EventRelay({
    store,
    broker,
    checkpoints: new PgCheckpointStore(pool, messagingSchema),
    relayName: `${run}.intake`,
    topic,
    streamPrefixes: ['intake-'],
    logger: silentLogger,
  });
  consumer = new EventConsumer({
    broker,
    inbox: new PgInbox(pool, messagingSchema),
    groupId,
    topics: [topic],
    deadLetterTopic,
    subscription: { sessionTimeoutMs: 6_000, heartbeatIntervalMs: 500, maxWaitTimeMs: 100 },
    logger: silentLogger,
  });
  consumer.on(
    'CaseNoted',
    async (event) => void handled.push({ traceId: trace.getActiveSpan()?.spanContext().traceId, caseId: (event.data as { caseId: unknown }).caseId }),
  );
  await relay.start();
  await consumer.start();
}, 60_000);

afterAll(async () => {
  await consumer?.stop();
  await relay?.stop();
  await store.close();
  await broker?.deleteConsumerGroups([groupId]).catch(() => undefined);
  await broker?.deleteTopics([topic, deadLetterTopic]);
  await dropSchemas(pool, [storeSchema, messagingSchema]);
  await pool.end();
  await provider?.shutdown();
  trace.disable();
  await new Promise((resolve) => receiver.close(resolve));
}, 60_000);

it('links a request, its append, the relay publish and the consumer in one trace', async () => {
  const tracer = trace.getTracer('test');
  const request = tracer.startSpan('POST /applications', { kind: SpanKind.SERVER });
  await context.with(trace.setSpan(context.active(), request), () =>
    store.appendToStream(`intake-case-${run}`, [newEvent('CaseNoted', 'awj', { caseId: `case-${run}` })], 'no_stream'),
  );
  request.end();
  const traceId = request.spanContext().traceId;

  // The stored event carries the append's traceparent: the relay reads it later, in another task.
  const [stored] = await store.readStream(`intake-case-${run}`);
  expect(stored.traceParent).toMatch(new RegExp(`^00-${traceId}-[0-9a-f]{16}-01$`));

  await waitFor('the event handled', () => handled.length === 1, 30_000);
  // The handler runs inside the trace.
  expect(handled[0]).toEqual({ traceId, caseId: `case-${run}` });

  await provider.forceFlush();
  await waitFor('the consumer span exported', () => received.some((s) => s.kind === 5), 10_000);
  const spans = received.filter((s) => s.traceId === traceId);
  const named = (name: string) => spans.find((s) => s.name === name);
  const append = named('event-store append');
  const publish = named(`${topic} publish`);
  const consume = named(`${topic} process`);
  expect(append?.parentSpanId).toBe(request.spanContext().spanId);
  expect(publish).toMatchObject({ parentSpanId: append?.spanId, kind: 4 });
  expect(consume).toMatchObject({ parentSpanId: publish?.spanId, kind: 5 });
}, 60_000);
