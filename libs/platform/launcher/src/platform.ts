import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { BOUNDED_CONTEXTS, type BoundedContext } from '@athar/contracts';

export const REPO_ROOT = join(__dirname, '..', '..', '..', '..');

export interface PlatformOptions {
  /** Names topics, groups, schemas, databases and the task queue (contracts' DEFAULT_INSTANCE in production). */
  instance: string;
  /** Port of intake; the other services take the next four. */
  basePort: number;
  logDir: string;
  /**
   * How the services check tokens: the identity provider's JWKS, issuer and audience (e.g. a Keycloak
   * realm's `TestRealm.verifierEnv()`, docs/adr/0033), or else a PEM public key file (the development
   * issuer, kept for the guard's unit tests and tools that sign their own tokens).
   */
  tokenVerifier: { jwksUrl: string; issuer: string; audience: string } | { publicKeyFile: string };
  /** Detached processes outlive the caller (the start command); attached ones die with it (tests). */
  detached?: boolean;
  extraEnv?: NodeJS.ProcessEnv;
  /** Told which service did not become ready (e.g. to print its log) before the platform is stopped. */
  onNotReady?: (context: BoundedContext) => void;
  /** How long each service may take to become ready. Default 90 s. */
  readyTimeoutMs?: number;
  /**
   * Run the compiled services (`dist/apps/<service>/main.js`, `npm run build`) instead of the TypeScript
   * sources through @swc-node/register (docs/adr/0051). Default: `ATHAR_RUN_COMPILED=1`.
   */
  compiled?: boolean;
  /** Node's own flags for each service, before its entry (e.g. `--cpu-prof`, which NODE_OPTIONS refuses). */
  nodeArgs?: string[];
}

/** Whether services run compiled: the option, else `ATHAR_RUN_COMPILED=1`. */
export function runsCompiled(options: Pick<PlatformOptions, 'compiled'>, env: NodeJS.ProcessEnv = process.env): boolean {
  return options.compiled ?? env.ATHAR_RUN_COMPILED === '1';
}

/**
 * Node's arguments for one service, relative to REPO_ROOT: its TypeScript entry through
 * @swc-node/register (development, docs/adr/0005), or its compiled entry (docs/adr/0051).
 */
export function serviceArgs(context: BoundedContext, compiled: boolean): string[] {
  if (!compiled) return ['-r', '@swc-node/register', join('apps', context, 'src', 'main.ts')];
  const entry = join('dist', 'apps', context, 'main.js');
  if (!existsSync(join(REPO_ROOT, entry))) throw new Error(`${entry} is missing: build it first (npm run build -- ${context})`);
  return [entry];
}

export interface RunningService {
  context: BoundedContext;
  url: string;
  process: ChildProcess;
}

export function platformEnv(options: PlatformOptions): NodeJS.ProcessEnv {
  const verifier = options.tokenVerifier;
  const env: NodeJS.ProcessEnv = {
    ATHAR_INSTANCE: options.instance,
    ...('jwksUrl' in verifier
      ? { ATHAR_JWKS_URL: verifier.jwksUrl, ATHAR_JWT_ISSUER: verifier.issuer, ATHAR_JWT_AUDIENCE: verifier.audience }
      : { ATHAR_JWT_PUBLIC_KEY_FILE: verifier.publicKeyFile }),
  };
  BOUNDED_CONTEXTS.forEach((context, index) => {
    const key = context.toUpperCase().replace(/-/g, '_');
    env[`ATHAR_${key}_PORT`] = String(options.basePort + index);
    env[`ATHAR_${key}_URL`] = `http://127.0.0.1:${options.basePort + index}`;
  });
  return { ...env, ...options.extraEnv };
}

/** Starts one service as a Node process running its TypeScript entry point, or its compiled one (`compiled`). */
export function launchService(context: BoundedContext, options: PlatformOptions): RunningService {
  const args = serviceArgs(context, runsCompiled(options));
  mkdirSync(options.logDir, { recursive: true });
  const log = openSync(join(options.logDir, `${context}.log`), 'a');
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...platformEnv(options), NODE_ENV: process.env.NODE_ENV ?? 'development' },
    stdio: ['ignore', log, log],
    detached: options.detached ?? false,
  });
  if (options.detached) child.unref();
  const index = BOUNDED_CONTEXTS.indexOf(context);
  return { context, url: `http://127.0.0.1:${options.basePort + index}`, process: child };
}

/**
 * How long a service may take to become ready: 180 s by default (a cold start compiles TypeScript on
 * the fly, and on a loaded two-core machine five services starting at once take over 90 s);
 * `ATHAR_READY_TIMEOUT_MS` overrides it.
 */
export function readyTimeoutMs(env: NodeJS.ProcessEnv = process.env): number {
  const configured = Number(env.ATHAR_READY_TIMEOUT_MS);
  return Number.isFinite(configured) && configured > 0 ? configured : 180_000;
}

/** Polls /health/ready until it answers 200, the process dies, or the time is up. */
export async function waitReady(service: RunningService, timeoutMs = readyTimeoutMs()): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer';
  while (Date.now() < deadline) {
    if (service.process.exitCode !== null) throw new Error(`${service.context} exited with code ${service.process.exitCode}`);
    try {
      const response = await fetch(`${service.url}/health/ready`, { signal: AbortSignal.timeout(3000) });
      if (response.ok) return;
      last = `${response.status} ${await response.text()}`;
    } catch (error) {
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      last = cause ? `${(error as Error).message} (${cause.code ?? cause.message ?? String(cause)})` : (error as Error).message;
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${service.context} not ready after ${timeoutMs} ms: ${last}`);
}

export async function startPlatform(options: PlatformOptions): Promise<RunningService[]> {
  const services = BOUNDED_CONTEXTS.map((context) => launchService(context, options));
  try {
    await Promise.all(
      services.map((service) =>
        waitReady(service, options.readyTimeoutMs).catch((error: unknown) => {
          options.onNotReady?.(service.context);
          throw error;
        }),
      ),
    );
  } catch (error) {
    await stopServices(services);
    throw error;
  }
  return services;
}

/** SIGTERM lets Nest close consumers, relays and the worker; SIGKILL after a grace period. */
export async function stopServices(services: RunningService[], graceMs = 15_000): Promise<void> {
  await Promise.all(
    services.map(
      (service) =>
        new Promise<void>((resolve) => {
          if (service.process.exitCode !== null || service.process.signalCode !== null) return resolve();
          const timer = setTimeout(() => service.process.kill('SIGKILL'), graceMs);
          service.process.once('exit', () => {
            clearTimeout(timer);
            resolve();
          });
          service.process.kill('SIGTERM');
        }),
    ),
  );
}
