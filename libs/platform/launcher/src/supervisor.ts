import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { BOUNDED_CONTEXTS, type BoundedContext } from '@athar/contracts';
import { platformEnv, REPO_ROOT, runsCompiled, serviceArgs, type PlatformOptions } from './platform';
import { DEFAULT_RESTART_POLICY, RestartPolicy, type RestartPolicyOptions } from './restart-policy';

/** One process the supervisor keeps running. */
export interface SupervisedProcess {
  name: string;
  command: string;
  args: string[];
  /** Added to the supervisor's own environment. */
  env: NodeJS.ProcessEnv;
  cwd: string;
  logFile: string;
  /** Answered 200 once the process is ready (shown by status). */
  readyUrl?: string;
}

export type SupervisedState = 'running' | 'restarting' | 'given-up' | 'stopped';

export interface SupervisedStatus {
  name: string;
  state: SupervisedState;
  pid: number | null;
  restarts: number;
  readyUrl?: string;
  lastExit?: { code: number | null; signal: string | null; at: string };
  /** Why it is given up on, for a person. */
  message?: string;
}

export interface SupervisorStatus {
  pid: number;
  startedAt: string;
  state: 'running' | 'stopping' | 'stopped';
  log: string;
  processes: SupervisedStatus[];
}

export interface SupervisorOptions {
  processes: SupervisedProcess[];
  /** Written on every change: what `npm run status` and `npm run stop` read. */
  statusFile: string;
  /** The supervisor's own log (one JSON line per event). */
  logFile: string;
  policy?: Partial<RestartPolicyOptions>;
  /** SIGTERM, then SIGKILL after this long. Default 15 s. */
  stopGraceMs?: number;
}

interface Entry {
  spec: SupervisedProcess;
  policy: RestartPolicy;
  status: SupervisedStatus;
  child: ChildProcess | null;
  timer: NodeJS.Timeout | null;
}

/**
 * Keeps processes running, as a process manager or Kubernetes would: a process that exits while it
 * should be running is started again after a backoff (RestartPolicy), and after too many crashes in
 * a short time it is given up on, loudly: an error in the supervisor's log and in the status file
 * (`npm run status`, `npm run stop` print it). Written small rather than taken from a library
 * (docs/adr/0019).
 */
export class Supervisor {
  private readonly entries: Entry[];
  private state: SupervisorStatus['state'] = 'running';
  private readonly startedAt = new Date().toISOString();

  constructor(private readonly options: SupervisorOptions) {
    const policy = { ...DEFAULT_RESTART_POLICY, ...options.policy };
    this.entries = options.processes.map((spec) => ({
      spec,
      policy: new RestartPolicy(policy),
      status: { name: spec.name, state: 'stopped', pid: null, restarts: 0, readyUrl: spec.readyUrl },
      child: null,
      timer: null,
    }));
    mkdirSync(dirname(options.statusFile), { recursive: true });
    mkdirSync(dirname(options.logFile), { recursive: true });
  }

  start(): void {
    this.log('info', 'supervisor started', { pid: process.pid, processes: this.entries.map((e) => e.spec.name) });
    for (const entry of this.entries) this.launch(entry);
  }

  status(): SupervisorStatus {
    return { pid: process.pid, startedAt: this.startedAt, state: this.state, log: this.options.logFile, processes: this.entries.map((e) => ({ ...e.status })) };
  }

  private launch(entry: Entry): void {
    entry.timer = null;
    if (this.state !== 'running') return;
    mkdirSync(dirname(entry.spec.logFile), { recursive: true });
    const log = openSync(entry.spec.logFile, 'a');
    const child = spawn(entry.spec.command, entry.spec.args, { cwd: entry.spec.cwd, env: { ...process.env, ...entry.spec.env }, stdio: ['ignore', log, log] });
    entry.child = child;
    entry.status = { ...entry.status, state: 'running', pid: child.pid ?? null, message: undefined };
    this.log('info', 'process started', { process: entry.spec.name, pid: child.pid, restarts: entry.status.restarts });
    child.once('error', (error) => this.log('error', 'process could not be started', { process: entry.spec.name, error: error.message }));
    child.once('exit', (code, signal) => this.exited(entry, child, code, signal));
    this.writeStatus();
  }

  private exited(entry: Entry, child: ChildProcess, code: number | null, signal: NodeJS.Signals | null): void {
    if (entry.child !== child) return;
    entry.child = null;
    entry.status.pid = null;
    entry.status.lastExit = { code, signal, at: new Date().toISOString() };
    if (this.state !== 'running') {
      entry.status.state = 'stopped';
      this.writeStatus();
      return;
    }
    const decision = entry.policy.crashed();
    if (decision.action === 'give-up') {
      entry.status.state = 'given-up';
      entry.status.message = `${entry.spec.name} crashed ${decision.crashesInWindow} times within the restart window (last exit: ${signal ?? `code ${code}`}); not restarting it. See ${entry.spec.logFile}, fix the cause, then npm run stop && npm start.`;
      this.log('error', 'process given up on: crashing repeatedly', {
        process: entry.spec.name,
        crashes: decision.crashesInWindow,
        code,
        signal,
        message: entry.status.message,
      });
    } else {
      entry.status.state = 'restarting';
      entry.status.restarts += 1;
      this.log('warn', 'process exited; restarting', {
        process: entry.spec.name,
        code,
        signal,
        inMs: decision.delayMs,
        crashesInWindow: decision.crashesInWindow,
      });
      entry.timer = setTimeout(() => this.launch(entry), decision.delayMs);
    }
    this.writeStatus();
  }

