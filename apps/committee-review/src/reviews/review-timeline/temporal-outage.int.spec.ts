import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, closeSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import { Pool } from 'pg';
import { Registry } from 'prom-client';
import type { RecordedEvent, ReviewOpenedV1 } from '@athar/contracts';
import { reviewSchedule } from '@athar/domain-committee-review';
import { PostgresEventStore } from '@athar/event-store';
import {
  createKafkaBroker,
  ensureMessagingSchema,
  EventConsumer,
  PgInbox,
  prometheusMessagingMetrics,
  toOutgoingMessage,
  type MessageBroker,
  type MessagePublisher,
} from '@athar/messaging';
import { EventHandlers, EventWriter } from '@athar/service-kit';
import type { TemporalRuntime } from '@athar/temporal-kit';
import { loadTenantPolicies, TenantRegistry } from '@athar/tenancy';
import { reviewTimelineWorkflowId } from '@athar/workflows';
import { scheduleRules } from '../../committees/committee-rules';
import { ReviewReader } from '../read/review-reader';
import { StartReviewTimelineReactor } from './start-review-timeline.reactor';

/**
 * How long Temporal stays down after ReviewOpened was published. Long enough for many tries: the old
 * consumer dead-lettered after 5 tries (1.5 s of backoff), and the message then silently had no
 * timeline. Kept well under the reviewers' 2 minutes so the test stays affordable in CI.
 */
const TEMPORAL_OUTAGE_MS = 25_000;

jest.setTimeout(TEMPORAL_OUTAGE_MS + 120_000);

