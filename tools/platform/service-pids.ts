import { join } from 'node:path';

/** The engines' folder (ATHAR_ENGINES_DIR, else .engines in the repository). */
export const ENGINES_DIR = process.env.ATHAR_ENGINES_DIR ?? join(__dirname, '..', '..', '.engines');

/** Where `npm start` keeps the supervisor's status (and, before the supervisor, each service's pid). */
export const SERVICES_RUN_DIR = join(ENGINES_DIR, 'run', 'services');
export const SERVICES_LOG_DIR = join(ENGINES_DIR, 'logs', 'services');

/** Where `npm start`'s loopback mailbox keeps every email the platform sends (`npm run mail` reads it). */
export const MAIL_DIR = join(ENGINES_DIR, 'run', 'mail');

/** The checkpoint signing key and the checkpoints' outside copy (docs/adr/0043), as npm run audit finds them by default. */
export const CHECKPOINT_KEY_FILE = process.env.ATHAR_CHECKPOINT_KEY_FILE || join(ENGINES_DIR, 'audit', 'checkpoint-signing.key');
export const CHECKPOINT_DIR = process.env.ATHAR_CHECKPOINT_DIR || join(ENGINES_DIR, 'audit', 'checkpoints');

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
