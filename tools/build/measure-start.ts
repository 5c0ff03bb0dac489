/**
 * Start-up time (process start → /health/ready answers 200) and resident memory after start of each
 * service, run from TypeScript through @swc-node/register and compiled (docs/adr/0051, docs/performance.md).
 * One service at a time, against the engines, under a throw-away instance.
 *
 *   npm run build && node -r @swc-node/register tools/build/measure-start.ts [service …]
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BOUNDED_CONTEXTS, type BoundedContext } from '@athar/contracts';
import { generateSigningKeyPair } from '@athar/identity';
import { deleteInstance, launchService, stopServices, waitReady } from '@athar/launcher';
import { randomBasePort } from '../../apps/platform-e2e/src/platform-under-test';

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return Math.round(kb / 1024);
}

async function main(): Promise<void> {
  const requested = process.argv.slice(2) as BoundedContext[];
  const services = requested.length > 0 ? requested : [...BOUNDED_CONTEXTS];
  const dir = mkdtempSync(join(tmpdir(), 'athar-measure-'));
  const publicKeyFile = join(dir, 'jwt-public.pem');
  writeFileSync(publicKeyFile, (await generateSigningKeyPair()).publicKeyPem);
  const instance = `msr${randomBytes(4).toString('hex')}`;
  const rows: string[] = [];
  try {
    for (const context of services) {
      for (const compiled of [false, true]) {
        const started = Date.now();
        const service = launchService(context, {
          instance,
          basePort: randomBasePort(3900, 40), // never a port fetch refuses (4190)
          logDir: join(dir, 'logs'),
          tokenVerifier: { publicKeyFile },
          compiled,
        });
        try {
          await waitReady(service);
          const ms = Date.now() - started;
          await new Promise((resolve) => setTimeout(resolve, 2_000));
          rows.push(`| ${context} | ${compiled ? 'compiled' : 'transpiled'} | ${(ms / 1000).toFixed(1)} s | ${rssMb(service.process.pid!)} MB |`);
          process.stdout.write(`${rows[rows.length - 1]}\n`);
        } finally {
          await stopServices([service]);
        }
      }
    }
  } finally {
    await deleteInstance(instance);
  }
  process.stdout.write(['| service | run | start → ready | RSS after start |', '|---|---|---|---|', ...rows, ''].join('\n'));
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
