import { join } from 'node:path';
import { ENGINES_DIR } from '../token/local-keys';

/** Where `npm start` records the pid of each service it left running. */
export const SERVICES_RUN_DIR = join(ENGINES_DIR, 'run', 'services');

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
