// `npm run status`: what the supervisor `npm start` left running says about each service.
import { readSupervisorStatus } from '@athar/launcher';
import { isAlive, SUPERVISOR_STATUS_FILE } from './service-pids';

async function main(): Promise<void> {
  const status = readSupervisorStatus(SUPERVISOR_STATUS_FILE);
  if (status === null) {
    console.log('[athar] not started (no supervisor status); npm start');
    return;
  }
  const alive = isAlive(status.pid);
  console.log(`[athar] supervisor pid ${status.pid}: ${alive ? status.state : 'not running'} (since ${status.startedAt}); log ${status.log}`);
  for (const p of status.processes) {
    const ready =
      alive && p.readyUrl && p.state === 'running'
        ? await fetch(p.readyUrl, { signal: AbortSignal.timeout(3_000) }).then(
            (r) => (r.ok ? 'ready' : `not ready (${r.status})`),
            () => 'not answering',
          )
        : '';
    const exit = p.lastExit ? `, last exit ${p.lastExit.signal ?? `code ${p.lastExit.code}`} at ${p.lastExit.at}` : '';
    console.log(`  ${p.name.padEnd(20)} ${p.state.toUpperCase().padEnd(10)} pid ${String(p.pid ?? '-').padEnd(8)} restarts ${p.restarts}${exit} ${ready}`);
    if (p.state === 'given-up') console.error(`  ${p.name}: GIVEN UP: ${p.message}`);
  }
  if (status.processes.some((p) => p.state === 'given-up')) process.exitCode = 1;
}

void main();
