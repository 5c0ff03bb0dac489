// `npm run stop`: stops the services `npm start` left running (SIGTERM, then SIGKILL after a grace period).
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { BOUNDED_CONTEXTS } from '@athar/contracts';
import { isAlive, SERVICES_RUN_DIR } from './service-pids';



async function main(): Promise<void> {
  for (const context of BOUNDED_CONTEXTS) {
    const pidFile = join(SERVICES_RUN_DIR, `${context}.pid`);
    if (!existsSync(pidFile)) continue;
    const pid = Number(readFileSync(pidFile, 'utf8'));
    if (pid && isAlive(pid)) {
      process.kill(pid, 'SIGTERM');
      const deadline = Date.now() + 15_000;
      while (isAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
      if (isAlive(pid)) process.kill(pid, 'SIGKILL');
      console.log(`[athar] ${context}: stopped`);
    }
    rmSync(pidFile);
  }
}

void main();
