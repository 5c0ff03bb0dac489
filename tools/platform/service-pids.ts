import { join } from 'node:path';

/** The engines' folder (ATHAR_ENGINES_DIR, else .engines in the repository). */
export const ENGINES_DIR = process.env.ATHAR_ENGINES_DIR ?? join(__dirname, '..', '..', '.engines');

/** Where `npm start` keeps the supervisor's status (and, before the supervisor, each service's pid). */
export const SERVICES_RUN_DIR = join(ENGINES_DIR, 'run', 'services');
export const SERVICES_LOG_DIR = join(ENGINES_DIR, 'logs', 'services');

/** Where `npm start`'s loopback mailbox keeps every email the platform sends (`npm run mail` reads it). */
export const MAIL_DIR = join(ENGINES_DIR, 'run', 'mail');

/** The supervisor's status file (`npm run status` prints it) and its log. */
export const SUPERVISOR_STATUS_FILE = join(SERVICES_RUN_DIR, 'supervisor.json');
export const SUPERVISOR_LOG_FILE = join(SERVICES_LOG_DIR, 'supervisor.log');

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
