import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { Client } from 'pg';
import { REPO_ROOT } from '@athar/launcher';

/**
 * A PostgreSQL and a FerretDB of a test's own, on free ports, run as infra/local/engines.sh runs the
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
function privateEnginesDir(): string {
  const dir = join(process.env.ATHAR_ENGINES_DIR ?? join(REPO_ROOT, '.engines'), 'private');
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

  /** SIGKILL: the MongoDB wire port is gone at once. */
  async kill(): Promise<void> {
    const child = this.process;
    this.process = null;
    if (child === null || child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGKILL');
    });
  }

  async destroy(): Promise<void> {
    await this.kill();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
