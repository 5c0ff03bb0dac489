// `npm run stop`: stops the services `npm start` left running (SIGTERM, then SIGKILL after a grace period).
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { BOUNDED_CONTEXTS } from '@athar/contracts';
import { ENGINES_DIR } from '../token/local-keys';

const RUN_DIR = join(ENGINES_DIR, 'run', 'services');

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function main(): Promise<void> {
  for (const context of BOUNDED_CONTEXTS) {
    const pidFile = join(RUN_DIR, `${context}.pid`);
    if (!existsSync(pidFile)) continue;
    const pid = Number(readFileSync(pidFile, 'utf8'));
    if (pid && alive(pid)) {
      process.kill(pid, 'SIGTERM');
      const deadline = Date.now() + 15_000;
      while (alive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
      if (alive(pid)) process.kill(pid, 'SIGKILL');
      console.log(`[athar] ${context}: stopped`);
    }
    rmSync(pidFile);
  }
}

void main();
