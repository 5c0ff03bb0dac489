import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BOUNDED_CONTEXTS, type BoundedContext } from '@athar/contracts';
import { API_AUDIENCE, keycloakConnectionFromEnv, TestRealm } from '@athar/identity';
import { deleteInstance, launchService, stopServices, waitReady, type PlatformOptions, type RunningService } from '@athar/launcher';
import { randomBasePort } from '../../apps/platform-e2e/src/platform-under-test';
import { PrivateFerretDb, PrivateKafka, PrivatePostgres, PrivateTemporal } from '../../apps/platform-e2e/src/private-engines';
import type { Engines } from './checks';

/** A second replica of a service listens this many ports above the first (as PlatformUnderTest does). */
const REPLICA_PORT_OFFSET = 5;

const tail = (file: string): string => (existsSync(file) ? readFileSync(file, 'utf8').split('\n').slice(-15).join('\n') : '(no log)');

/**
 * The five services on engines of the drill's own: a private PostgreSQL, FerretDB, Kafka broker and
 * Temporal dev server (apps/platform-e2e/src/private-engines.ts), so that every one of them may be killed;
 * the shared engines are never touched. Officers sign in through a throw-away Keycloak realm (Keycloak is
 * not one of the engines a drill breaks).
 */
export class ChaosPlatform {
  readonly instance = `chaos${randomBytes(4).toString('hex')}`;
  private readonly realm = new TestRealm(keycloakConnectionFromEnv());
  /** The running processes, by `<context>#<replica>`. */
  private readonly running = new Map<string, RunningService>();
  private launchOptions!: PlatformOptions;
  passed = false;

  private constructor(
    readonly dir: string,
    readonly postgres: PrivatePostgres,
    readonly ferret: PrivateFerretDb,
    readonly kafka: PrivateKafka,
    readonly temporal: PrivateTemporal,
  ) {}

