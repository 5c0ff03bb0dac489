import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { Connection } from '@temporalio/client';
import { Kafka, logLevel } from 'kafkajs';
import { Client } from 'pg';
import { REPO_ROOT } from '@athar/launcher';

/**
 * A PostgreSQL, a FerretDB, a Kafka broker and a Temporal dev server of a test's own, on free ports, run as infra/local/engines.sh runs the
 * shared ones (the Debian package's binaries; FerretDB's binary from the engines folder), so a test
 * may stop and kill them: the shared engines are never touched.
 */

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

const isRoot = (): boolean => process.getuid?.() === 0;

function pgBinDir(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'initdb'))) : [];
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
  if (!newest) throw new Error('no PostgreSQL server binaries in /usr/lib/postgresql/*/bin (infra/local/engines.sh install postgres)');
  return join(root, newest, 'bin');
}

/**
 * Where private engines keep their data: under the engines folder, whose ancestors engines.sh has made
 * traversable for the postgres user, not under TMPDIR, which may be a private 0700 folder of root's
 * (a fresh `TMPDIR=$(mktemp -d)`), where the postgres user cannot read its own files.
 */
function enginesDir(): string {
  return process.env.ATHAR_ENGINES_DIR ?? join(REPO_ROOT, '.engines');
}

function privateEnginesDir(): string {
  const dir = join(enginesDir(), 'private');
  mkdirSync(dir, { recursive: true, mode: 0o755 });
  return dir;
}

/** PostgreSQL refuses to run as root: as root, run its binaries as the postgres user (as engines.sh does). */
function asPostgres(command: string, args: string[]): void {
  if (isRoot()) execFileSync('runuser', ['-u', 'postgres', '--', command, ...args], { cwd: '/', stdio: 'pipe' });
  else execFileSync(command, args, { stdio: 'pipe' });
}

export class PrivatePostgres {
  private constructor(
    readonly dir: string,
    readonly port: number,
    private readonly bin: string,
  ) {}

  static async create(): Promise<PrivatePostgres> {
    const dir = mkdtempSync(join(privateEnginesDir(), 'pg-'));
    const pg = new PrivatePostgres(dir, await freePort(), pgBinDir());
    mkdirSync(join(dir, 'socket'));
    writeFileSync(join(dir, 'pw'), 'athar\n');
    if (isRoot()) for (const path of [dir, join(dir, 'socket'), join(dir, 'pw')]) chownSync(path, uid('postgres'), gid('postgres'));
    asPostgres(join(pg.bin, 'initdb'), [
      '-D',
      pg.data,
      '-U',
      'athar',
      `--pwfile=${join(dir, 'pw')}`,
      '-E',
      'UTF8',
      '--locale=C.UTF-8',
      '--auth-local=trust',
      '--auth-host=scram-sha-256',
    ]);
    await pg.start();
    const admin = new Client({ connectionString: pg.url('postgres') });
    await admin.connect();
    try {
      for (const db of ['athar', 'ferretdb']) await admin.query(`CREATE DATABASE ${db}`);
    } finally {
      await admin.end();
    }
    // The schema owner and the services' role, as infra/local/engines.sh makes them (docs/adr/0018).
    const athar = new Client({ connectionString: pg.url() });
    await athar.connect();
    try {
      await athar.query(readFileSync(join(REPO_ROOT, 'infra', 'local', 'postgres', 'roles.sql'), 'utf8'));
    } finally {
      await athar.end();
    }
    return pg;
  }

  private get data(): string {
    return join(this.dir, 'data');
  }

  /** The superuser (initdb's), for the test's own checks and FerretDB. */
  url(database = 'athar'): string {
    return `postgres://athar:athar@127.0.0.1:${this.port}/${database}`;
  }

  /** What the services query with (ATHAR_PG_URL): athar_app, which cannot change stored events. */
  get appUrl(): string {
    return `postgres://athar_app:athar_app@127.0.0.1:${this.port}/athar`;
  }

  /** What schema creation and migrations run with (ATHAR_PG_MIGRATION_URL): athar_owner. */
  get migrationUrl(): string {
    return `postgres://athar_owner:athar_owner@127.0.0.1:${this.port}/athar`;
  }

  /** The platform's environment for this engine: both URLs, so none falls back to the shared PostgreSQL. */
  get env(): NodeJS.ProcessEnv {
    return { ATHAR_PG_URL: this.appUrl, ATHAR_PG_MIGRATION_URL: this.migrationUrl };
  }

  async start(): Promise<void> {
    const options = `-p ${this.port} -k ${join(this.dir, 'socket')} -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off`;
    asPostgres(join(this.bin, 'pg_ctl'), ['-D', this.data, '-l', join(this.dir, 'postgres.log'), '-w', '-t', '60', '-s', '-o', options, 'start']);
  }

  /** Like a crash: every backend killed at once, no checkpoint (crash recovery on the next start). */
  async stopImmediately(): Promise<void> {
    asPostgres(join(this.bin, 'pg_ctl'), ['-D', this.data, '-m', 'immediate', '-w', '-s', 'stop']);
  }