/** The Temporal CLI that infra/local/engines.sh installs: <repo>/.engines, or ATHAR_ENGINES_DIR. */
const TEMPORAL_BIN = join(process.env.ATHAR_ENGINES_DIR ?? join(__dirname, '../../../../../.engines'), 'bin', 'temporal');
/** The search attributes engines.sh registers on the shared dev server. */
const SEARCH_ATTRIBUTES = ['TenantId=Keyword', 'CaseId=Keyword', 'Stage=Keyword', 'Deadline=Datetime'];
const PG_URL = process.env.ATHAR_PG_URL ?? 'postgres://athar:athar@127.0.0.1:15432/athar';
const KAFKA_BROKERS = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');
const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function waitFor(what: string, condition: () => Promise<boolean> | boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * A private Temporal dev server (the shared one on 7233 is never touched): its own ports, its own
 * SQLite file, so it can be killed and started again on the same state.
 */
class PrivateTemporal {
  private process: ChildProcess | null = null;
  readonly dir = mkdtempSync(join(tmpdir(), 'athar-temporal-outage-'));
  readonly dbFile = join(this.dir, 'temporal.db');
  port = 0;

  get address(): string {
    return `127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    if (this.port === 0) this.port = await freePort();
    const [httpPort, metricsPort] = [await freePort(), await freePort()];
    const log = openSync(join(this.dir, 'temporal.log'), 'a');
    const args = ['server', 'start-dev', '--ip', '127.0.0.1', '--port', String(this.port), '--headless', '--http-port', String(httpPort)];
    args.push('--metrics-port', String(metricsPort), '--db-filename', this.dbFile, '--namespace', 'default', '--log-level', 'warn', '--log-format', 'text');
    for (const attribute of SEARCH_ATTRIBUTES) args.push('--search-attribute', attribute);
    const child = spawn(TEMPORAL_BIN, args, { stdio: ['ignore', log, log] });
    closeSync(log);
    this.process = child;
    child.once('exit', () => {
      if (this.process === child) this.process = null;
    });
    await waitFor(`the private Temporal on ${this.address}`, () => this.ready(), 60_000);
  }

  /** Serving, with the default namespace registered. */
  private async ready(): Promise<boolean> {
    if (this.process === null) throw new Error(`the private Temporal exited; see ${join(this.dir, 'temporal.log')}`);
    const connection = await Connection.connect({ address: this.address, connectTimeout: 1_000 }).catch(() => null);
    if (connection === null) return false;
    try {
      await connection.workflowService.describeNamespace({ namespace: 'default' });
      return true;
    } catch {
      return false;
    } finally {
      await connection.close();
    }
  }

  /** SIGKILL: no graceful shutdown, as in a crash. */
  async kill(): Promise<void> {
    const child = this.process;
    if (child === null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  }

  async remove(): Promise<void> {
    await this.kill();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/**
 * The reviewers' case: Temporal goes down while ReviewOpened arrives. The committee-review reactor
 * cannot start the review timeline; the consumer must hold the message (partition paused, retried with
 * backoff) instead of dead-lettering it, so that once Temporal is back the timeline exists and the
 * dead-letter topic is empty (docs/adr/0017).
 */
describe('a Temporal outage while ReviewOpened arrives (private Temporal dev server, real Kafka and PostgreSQL)', () => {
  const run = `t${Date.now().toString(36)}${randomUUID().slice(0, 6)}`;
  const topic = `${run}.committee-review.events`;
  const deadLetterTopic = `${run}.dead-letter`;
  const groupId = `${run}.committee-review`;
  const schema = `${run}_msg`;
  const temporal = new PrivateTemporal();
  const pool = new Pool({ connectionString: PG_URL, max: 4 });
  const store = new PostgresEventStore({ connectionString: PG_URL, schema: `${run}_es` });
  const registry = new Registry();
  let connection: Connection | undefined;
  let broker: MessageBroker;
  let publisher: MessagePublisher | undefined;
  let consumer: EventConsumer | undefined;

  const metric = async (name: string, labels: Record<string, string>): Promise<number> => {
    const values = (await registry.getMetricsAsJSON()).find((m) => m.name === name)?.values ?? [];
    return values.find((v) => Object.entries(labels).every(([k, l]) => v.labels[k] === l))?.value ?? 0;
  };

  beforeAll(async () => {
    if (!existsSync(TEMPORAL_BIN)) throw new Error(`No Temporal CLI at ${TEMPORAL_BIN}: run infra/local/engines.sh install temporal`);
    await temporal.start();
    // The client's own gRPC retries are switched off (production keeps them: ~15 s per call) so each try
    // fails at once and the outage below spans many tries of the consumer, not one or two.
    connection = await Connection.connect({ address: temporal.address, interceptors: [] });
    const client = new Client({ connection, namespace: 'default' });
    // startWorkflowOnce needs only the client and the task queue of TemporalRuntime; no worker is needed
    // for the workflow to exist.
    const runtime = { client, taskQueue: `${run}.committee-review` } as Pick<TemporalRuntime, 'client' | 'taskQueue'> as TemporalRuntime;
    const handlers = new EventHandlers();
    // The writer is used by ReconsiderationRequested only; ReviewOpened does not touch the store.
    new StartReviewTimelineReactor(
      handlers,
      new ReviewReader(new EventWriter(store, 'committee-review')),
      new TenantRegistry(loadTenantPolicies()),
      runtime,
    ).onModuleInit();

    broker = createKafkaBroker({ brokers: KAFKA_BROKERS, clientId: run, logger: silent });
    await Promise.all([broker.ensureTopics([topic, deadLetterTopic], { partitions: 3 }), ensureMessagingSchema(pool, schema)]);
    publisher = broker.createPublisher();
    // As MessagingRuntime builds it: default tries, backoffs and group timeouts.
    consumer = new EventConsumer({
      broker,
      inbox: new PgInbox(pool, schema),
      groupId,
      topics: [topic],
      deadLetterTopic,
      subscription: { maxWaitTimeMs: 100 },
      metrics: prometheusMessagingMetrics(registry),
      logger: silent,
    });
    for (const type of handlers.types()) consumer.on(type, (event) => handlers.dispatch(event));
    await consumer.start();
  });

  afterAll(async () => {
    await consumer?.stop();
    await publisher?.close();
    await connection?.close();
    await temporal.remove();
    await broker?.deleteConsumerGroups([groupId]).catch(() => undefined);
    await broker?.deleteTopics([topic, deadLetterTopic]).catch(() => undefined);
    await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await pool.end();
    await store.close();
  });

  it(`holds ReviewOpened through a ${TEMPORAL_OUTAGE_MS / 1000} s outage (SIGKILL) and starts the timeline once Temporal is back: nothing dead-lettered`, async () => {
    const tenantId = 'awj';
    const caseId = randomUUID();
    const policy = new TenantRegistry(loadTenantPolicies()).get(tenantId);
    const submittedAt = new Date();
    const reviewWindow = { days: 14, counting: 'calendar' } as const;
    const data: ReviewOpenedV1 = {
      caseId,
      serviceId: 'member-service',
      submittedAt: submittedAt.toISOString(),
      openedAt: submittedAt.toISOString(),
      deadline: reviewSchedule(submittedAt, reviewWindow, scheduleRules(policy)).deadline,
      reviewWindow,
    };
    const opened: RecordedEvent = {
      eventId: randomUUID(),
      type: 'ReviewOpened',
      version: 1,
      tenantId,
      occurredAt: submittedAt.toISOString(),
      actor: { id: 'committee-review', role: 'service', channel: 'system' },
      correlationId: randomUUID(),
      causationId: null,
      data,
      streamId: `committee-review.review.${tenantId}.${caseId}`,
      revision: 0,
      globalPosition: '1',
      recordedAt: submittedAt.toISOString(),
      hash: 'h',
      previousHash: 'p',
    };
    const labels = { group: groupId, reason: 'temporal' };

    await temporal.kill();
    await publisher!.publish(topic, [toOutgoingMessage(opened)]);
    await new Promise((resolve) => setTimeout(resolve, TEMPORAL_OUTAGE_MS));
    // The old consumer had dead-lettered it within 2 s. Now it is held: many more tries than those 5,
    // its partition paused, nothing dead-lettered.
    expect(await broker.countMessages(deadLetterTopic)).toBe(0);
    expect(await metric('athar_consumer_outage_retries_total', labels)).toBeGreaterThan(5);
    expect(await metric('athar_consumer_paused_partitions', { group: groupId })).toBe(1);

    await temporal.start(); // same port, same SQLite file
    const handle = connection!.workflowService;
    const workflowId = reviewTimelineWorkflowId(tenantId, caseId);
    await waitFor(
      `the review timeline ${workflowId}`,
      () =>
        handle.describeWorkflowExecution({ namespace: 'default', execution: { workflowId } }).then(
          () => true,
          () => false,
        ),
      90_000,
    );
    const client = new Client({ connection: connection!, namespace: 'default' });
    const description = await client.workflow.getHandle(workflowId).describe();
    expect(description.type).toBe('reviewTimeline');
    expect(description.searchAttributes).toMatchObject({ TenantId: [tenantId], CaseId: [caseId] });
    await waitFor('the partition to flow again', async () => (await metric('athar_consumer_paused_partitions', { group: groupId })) === 0, 30_000);
    expect(await broker.countMessages(deadLetterTopic)).toBe(0);
    expect(await new PgInbox(pool, schema).has(groupId, opened.eventId)).toBe(true);
  });
});
