import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import { Pool } from 'pg';
import {
  deadLetterTopic,
  eventsTopic,
  eventUpcasting,
  isIntegrationEvent,
  streamPrefix,
  BOUNDED_CONTEXTS,
  INTEGRATION_EVENTS,
  type BoundedContext,
  type RecordedEvent,
} from '@athar/contracts';
import { pgConnectionsFromEnv, survivePoolErrors, type EventStore, type SchemaOwner } from '@athar/event-store';
import {
  consumerPartitionsFromEnv,
  consumerGroupId,
  createKafkaBroker,
  ensureMessagingSchema,
  EventConsumer,
  EventRelay,
  PgCheckpointStore,
  PgInbox,
  prometheusMessagingMetrics,
  relayName,
  RelayLeadership,
  type MessageBroker,
  type MessagingLogger,
} from '@athar/messaging';
import { PersonalDataProtector } from '@athar/personal-data';
import { requestContext } from '../request-context';
import { MetricsService } from '../observability/metrics';
import { HealthRegistry } from '../observability/health';
import { EventHandlers } from './event-handlers';
import { EVENT_STORE } from './event-store.token';
import { ENGINES_OPTIONS, PG_POOL, PG_SCHEMA_OWNER, type ResolvedEnginesOptions } from '../engines.options';

/**
 * Refuses to start a service that handles an event no relay publishes (an internal fact, or a type the
 * contracts do not list): its handler would never be called (docs/adr/0032).
 */
export function assertHandledTypesArePublished(types: readonly string[]): void {
  const unpublished = types.filter((type) => !isIntegrationEvent(type));
  if (unpublished.length > 0) {
    throw new Error(
      `Handlers for events no topic carries (list them as integration events in @athar/contracts' publication.ts, or read them from the store): ${unpublished.join(', ')}`,
    );
  }
}

/**
 * The contexts whose topics the consumer subscribes to: those of `consumes` whose topic carries a type
 * this service handles. A topic that carries none would only be fetched, decoded and skipped, message by
 * message (partner-allocation listed intake's and spent a sixth of a core on it under load:
 * docs/performance.md). Refuses to start when a handled type travels on a topic `consumes` leaves out:
 * its handler would never be called.
 */
export function contextsToConsume(consumes: readonly BoundedContext[], handledTypes: readonly string[]): BoundedContext[] {
  const handled = new Set(handledTypes);
  const unreachable = handledTypes.filter((type) => !consumes.some((context) => INTEGRATION_EVENTS[context].includes(type)));
  if (unreachable.length > 0) {
    throw new Error(`Handlers for events on topics this service does not consume (add their context to consumes): ${unreachable.join(', ')}`);
  }
  return consumes.filter((context) => INTEGRATION_EVENTS[context].some((type) => handled.has(type)));
}

/** The case a consumed event names (its id only), for the log lines written while handling it. */
function caseIdOf(event: { data: unknown }): string | undefined {
  const data = event.data as { caseId?: unknown } | null;
  return typeof data === 'object' && data !== null && typeof data.caseId === 'string' ? data.caseId : undefined;
}

/**
 * Kafka for one service: the relay publishes the service's own new events from the store (the store
 * is the outbox), and the consumer group feeds every event of the contexts it consumes, once per
 * group (inbox), through the registered handlers, dead-lettering what keeps failing and holding
 * (partition paused, retried until it passes) what fails only because an engine is down (ADR 0017).
 */