  /** `enginesUp` is handed the platform once its engines are up, before its services start (what an interrupt stops). */
  static async start(log: (line: string) => void = () => undefined, enginesUp: (platform: ChaosPlatform) => void = () => undefined): Promise<ChaosPlatform> {
    const dir = mkdtempSync(join(tmpdir(), 'athar-chaos-'));
    const t0 = Date.now();
    const postgres = await PrivatePostgres.create();
    const [ferret, kafka, temporal] = await Promise.all([PrivateFerretDb.create(postgres), PrivateKafka.create(), PrivateTemporal.create()]);
    log(
      `private engines up in ${((Date.now() - t0) / 1000).toFixed(0)} s: PostgreSQL :${postgres.port}, FerretDB :${ferret.port}, Kafka :${kafka.port}, Temporal :${temporal.port}`,
    );
    const platform = new ChaosPlatform(dir, postgres, ferret, kafka, temporal);
    enginesUp(platform);
    try {
      await platform.startServices();
    } catch (error) {
      await platform.stop();
      throw error;
    }
    log(`five services up (instance ${platform.instance}) in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
    return platform;
  }

  /** The services' environment: every engine but Keycloak is this platform's own. */
  get engineEnv(): NodeJS.ProcessEnv {
    return { ...this.postgres.env, ATHAR_MONGO_URL: this.ferret.url, ...this.kafka.env, ...this.temporal.env };
  }

  private async startServices(): Promise<void> {
    await this.realm.create([{ tenantId: 'awj' }]);
    this.launchOptions = {
      readyTimeoutMs: 300_000,
      onNotReady: (context) => console.error(`${context} log:\n${tail(join(this.dir, 'logs', `${context}.log`))}`),
      instance: this.instance,
      // 4190 (ManageSieve) is one of fetch's bad ports: randomBasePort avoids those.
      basePort: randomBasePort(5000),
      logDir: join(this.dir, 'logs'),
      tokenVerifier: { jwksUrl: this.realm.urls.jwks, issuer: this.realm.urls.issuer, audience: API_AUDIENCE },
      extraEnv: this.engineEnv,
    };
    // each process known as soon as it is spawned, so an interrupt or a late one stops them all (stop())
    const services = BOUNDED_CONTEXTS.map((context) => launchService(context, this.launchOptions));
    for (const service of services) this.running.set(`${service.context}#0`, service);
    await Promise.all(
      services.map((service) =>
        waitReady(service, this.launchOptions.readyTimeoutMs).catch((error: unknown) => {
          this.launchOptions.onNotReady?.(service.context);
          throw error;
        }),
      ),
    );
  }

  /**
   * The i-th submission's officer token: ten officers, so the per-user rate limit (1200/min) is not what a
   * drill measures. The realm reuses each token until 30 s before it expires and signs each officer in
   * once at a time (a drill outlives a token; a token held here any longer was answered 401 once expired).
   */
  token(i: number): Promise<string> {
    return this.realm.tokenFor('awj', ['relations-officer'], `awj-officer-${i % 10}`);
  }

  private replicaOptions(replica: number): PlatformOptions {
    return {
      ...this.launchOptions,
      basePort: this.launchOptions.basePort + REPLICA_PORT_OFFSET * replica,
      logDir: join(this.dir, replica === 0 ? 'logs' : `logs-replica-${replica}`),
    };
  }

  service(context: BoundedContext, replica = 0): RunningService {
    const service = this.running.get(`${context}#${replica}`);
    if (!service) throw new Error(`${context} replica ${replica} is not running`);
    return service;
  }

  get services(): RunningService[] {
    return [...this.running.values()];
  }

  url(context: BoundedContext): string {
    return this.service(context).url;
  }

  /** What the exactly-once checks read. */
  engines(): Engines {
    return {
      instance: this.instance,
      pgUrl: this.postgres.url(),
      brokers: this.kafka.brokers,
      temporalAddress: this.temporal.address,
      serviceUrl: (context) => this.url(context as BoundedContext),
      token: () => this.token(0),
    };
  }

  /** kill -9 of one process of a service: no shutdown hook runs, its consumers and worker vanish mid-work. */
  async killService(context: BoundedContext, replica = 0): Promise<void> {
    const { process: child } = this.service(context, replica);
    if (child.exitCode !== null || child.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGKILL');
    });
  }

  /** Starts a service's process again (as the supervisor or Kubernetes would), on the same port; waits until it is ready. */
  async startService(context: BoundedContext, replica = 0): Promise<void> {
    const service = launchService(context, this.replicaOptions(replica));
    this.running.set(`${context}#${replica}`, service);
    await waitReady(service, 300_000);
  }

  /** Stops (SIGTERM) a second replica a drill started. */
  async stopService(context: BoundedContext, replica: number): Promise<void> {
    const service = this.running.get(`${context}#${replica}`);
    if (!service) return;
    await stopServices([service]);
    this.running.delete(`${context}#${replica}`);
  }

  /** Every running process answers ready; the milliseconds it took (bounded). */
  async allReady(timeoutMs = 180_000): Promise<number> {
    const t0 = Date.now();
    await Promise.all(this.services.map((s) => waitReady(s, timeoutMs)));
    return Date.now() - t0;
  }

  /** Stops the services, deletes the instance and the realm, destroys the private engines; keeps the logs when a drill failed. */
  async stop(): Promise<void> {
    await stopServices(this.services);
    await deleteInstance(this.instance, { ...process.env, ...this.engineEnv }).catch(() => undefined);
    await this.realm.delete().catch(() => undefined);
    for (const engine of [this.temporal, this.kafka, this.ferret, this.postgres]) await engine.destroy().catch(() => undefined);
    if (this.passed) rmSync(this.dir, { recursive: true, force: true });
    else console.error(`chaos: the private platform's logs are kept in ${this.dir}`);
  }
}

export { BOUNDED_CONTEXTS };
