import { DynamicModule, Global, Inject, Injectable, Logger, Module, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { Pool } from 'pg';
import { getConnectionToken, MongooseModule } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';
import {
  Checkpointer,
  CheckpointSigner,
  checkpointConfigFromEnv,
  checkpointLogOf,
  FileCheckpointSink,
  createEventStoreFromEnv,
  pgConnectionsFromEnv,
  schemaOwnerFromEnv,
  survivePoolErrors,
  type EventStore,
  type SchemaOwner,
} from '@athar/event-store';
import { PersonalDataProtector, PostgresDataKeyStore, TenantKeyring } from '@athar/personal-data';
import { TenantRegistry } from '@athar/tenancy';
import { ENGINES_OPTIONS, PG_POOL, PG_SCHEMA_OWNER, type EnginesOptions, type ResolvedEnginesOptions } from './engines.options';
import { IdempotencyInterceptor } from './http/idempotency/idempotency.interceptor';
import { IdempotencySecrets } from './http/idempotency/idempotency.secrets';
import { IdempotencyStore } from './http/idempotency/idempotency.store';
import { EventHandlers } from './events/event-handlers';
import { EventWriter } from './events/event-writer';
import { AggregateCommands } from './commands/aggregate-command';
import { EVENT_STORE } from './events/event-store.token';
import { atharConfig } from './config/athar-config';
import { MessagingRuntime } from './events/messaging-runtime';
import { HealthRegistry } from './observability/health';
import { CaseView, CaseViewController, CaseViews, CaseViewSchema } from './read-models/case-view';

@Injectable()
class EngineLifecycle implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('Engines');

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(getConnectionToken()) private readonly mongo: Connection,
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(PG_SCHEMA_OWNER) private readonly owner: SchemaOwner,
    private readonly health: HealthRegistry,
    private readonly idempotency: IdempotencyStore,
  ) {}

  private checkpointer: Checkpointer | null = null;

  onModuleInit(): void {
    // The driver reconnects by itself; an 'error' with no listener would kill the process.
    this.mongo.on('error', (error: Error) => this.logger.warn({ msg: 'MongoDB connection error', error: error.message }));
    this.mongo.on('disconnected', () => this.logger.warn({ msg: 'MongoDB disconnected; the driver reconnects' }));
    this.mongo.on('reconnected', () => this.logger.log({ msg: 'MongoDB reconnected' }));
    // Signed checkpoints of the store's tree (docs/adr/0043): every service runs one; the store's lock lets one sign per round.
    const checkpoints = checkpointConfigFromEnv(process.env);
    if (checkpoints) {
      this.checkpointer = new Checkpointer(
        this.store,
        checkpointLogOf(this.store),
        new FileCheckpointSink(checkpoints.dir),
        CheckpointSigner.fromPemFile(checkpoints.keyFile),
        {
          ...checkpoints,
          onError: (error) => this.logger.error({ msg: 'checkpoint not signed', error: (error as Error).message }),
        },
      );
      this.checkpointer.start();
    }
    this.health.register('postgres', async () => {
      await this.store.readAll({ maxCount: 1 });
    });
    this.health.register('mongodb', async () => {
      if (!this.mongo.db) throw new Error('not connected');
      await this.mongo.db.admin().ping();
    });
  }

  /** Runs after every beforeApplicationShutdown hook, so consumers and relays have stopped. */
  async onApplicationShutdown(): Promise<void> {
    this.idempotency.stopPurging();
    await this.checkpointer?.stop();
    await this.store.close();
    await this.pool.end();
    await this.owner.pool.end();
  }
}

/**
 * The engines every service uses: the event store (PostgreSQL here, EventStoreDB when configured),
 * MongoDB read models (FerretDB here), and Kafka through the messaging runtime (relay of the
 * service's own events, consumer with inbox and dead letters).
 */
@Global()
@Module({})
export class EnginesModule {
  static forRoot(options: EnginesOptions): DynamicModule {
    const config = atharConfig();
    const instance = config.ATHAR_INSTANCE;
    const resolved: ResolvedEnginesOptions = { ...options, instance };
    return {
      module: EnginesModule,
      imports: [
        MongooseModule.forRoot(config.ATHAR_MONGO_URL, {
          dbName: `${instance}_${options.context.replace(/-/g, '_')}`,
          serverSelectionTimeoutMS: 5000,
          autoIndex: true,
        }),
        MongooseModule.forFeature([{ name: CaseView.name, schema: CaseViewSchema }]),
      ],
      controllers: options.ownCaseViewController ? [] : [CaseViewController],
      providers: [
        { provide: ENGINES_OPTIONS, useValue: resolved },
        { provide: EVENT_STORE, useFactory: () => createEventStoreFromEnv(process.env) },
        {
          provide: PG_POOL,
          useFactory: () =>
            survivePoolErrors(new Pool({ connectionString: pgConnectionsFromEnv(process.env).url, max: 10, connectionTimeoutMillis: 10_000 }), 'service'),
        },
        // One connection at most, closed when idle: DDL runs at start-up only.
        { provide: PG_SCHEMA_OWNER, useFactory: () => schemaOwnerFromEnv(process.env) },
        {
          provide: IdempotencyStore,
          inject: [PG_POOL, PG_SCHEMA_OWNER],
          useFactory: async (pool: Pool, owner: SchemaOwner) => {
            const store = new IdempotencyStore(pool, `${instance}_http`, IdempotencySecrets.fromEnv());
            await store.ensureSchema(owner);
            store.startPurging();
            return store;
          },
        },
        IdempotencyInterceptor,
        { provide: APP_INTERCEPTOR, useExisting: IdempotencyInterceptor },
        {
          provide: PersonalDataProtector,
          inject: [PG_POOL, PG_SCHEMA_OWNER, TenantRegistry],
          useFactory: async (pool: Pool, owner: SchemaOwner, tenants: TenantRegistry) => {
            const keyring = TenantKeyring.fromEnv();
            keyring.assertCovers(tenants.all().map((t) => t.tenantId));
            const keys = new PostgresDataKeyStore(pool, `${instance}_personal_data`);
            await keys.ensureSchema(owner);
            return new PersonalDataProtector(keys, keyring);
          },
        },
        EventWriter,
        AggregateCommands,
        EventHandlers,
        CaseViews,
        EngineLifecycle,
        MessagingRuntime,
      ],
      exports: [
        ENGINES_OPTIONS,
        EVENT_STORE,
        PG_POOL,
        PG_SCHEMA_OWNER,
        IdempotencyStore,
        IdempotencyInterceptor,
        PersonalDataProtector,
        EventWriter,
        AggregateCommands,
        EventHandlers,
        CaseViews,
      ],
    };
  }
}
