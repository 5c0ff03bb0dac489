import { existsSync } from 'node:fs';
import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type InjectionToken,
  type OnApplicationBootstrap,
  type OnModuleInit,
} from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { Client, Connection } from '@temporalio/client';
import type { SearchAttributePair } from '@temporalio/common';
import { IllegalStateError } from '@temporalio/common';
import { NativeConnection, Runtime, Worker, type WorkerOptions } from '@temporalio/worker';
import { OpenTelemetryWorkflowClientInterceptor } from '@temporalio/interceptors-opentelemetry/lib/client';
import { makeWorkflowExporter, OpenTelemetryActivityInboundInterceptor } from '@temporalio/interceptors-opentelemetry/lib/worker';
import { atharConfig, atharInstance, currentTracing, HealthRegistry } from '@athar/service-kit';
import { ensureSearchAttributes } from './register-search-attributes';

export const TEMPORAL_OPTIONS = Symbol('TEMPORAL_OPTIONS');

export interface TemporalRuntimeOptions {
  /** The service's task queue for this platform instance. */
  taskQueue: (instance: string) => string;
  workflowsPath: string;
  searchAttributes: ReadonlyArray<SearchAttributePair['key']>;
  /** Builds the worker's activities from providers of the application (looked up anywhere in it). */
  activities: { useFactory: (...deps: never[]) => object; inject: InjectionToken[] };
}

/** A prebuilt bundle when there is one (its interceptors already inside), else the workflows to bundle. */
function workflowSource(workflowsPath: string, traced: boolean): Pick<WorkerOptions, 'workflowsPath' | 'workflowBundle'> {
  const codePath = prebuiltWorkflowBundle(workflowsPath, traced);
  return codePath ? { workflowBundle: { codePath } } : { workflowsPath };
}

/**
 * The SDK's Runtime listens for SIGINT, SIGTERM, SIGQUIT and SIGUSR2 by default and shuts every worker
 * down on them, and its listener alone keeps Node from exiting on that signal. The service owns its
 * shutdown (Nest's hooks, or bootstrap's own handler when profiling), and stops the worker in
 * beforeApplicationShutdown; so the Runtime is installed without signals. When something else in the
 * process (a test's TestWorkflowEnvironment) made the Runtime first, that one is kept.
 */
export function installRuntimeWithoutSignals(): void {
  try {
    Runtime.install({ shutdownSignals: [] });
  } catch (error) {
    if (!(error instanceof IllegalStateError)) throw error;
  }
}

export const temporalAddress = (): string => atharConfig().TEMPORAL_ADDRESS;
export const temporalNamespace = (): string => atharConfig().TEMPORAL_NAMESPACE;

/**
 * The workflow bundle `npm run build` made beside the compiled workflows (docs/adr/0051), one with the
 * tracing interceptors and one without, or undefined when running from source (or none was built): then
 * the worker bundles `workflowsPath` itself at start, as in development.
 */
export function prebuiltWorkflowBundle(workflowsPath: string, traced: boolean): string | undefined {
  if (!workflowsPath.endsWith('.js')) return undefined;
  const codePath = workflowBundlePath(workflowsPath, traced);
  return existsSync(codePath) ? codePath : undefined;
}

/** Where the build writes the workflow bundle for a compiled workflowsPath. */
export function workflowBundlePath(workflowsPath: string, traced: boolean): string {
  return workflowsPath.replace(/\.js$/, traced ? '.traced.bundle.js' : '.bundle.js');
}

/** The workflow interceptor modules the sandbox gets with tracing on (bundled by the worker, or by the build). */
export const TRACING_WORKFLOW_MODULES = [require.resolve('./otel-workflow-interceptors')];

/**
 * With tracing on, workflow runs and activities join the trace that started them (docs/adr/0046): the
 * workflow-side interceptors are bundled in the sandbox and export through a sink; off, the worker is as before.
 */
export function tracingWorkerOptions(): Pick<WorkerOptions, 'interceptors' | 'sinks'> {
  const tracing = currentTracing();
  if (!tracing) return {};
  return {
    interceptors: {
      workflowModules: TRACING_WORKFLOW_MODULES,
      activity: [(ctx) => ({ inbound: new OpenTelemetryActivityInboundInterceptor(ctx) })],
    },
    sinks: { exporter: makeWorkflowExporter(tracing.exporter, tracing.resource) },
  };
}

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
  private stopping = false;
  private readonly stopSignal = new AbortController();
  private connections: Array<{ close(): Promise<void> }> = [];
  readonly taskQueue: string;
  readonly instance: string = atharInstance();

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
    installRuntimeWithoutSignals();
    const connection = await Connection.connect({ address: temporalAddress() });
    this.connections.push(connection);
    await ensureSearchAttributes(connection, this.namespace, this.options.searchAttributes);
    // With tracing on, a workflow start is a span whose context travels in the workflow's headers (docs/adr/0046).
    const interceptors = currentTracing() ? { workflow: [new OpenTelemetryWorkflowClientInterceptor()] } : undefined;
    this.connected = new Client({ connection, namespace: this.namespace, interceptors });
    this.worker = await this.createWorker();
    this.workerRun = this.runWorker(this.worker);
  }

  private async createWorker(): Promise<Worker> {
    const nativeConnection = await NativeConnection.connect({ address: temporalAddress() });
    this.connections.push(nativeConnection);
    const source = workflowSource(this.options.workflowsPath, currentTracing() !== undefined);
    const tracing = tracingWorkerOptions();
    // A prebuilt bundle already holds the workflow interceptors; the worker would only warn about them.
    if (source.workflowBundle && tracing.interceptors) tracing.interceptors = { activity: tracing.interceptors.activity };
    return Worker.create({
      connection: nativeConnection,
      namespace: this.namespace,
      taskQueue: this.taskQueue,
      // Bounded, not sized from the heap limit (about 2,300 workflows on this machine): a case's
      // timeline sleeps for days between tasks, so caching thousands of them only holds memory (docs/adr/0057).
      maxCachedWorkflows: atharConfig().ATHAR_TEMPORAL_CACHED_WORKFLOWS,
      ...source,
      activities: this.options.activities.useFactory(
        ...(this.options.activities.inject.map((token) => this.moduleRef.get(token, { strict: false })) as never[]),
      ),
      ...tracing,
    });
  }

  /**
   * Runs the worker; if it fails (the Temporal frontend gone longer than the SDK's own retries), a new
   * one is made and run after 1 s, doubling to 30 s, until the service stops (docs/adr/0019).
   */
  private async runWorker(first: Worker): Promise<void> {
    let worker: Worker | null = first;
    for (let failures = 0; !this.stopping;) {
      try {
        if (worker === null) worker = await this.createWorker();
        this.worker = worker;
        await worker.run();
        if (this.stopping) return;
        failures = 0;
        this.logger.warn(`${this.taskQueue} worker shut down without the service stopping; starting a new one`);
      } catch (error) {
        if (this.stopping) return;
        failures += 1;
        this.logger.error({ err: error, failures }, `${this.taskQueue} worker stopped; starting a new one`);
      }
      worker = null;
      const delay = Math.min(30_000, 1_000 * 2 ** Math.max(0, failures - 1));
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, delay);
        this.stopSignal.signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
      });
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    this.stopSignal.abort();
    if (this.worker && this.worker.getState() === 'RUNNING') this.worker.shutdown();
    await this.workerRun;
    await Promise.all(this.connections.map((c) => c.close().catch(() => undefined)));
  }
}
