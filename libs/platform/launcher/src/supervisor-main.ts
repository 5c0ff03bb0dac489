// The detached supervisor process (spawnSupervisor): keeps its processes running until SIGTERM.
import { readFileSync, rmSync } from 'node:fs';
import { Supervisor, type SupervisorOptions } from './supervisor';

const optionsFile = process.argv[2];
if (!optionsFile) throw new Error('usage: supervisor-main.ts <options.json>');
const options = JSON.parse(readFileSync(optionsFile, 'utf8')) as SupervisorOptions;
rmSync(optionsFile, { force: true });
const supervisor = new Supervisor(options);
// Stays up even when every process is given up on, so status and stop can tell what happened.
const keepAlive = setInterval(() => undefined, 60_000);
let stopping = false;
const stop = (): void => {
  if (stopping) return;
  stopping = true;
  void supervisor.stop().then(() => {
    clearInterval(keepAlive);
    process.exit(0);
  });
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
process.on('SIGHUP', () => undefined); // the terminal that ran npm start may close
supervisor.start();
