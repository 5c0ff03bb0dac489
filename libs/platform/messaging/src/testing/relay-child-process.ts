import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { RelayChildReport } from './relay-child';
import { waitFor } from './wait-for';

const REPO_ROOT = join(__dirname, '../../../../..');

/** The parent's handle on a relay-child.ts process: its reports, its output, and how to end it. */
export class RelayChildProcess {
  readonly reports: RelayChildReport[] = [];
  private output = '';
  private readonly child: ChildProcess;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  constructor(env: Record<string, string>) {
    this.child = fork(join(__dirname, 'relay-child.ts'), [], {
      cwd: REPO_ROOT,
      execArgv: ['-r', '@swc-node/register'],
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    this.child.stdout?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    this.child.stderr?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    this.child.on('message', (message) => this.reports.push(message as RelayChildReport));
    this.exited = new Promise((resolve) => this.child.once('exit', (code, signal) => resolve({ code, signal })));
  }

  get alive(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  count(kind: RelayChildReport['kind']): number {
    return this.reports.filter((report) => report.kind === kind).length;
  }

  last(kind: RelayChildReport['kind']): RelayChildReport | undefined {
    return [...this.reports].reverse().find((report) => report.kind === kind);
  }

  async waitFor(what: string, condition: () => boolean, timeoutMs = 30_000): Promise<void> {
    await waitFor(
      what,
      () => {
        if (!this.alive && !condition()) throw new Error(`relay child exited before ${what}:\n${this.output}`);
        return condition();
      },
      timeoutMs,
      5,
    );
  }

  kill(signal: NodeJS.Signals): void {
    if (this.alive) this.child.kill(signal);
  }
}
