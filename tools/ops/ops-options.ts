// What the operations commands (tools/ops) share: the instance they look at, and their exit codes.
import { DEFAULT_INSTANCE } from '@athar/contracts';

const INSTANCE = /^[a-z][a-z0-9]{2,30}$/;

/** `--instance`, else ATHAR_INSTANCE, else `athar` (docs/adr/0006-instance-names.md). */
export function resolveInstance(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  const instance = flag ?? env.ATHAR_INSTANCE ?? DEFAULT_INSTANCE;
  if (!INSTANCE.test(instance)) throw new UsageError(`not an instance name: "${instance}" (lower-case letters and digits)`);
  return instance;
}

/** Bad arguments: the command prints the message and its usage, and exits 2. */
export class UsageError extends Error {}

/** Runs a command's main: exit 0 on success, 2 on bad arguments (with the usage), 1 on any other error. */
export function runCommand(usage: string, main: () => Promise<number | void>): void {
  main().then(
    (code) => {
      process.exitCode = code ?? 0;
    },
    (error: unknown) => {
      if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
        console.error(`${(error as Error).message}\nusage: ${usage}`);
        process.exitCode = 2;
        return;
      }
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    },
  );
}
