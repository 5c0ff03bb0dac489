import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deleteInstance, launchService, mainThreadProfile, waitReady, type RunningService } from '@athar/launcher';
import { randomBasePort } from './platform-under-test';

jest.setTimeout(300_000);

/** Resolves with how the process ended, or with 'still running' when it has not ended in `ms`. */
function exitWithin(service: RunningService, ms: number): Promise<string> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve('still running'), ms);
    service.process.once('exit', (code, signal) => {
      clearTimeout(timer);
      resolve(`exited (${signal ?? code})`);
    });
  });
}

/**
 * The pipeline benchmark's --profile runs each service under `node --cpu-prof`; Node writes the profile
 * only when the process exits by itself, so bootstrap stops the app on SIGTERM and SIGINT and then exits.
 * committee-review runs a Temporal worker, whose SDK would otherwise take SIGINT for itself: it shut the
 * worker down, the service made a new one, and the process never ended.
 */
describe('a service run under node --cpu-prof', () => {
  let dir: string;
  const instances: string[] = [];
  const running: RunningService[] = [];

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'athar-profiled-'));
    const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    writeFileSync(join(dir, 'verifier.pem'), publicKey.export({ type: 'spki', format: 'pem' }));
  });

  afterAll(async () => {
    for (const service of running) if (service.process.exitCode === null && service.process.signalCode === null) service.process.kill('SIGKILL');
    for (const instance of instances) await deleteInstance(instance).catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  });

  it.each(['SIGINT', 'SIGTERM'] as const)('stops on %s within 30 s, exits 0 and leaves its CPU profile', async (signal) => {
    const instance = `prof${randomBytes(4).toString('hex')}`;
    instances.push(instance);
    const profiles = join(dir, signal, 'profiles');
    const service = launchService('committee-review', {
      instance,
      basePort: randomBasePort(5200),
      logDir: join(dir, signal, 'logs'),
      tokenVerifier: { publicKeyFile: join(dir, 'verifier.pem') },
      nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${profiles}`],
    });
    running.push(service);
    await waitReady(service);

    service.process.kill(signal);
    const ended = await exitWithin(service, 30_000);

    const log = readFileSync(join(dir, signal, 'logs', 'committee-review.log'), 'utf8');
    expect({ ended, workersStarted: (log.match(/starting a new one/g) ?? []).length }).toEqual({
      ended: 'exited (0)',
      workersStarted: 0,
    });
    expect(mainThreadProfile(readdirSync(profiles), service.process.pid ?? -1)).toBeDefined();
  });
});
