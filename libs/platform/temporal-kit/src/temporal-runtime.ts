import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type InjectionToken, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { Client, Connection } from '@temporalio/client';
import type { SearchAttributePair } from '@temporalio/common';
import { NativeConnection, Worker } from '@temporalio/worker';
import { DEFAULT_INSTANCE } from '@athar/contracts';
import { HealthRegistry } from '@athar/service-kit';
import { ensureSearchAttributes } from './search-attributes';

export const TEMPORAL_OPTIONS = Symbol('TEMPORAL_OPTIONS');

export interface TemporalRuntimeOptions {
  /** The service's task queue for this platform instance. */
  taskQueue: (instance: string) => string;
  workflowsPath: string;
  searchAttributes: ReadonlyArray<SearchAttributePair['key']>;
  /** Builds the worker's activities from providers of the application (looked up anywhere in it). */
  activities: { useFactory: (...deps: never[]) => object; inject: InjectionToken[] };
}

export const temporalAddress = (): string => process.env.TEMPORAL_ADDRESS ?? '127.0.0.1:7233';
export const temporalNamespace = (): string => process.env.TEMPORAL_NAMESPACE ?? 'default';

/**
 * One service's Temporal client and worker. The worker's activities write to the event store, so it is
 * stopped before the store's connections close; the client is ready once the application has booted.
 */
@Injectable()
export class TemporalRuntime implements OnModuleInit, OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(TemporalRuntime.name);
  private connected?: Client;
  private worker?: Worker;
  private workerRun?: Promise<void>;
  private connections: Array<{ close(): Promise<void> }> = [];
  readonly taskQueue: string;
  readonly instance: string = process.env.ATHAR_INSTANCE ?? DEFAULT_INSTANCE;

  constructor(
    @Inject(TEMPORAL_OPTIONS) private readonly options: TemporalRuntimeOptions,
    private readonly health: HealthRegistry,
    private readonly moduleRef: ModuleRef,
  ) {
    this.taskQueue = options.taskQueue(this.instance);
  }

  get client(): Client {
    if (!this.connected) throw new Error('Temporal client not connected yet');
    return this.connected;
  }

  get namespace(): string {
    return temporalNamespace();
  }

  onModuleInit(): void {
    this.health.register('temporal', async () => {
      await this.client.workflowService.getSystemInfo({});
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    const connection = await Connection.connect({ address: temporalAddress() });
    this.connections.push(connection);
    await ensureSearchAttributes(connection, this.namespace, this.options.searchAttributes);
    this.connected = new Client({ connection, namespace: this.namespace });
    const nativeConnection = await NativeConnection.connect({ address: temporalAddress() });
    this.connections.push(nativeConnection);
    this.worker = await Worker.create({
      connection: nativeConnection,
      namespace: this.namespace,
      taskQueue: this.taskQueue,
      workflowsPath: this.options.workflowsPath,
      activities: this.options.activities.useFactory(...(this.options.activities.inject.map((token) => this.moduleRef.get(token, { strict: false })) as never[])),
    });
    this.workerRun = this.worker.run().catch((error: unknown) => this.logger.error({ err: error }, `${this.taskQueue} worker stopped`));
  }

  async beforeApplicationShutdown(): Promise<void> {
    if (this.worker && this.worker.getState() === 'RUNNING') this.worker.shutdown();
    await this.workerRun;
    await Promise.all(this.connections.map((c) => c.close()));
  }
}
