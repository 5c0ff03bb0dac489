import { writeFileSync } from 'node:fs';

/**
 * A benchmark's figures for `npm run bench` (all.ts): when ATHAR_BENCH_RESULTS names a file, the
 * benchmark writes its figures there as JSON, and the runner reads them for its summary of the goals.
 * Run on its own, a benchmark only prints.
 */
export function writeResult(name: string, figures: Record<string, unknown>, env: NodeJS.ProcessEnv = process.env): void {
  const file = env.ATHAR_BENCH_RESULTS;
  if (file) writeFileSync(file, JSON.stringify({ name, ...figures }, null, 2));
}