  /** SIGTERM to every process (SIGKILL after the grace period); resolves when all have exited. */
  async stop(): Promise<void> {
    if (this.state !== 'running') return;
    this.state = 'stopping';
    this.log('info', 'supervisor stopping');
    this.writeStatus();
    const grace = this.options.stopGraceMs ?? 15_000;
    await Promise.all(
      this.entries.map(
        (entry) =>
          new Promise<void>((resolve) => {
            if (entry.timer) clearTimeout(entry.timer);
            entry.timer = null;
            if (entry.status.state === 'restarting') entry.status.state = 'stopped';
            const child = entry.child;
            if (child === null || child.exitCode !== null || child.signalCode !== null) return resolve();
            const kill = setTimeout(() => child.kill('SIGKILL'), grace);
            child.once('exit', () => {
              clearTimeout(kill);
              resolve();
            });
            child.kill('SIGTERM');
          }),
      ),
    );
    this.state = 'stopped';
    this.log('info', 'supervisor stopped');
    this.writeStatus();
  }

  private writeStatus(): void {
    const temp = `${this.options.statusFile}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify(this.status(), null, 2));
    renameSync(temp, this.options.statusFile);
  }

  private log(level: 'info' | 'warn' | 'error', msg: string, fields: Record<string, unknown> = {}): void {
    const line = JSON.stringify({ time: new Date().toISOString(), level, msg, ...fields });
    appendFileSync(this.options.logFile, `${line}\n`);
    if (level === 'error') process.stderr.write(`${line}\n`);
  }
}

export function readSupervisorStatus(statusFile: string): SupervisorStatus | null {
  if (!existsSync(statusFile)) return null;
  try {
    return JSON.parse(readFileSync(statusFile, 'utf8')) as SupervisorStatus;
  } catch {
    return null;
  }
}

/** The five services of a platform as supervised processes (the same command launchService runs). */
export function platformProcesses(options: PlatformOptions, contexts: readonly BoundedContext[] = BOUNDED_CONTEXTS): SupervisedProcess[] {
  return contexts.map((context) => {
    const index = BOUNDED_CONTEXTS.indexOf(context);
    return {
      name: context,
      command: process.execPath,
      args: serviceArgs(context, runsCompiled(options)),
      cwd: REPO_ROOT,
      env: { ...platformEnv(options), NODE_ENV: process.env.NODE_ENV ?? 'development' },
      logFile: join(options.logDir, `${context}.log`),
      readyUrl: `http://127.0.0.1:${options.basePort + index}/health/ready`,
    };
  });
}

/** Where the detached supervisor process's entry point is. */
const SUPERVISOR_MAIN = join(__dirname, 'supervisor-main.ts');

/**
 * Starts the supervisor as a detached process that outlives the caller (npm start returns to the
 * shell) and owns the processes; its options are handed over in a file beside the status file.
 */
export function spawnSupervisor(options: SupervisorOptions): { pid: number } {
  mkdirSync(dirname(options.statusFile), { recursive: true });
  mkdirSync(dirname(options.logFile), { recursive: true });
  const optionsFile = `${options.statusFile}.options.json`;
  writeFileSync(optionsFile, JSON.stringify(options), { mode: 0o600 });
  const out = openSync(options.logFile, 'a');
  const child = spawn(process.execPath, ['-r', '@swc-node/register', SUPERVISOR_MAIN, optionsFile], {
    cwd: REPO_ROOT,
    env: process.env,
    stdio: ['ignore', out, out],
    detached: true,
  });
  child.unref();
  if (child.pid === undefined) throw new Error('the supervisor could not be started');
  return { pid: child.pid };
}

export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Asks a supervisor to stop its processes and waits until it has exited (SIGKILL to all after the grace period). */
export async function stopSupervisor(statusFile: string, graceMs = 30_000): Promise<SupervisorStatus | null> {
  const status = readSupervisorStatus(statusFile);
  if (status === null || !isProcessAlive(status.pid)) return status;
  process.kill(status.pid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (isProcessAlive(status.pid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
  if (isProcessAlive(status.pid)) {
    process.kill(status.pid, 'SIGKILL');
    for (const child of readSupervisorStatus(statusFile)?.processes ?? []) {
      if (child.pid !== null && isProcessAlive(child.pid)) process.kill(child.pid, 'SIGKILL');
    }
  }
  return readSupervisorStatus(statusFile);
}
