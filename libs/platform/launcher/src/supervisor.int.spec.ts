import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateSigningKeyPair } from '@athar/identity';
import { deleteInstance } from './instance-cleanup';
import { isProcessAlive, platformProcesses, readSupervisorStatus, spawnSupervisor, stopSupervisor, type SupervisorStatus } from './supervisor';

jest.setTimeout(180_000);

async function until<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, timeoutMs = 120_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`timed out waiting for ${what}`);
}

async function ready(url: string): Promise<boolean> {
  try {
    return (await fetch(url, { signal: AbortSignal.timeout(3_000) })).status === 200;
  } catch {
    return false;
  }
}

describe('the supervisor npm start runs (docs/adr/0019)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'athar-supervisor-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('starts a SIGKILLed service again: new pid, ready again', async () => {
    const instance = `sup${randomBytes(4).toString('hex')}`;
    const keys = await generateSigningKeyPair();
    const jwtPublicKeyFile = join(dir, 'jwt-public.pem');
    writeFileSync(jwtPublicKeyFile, keys.publicKeyPem);
    const statusFile = join(dir, 'platform', 'supervisor.json');
    const basePort = 3600 + Math.floor(Math.random() * 40) * 10;
    const processes = platformProcesses({ instance, basePort, logDir: join(dir, 'platform', 'logs'), tokenVerifier: { publicKeyFile: jwtPublicKeyFile } }, [
      'feedback',
    ]);
    const readyUrl = processes[0].readyUrl!;
    const supervisor = spawnSupervisor({ processes, statusFile, logFile: join(dir, 'platform', 'supervisor.log'), policy: { initialDelayMs: 200 } });
    try {
      await until('feedback ready', async () => ((await ready(readyUrl)) ? true : undefined));
      const first = readSupervisorStatus(statusFile)!.processes[0];
      expect(first).toMatchObject({ name: 'feedback', state: 'running', restarts: 0 });
      expect(isProcessAlive(first.pid!)).toBe(true);

      process.kill(first.pid!, 'SIGKILL');
      const second = await until('a new feedback process', () => {
        const now = readSupervisorStatus(statusFile)?.processes[0];
        return now?.state === 'running' && now.pid !== null && now.pid !== first.pid ? now : undefined;
      });
      expect(second.restarts).toBe(1);
      expect(second.lastExit).toMatchObject({ signal: 'SIGKILL' });
      await until('feedback ready again', async () => ((await ready(readyUrl)) ? true : undefined));
      expect(isProcessAlive(supervisor.pid)).toBe(true);
    } finally {
      const stopped = await stopSupervisor(statusFile);
      expect(stopped?.state).toBe('stopped');
      expect(isProcessAlive(supervisor.pid)).toBe(false);
      for (const p of stopped?.processes ?? []) expect(p.pid === null || !isProcessAlive(p.pid)).toBe(true);
      await deleteInstance(instance);
    }
  });

  it('gives up, loudly, on a process that crashes every time', async () => {
    const statusFile = join(dir, 'crasher', 'supervisor.json');
    const logFile = join(dir, 'crasher', 'supervisor.log');
    const supervisor = spawnSupervisor({
      processes: [
        {
          name: 'crasher',
          command: process.execPath,
          args: ['-e', 'console.error("boom"); process.exit(3)'],
          env: {},
          cwd: dir,
          logFile: join(dir, 'crasher', 'crasher.log'),
        },
      ],
      statusFile,
      logFile,
      policy: { initialDelayMs: 50, maxCrashes: 4, windowMs: 60_000 },
    });
    try {
      const status = await until<SupervisorStatus>(
        'the crasher given up',
        () => {
          const now = readSupervisorStatus(statusFile);
          return now?.processes[0].state === 'given-up' ? now : undefined;
        },
        30_000,
      );
      const [crasher] = status.processes;
      expect(crasher.restarts).toBe(3);
      expect(crasher.lastExit).toMatchObject({ code: 3 });
      expect(crasher.message).toMatch(/crasher crashed 4 times within the restart window \(last exit: code 3\); not restarting it/);
      expect(readFileSync(logFile, 'utf8')).toMatch(/"level":"error","msg":"process given up on: crashing repeatedly"/);
      // It stays given up: no fifth start.
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(readSupervisorStatus(statusFile)?.processes[0]).toMatchObject({ state: 'given-up', restarts: 3, pid: null });
      // The supervisor itself stays up, so status and stop can say what happened.
      expect(isProcessAlive(supervisor.pid)).toBe(true);
    } finally {
      await stopSupervisor(statusFile);
    }
    expect(isProcessAlive(supervisor.pid)).toBe(false);
  });
});
