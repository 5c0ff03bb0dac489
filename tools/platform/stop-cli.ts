// `npm run stop`: stops the supervisor `npm start` left running, which stops its services (SIGTERM,
// then SIGKILL after a grace period); says which services it had given up on.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { BOUNDED_CONTEXTS } from '@athar/contracts';
import { readSupervisorStatus, stopSupervisor } from '@athar/launcher';
import { isAlive, SERVICES_RUN_DIR, SUPERVISOR_LOG_FILE, SUPERVISOR_STATUS_FILE } from './service-pids';

async function main(): Promise<void> {
  const before = readSupervisorStatus(SUPERVISOR_STATUS_FILE);
  if (before && isAlive(before.pid)) {
    for (const p of before.processes.filter((p) => p.state === 'given-up')) {
      console.error(`[athar] ${p.name}: had been GIVEN UP by the supervisor: ${p.message}`);
    }
    const after = await stopSupervisor(SUPERVISOR_STATUS_FILE);
    console.log(
      `[athar] supervisor (pid ${before.pid}) and its services stopped${after?.state === 'stopped' ? '' : ' (forcibly)'}; log: ${SUPERVISOR_LOG_FILE}`,
    );
  }
  // Services started by an npm start from before the supervisor: one pid file each.
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