@Injectable()
export class MessagingRuntime implements OnModuleInit, OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Messaging');
  private broker!: MessageBroker;
  private leadership?: RelayLeadership;
  private consumer?: EventConsumer;
  /**
   * The inbox's own connections, one per partition handled at once and one spare (docs/adr/0056): an
   * inbox transaction stays open while its handler runs, and the handler may take a connection of the
   * service's pool (the outbox, a command's store reads); on the shared pool, messages in flight could
   * hold the connections their own handlers and the HTTP requests wait for.
   */
  private inboxPool?: Pool;

  constructor(
    @Inject(ENGINES_OPTIONS) private readonly options: ResolvedEnginesOptions,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(PG_SCHEMA_OWNER) private readonly owner: SchemaOwner,
    private readonly handlers: EventHandlers,
    private readonly metrics: MetricsService,
    private readonly health: HealthRegistry,
    private readonly personalData: PersonalDataProtector,
  ) {}

  private messagingLogger(): MessagingLogger {
    return {
      info: (message, fields) => this.logger.log({ msg: message, ...fields }),
      warn: (message, fields) => this.logger.warn({ msg: message, ...fields }),
      error: (message, fields) => this.logger.error({ msg: message, ...fields }),
    };
  }

  onModuleInit(): void {
    this.broker = createKafkaBroker({ clientId: `${this.options.instance}.${this.options.context}`, logger: this.messagingLogger() });
    this.health.register('kafka', async () => {
      await this.broker.countMessages(eventsTopic(this.options.context, this.options.instance));
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    const { instance, context, consumes } = this.options;
    const schema = `${instance}_messaging`;
    await ensureMessagingSchema(this.owner.pool, schema, this.owner.grantTo);
    // Every service makes sure every topic exists, so start order does not matter.
    await this.broker.ensureTopics([...BOUNDED_CONTEXTS.map((c) => eventsTopic(c, instance)), deadLetterTopic(instance)]);
    const metrics = prometheusMessagingMetrics(this.metrics.registry);

    // One relay per service however many replicas run: the one holding the relay's lock (docs/adr/0052).
    const relayOptions = {
      store: this.store,
      broker: this.broker,
      checkpoints: new PgCheckpointStore(this.pool, schema),
      relayName: relayName(context, instance),
      topic: eventsTopic(context, instance),
      streamPrefixes: [streamPrefix(context)],
      // Only integration events leave the service; internal facts stay in its store (docs/adr/0032).
      publishes: (event: RecordedEvent) => isIntegrationEvent(event.type),
      metrics,
      logger: this.messagingLogger(),
    };
    this.leadership = new RelayLeadership({
      connectionString: pgConnectionsFromEnv(process.env).url,
      name: relayOptions.relayName,
      logger: this.messagingLogger(),
    });

    assertHandledTypesArePublished(this.handlers.types());
    const topics = contextsToConsume(consumes, this.handlers.types());
    const partitions = consumerPartitionsFromEnv();
    this.inboxPool = survivePoolErrors(
      new Pool({ connectionString: pgConnectionsFromEnv(process.env).url, max: partitions + 1, connectionTimeoutMillis: 10_000 }),
      'inbox',
    );
    this.consumer = new EventConsumer({
      broker: this.broker,
      inbox: new PgInbox(this.inboxPool, schema),
      groupId: consumerGroupId(context, instance),
      topics: topics.map((c) => eventsTopic(c, instance)),
      deadLetterTopic: deadLetterTopic(instance),
      // Up to ATHAR_CONSUMER_PARTITIONS partitions at once, each in order (docs/adr/0056); read models and
      // commands are already safe under concurrent handling (two replicas, ADR 0052).
      subscription: { maxWaitTimeMs: 100, partitionsConsumedConcurrently: partitions },
      metrics,
      logger: this.messagingLogger(),
    });
    for (const type of this.handlers.types()) {
      // Each event is handled in its own context: logs and new events carry its correlation id.
      // Kafka carries personal fields as stored (encrypted); handlers see them decrypted, or "[erased]",
      // and at the latest version of their schema (the registry's upcasters).
      this.consumer.on(type, (event, context) =>
        requestContext.run({ correlationId: event.correlationId, tenantId: event.tenantId, caseId: caseIdOf(event) }, async () => {
          const [opened] = await this.personalData.open([event]);
          await this.handlers.dispatch(eventUpcasting.upcastKnown(opened), context);
        }),
      );
    }
    this.leadership.start(async () => {
      const relay = new EventRelay(relayOptions);
      await relay.start();
      return () => relay.stop();
    });
    await this.consumer.start();
  }

  /** Stops consuming and relaying before the engines' connections close (onApplicationShutdown). */
  async beforeApplicationShutdown(): Promise<void> {
    await this.consumer?.stop();
    await this.leadership?.stop();
    await this.inboxPool?.end();
  }
}