  async destroy(): Promise<void> {
    try {
      asPostgres(join(this.bin, 'pg_ctl'), ['-D', this.data, '-m', 'immediate', '-w', '-s', 'stop']);
    } catch {
      // already stopped
    }
    rmSync(this.dir, { recursive: true, force: true });
  }
}

function uid(user: string): number {
  return Number(execFileSync('id', ['-u', user]).toString().trim());
}
function gid(user: string): number {
  return Number(execFileSync('id', ['-g', user]).toString().trim());
}

export class PrivateFerretDb {
  private process: ChildProcess | null = null;

  private constructor(
    readonly dir: string,
    readonly port: number,
    private readonly debugPort: number,
    private readonly postgresUrl: string,
  ) {}

  static async create(postgres: PrivatePostgres): Promise<PrivateFerretDb> {
    const dir = mkdtempSync(join(privateEnginesDir(), 'ferretdb-'));
    const ferret = new PrivateFerretDb(dir, await freePort(), await freePort(), postgres.url('ferretdb'));
    await ferret.start();
    return ferret;
  }

  get url(): string {
    return `mongodb://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const binary = join(process.env.ATHAR_ENGINES_DIR ?? join(REPO_ROOT, '.engines'), 'bin', 'ferretdb');
    this.process = spawn(
      binary,
      [
        '--handler=postgresql',
        `--postgresql-url=${this.postgresUrl}`,
        `--listen-addr=127.0.0.1:${this.port}`,
        `--debug-addr=127.0.0.1:${this.debugPort}`,
        '--telemetry=disable',
        `--state-dir=${this.dir}`,
        '--log-format=json',
        '--log-level=WARN',
      ],
      { stdio: 'ignore' },
    );
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      const ok = await fetch(`http://127.0.0.1:${this.debugPort}/debug/readyz`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) return;
      if (this.process.exitCode !== null) throw new Error(`ferretdb exited with ${this.process.exitCode}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error('ferretdb not ready after 30 s');
  }

  get pid(): number | undefined {
    return this.process?.pid;
  }

  /** SIGKILL: the MongoDB wire port is gone at once. */
  async kill(): Promise<void> {
    const child = this.process;
    this.process = null;
    await killChild(child);
  }

  async destroy(): Promise<void> {
    await this.kill();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** SIGKILL a child and wait for it to be gone (nothing when it already exited). */
async function killChild(child: ChildProcess | null): Promise<void> {
  if (child === null || child.exitCode !== null || child.signalCode !== null) return;
  await new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    // a stopped (SIGSTOP) process takes SIGKILL too
    child.kill('SIGKILL');
  });
}

/**
 * One Kafka broker (KRaft, broker and controller in one JVM) from the engines folder's cached jars, as
 * infra/local/engines/kafka.sh runs the shared one, on free ports with a data folder of its own. Killed
 * and started again, it keeps its data (the same folder and cluster id).
 */
export class PrivateKafka {
  private process: ChildProcess | null = null;
  private static readonly CLUSTER_ID = 'QXRoYXJDaGFvc0thZmthMQ'; // base64url("AtharChaosKafka1")

  private constructor(
    readonly dir: string,
    readonly port: number,
    private readonly controllerPort: number,
  ) {}

  static async create(): Promise<PrivateKafka> {
    const dir = mkdtempSync(join(privateEnginesDir(), 'kafka-'));
    const kafka = new PrivateKafka(dir, await freePort(), await freePort());
    const template = readFileSync(join(REPO_ROOT, 'infra', 'local', 'kafka', 'server.properties'), 'utf8');
    writeFileSync(
      kafka.config,
      template
        .replaceAll('@DATA_DIR@', join(dir, 'data'))
        .replaceAll('127.0.0.1:9093', `127.0.0.1:${kafka.controllerPort}`)
        .replaceAll('127.0.0.1:9092', `127.0.0.1:${kafka.port}`),
    );
    execFileSync('java', [...PrivateKafka.toolJava, 'kafka.tools.StorageTool', 'format', '--cluster-id', PrivateKafka.CLUSTER_ID, '--config', kafka.config], {
      stdio: 'pipe',
    });
    await kafka.start();
    return kafka;
  }

  private static get libs(): string {
    const libs = join(enginesDir(), 'kafka', 'libs');
    if (!existsSync(libs)) throw new Error(`no Kafka jars in ${libs} (infra/local/engines.sh install kafka)`);
    return join(libs, '*');
  }

  private static get toolJava(): string[] {
    return [
      '-Xms64m',
      '-Xmx256m',
      '-XX:TieredStopAtLevel=1',
      '-XX:+UseSerialGC',
      '-Djava.awt.headless=true',
      `-Dlog4j.configuration=file:${join(REPO_ROOT, 'infra', 'local', 'kafka', 'tools-log4j.properties')}`,
      '-cp',
      PrivateKafka.libs,
    ];
  }

  private get config(): string {
    return join(this.dir, 'server.properties');
  }

  get brokers(): string[] {
    return [`127.0.0.1:${this.port}`];
  }

  /** The platform's environment for this broker. */
  get env(): NodeJS.ProcessEnv {
    return { KAFKA_BROKERS: this.brokers.join(',') };
  }

  get pid(): number | undefined {
    return this.process?.pid;
  }

  async start(): Promise<void> {
    const log = openSync(join(this.dir, 'kafka.log'), 'a');
    this.process = spawn(
      'java',
      [
        '-Xms128m',
        '-Xmx512m',
        '-XX:+UseG1GC',
        '-XX:MaxGCPauseMillis=20',
        '-Djava.awt.headless=true',
        `-Dlog4j.configuration=file:${join(REPO_ROOT, 'infra', 'local', 'log4j.properties')}`,
        `-Dkafka.logs.dir=${this.dir}`,
        '-cp',
        PrivateKafka.libs,
        'kafka.Kafka',
        this.config,
      ],
      { stdio: ['ignore', log, log] },
    );
    const admin = new Kafka({ brokers: this.brokers, clientId: 'private-kafka.ready', logLevel: logLevel.NOTHING, retry: { retries: 0 } }).admin();
    const deadline = Date.now() + 90_000;
    while (Date.now() < deadline) {
      if (this.process.exitCode !== null) throw new Error(`kafka exited with ${this.process.exitCode} (log: ${join(this.dir, 'kafka.log')})`);
      try {
        await admin.connect();
        const cluster = await admin.describeCluster();
        await admin.disconnect();
        if (cluster.brokers.length > 0) return;
      } catch {
        await admin.disconnect().catch(() => undefined);
      }
      await sleep(500);
    }
    throw new Error(`kafka not ready after 90 s (log: ${join(this.dir, 'kafka.log')})`);
  }

  /** SIGKILL: the broker is gone at once, with no controlled shutdown. */
  async kill(): Promise<void> {
    const child = this.process;
    this.process = null;
    await killChild(child);
  }

  async destroy(): Promise<void> {
    await this.kill();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/**
 * The Temporal CLI's dev server (`temporal server start-dev`, from the engines folder, as
 * infra/local/engines/temporal.sh runs the shared one) on free ports, its state in a SQLite file of its
 * own (`--db-filename`), so that killed and started again it keeps its workflows.
 */
export class PrivateTemporal {
  private process: ChildProcess | null = null;

  private constructor(
    readonly dir: string,
    readonly port: number,
    private readonly httpPort: number,
    private readonly metricsPort: number,
  ) {}

  static async create(): Promise<PrivateTemporal> {
    const dir = mkdtempSync(join(privateEnginesDir(), 'temporal-'));
    const temporal = new PrivateTemporal(dir, await freePort(), await freePort(), await freePort());
    await temporal.start();
    return temporal;
  }

  get address(): string {
    return `127.0.0.1:${this.port}`;
  }

  /** The platform's environment for this server. */
  get env(): NodeJS.ProcessEnv {
    return { TEMPORAL_ADDRESS: this.address };
  }

  get pid(): number | undefined {
    return this.process?.pid;
  }

  async start(): Promise<void> {
    const binary = join(enginesDir(), 'bin', 'temporal');
    if (!existsSync(binary)) throw new Error(`no Temporal CLI at ${binary} (infra/local/engines.sh install temporal)`);
    const log = openSync(join(this.dir, 'temporal.log'), 'a');
    // The search attributes the services set, as engines.sh registers them (TEMPORAL_SEARCH_ATTRIBUTES).
    const attributes = ['TenantId=Keyword', 'CaseId=Keyword', 'Stage=Keyword', 'Deadline=Datetime'].flatMap((a) => ['--search-attribute', a]);
    this.process = spawn(
      binary,
      [
        'server',
        'start-dev',
        '--ip',
        '127.0.0.1',
        '--port',
        String(this.port),
        '--headless',
        '--http-port',
        String(this.httpPort),
        '--metrics-port',
        String(this.metricsPort),
        '--db-filename',
        join(this.dir, 'temporal.db'),
        '--namespace',
        'default',
        '--log-level',
        'warn',
        '--log-format',
        'text',
        '--color',
        'never',
        ...attributes,
      ],
      { stdio: ['ignore', log, log] },
    );
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      if (this.process.exitCode !== null) throw new Error(`temporal exited with ${this.process.exitCode} (log: ${join(this.dir, 'temporal.log')})`);
      try {
        const connection = await Connection.connect({ address: this.address, connectTimeout: 2_000 });
        try {
          await connection.workflowService.describeNamespace({ namespace: 'default' });
          return;
        } finally {
          await connection.close();
        }
      } catch {
        await sleep(500);
      }
    }
    throw new Error(`temporal not ready after 60 s (log: ${join(this.dir, 'temporal.log')})`);
  }

  /** SIGKILL: the server is gone at once; its SQLite file stays. */
  async kill(): Promise<void> {
    const child = this.process;
    this.process = null;
    await killChild(child);
  }

  async destroy(): Promise<void> {
    await this.kill();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
