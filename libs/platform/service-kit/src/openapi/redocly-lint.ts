import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

export interface LintProblem {
  ruleId: string;
  severity: 'error' | 'warn';
  message: string;
  location: string;
}

const CLI = require.resolve('@redocly/cli/bin/cli.js');
const CONFIG = resolve(__dirname, 'redocly.yaml');

/** Lints OpenAPI documents with Redocly CLI's recommended ruleset (redocly.yaml beside this file); docs/adr/0031. */
export async function lintOpenApi(documents: Record<string, unknown>): Promise<Record<string, LintProblem[]>> {
  const dir = mkdtempSync(join(tmpdir(), 'athar-openapi-'));
  try {
    const out: Record<string, LintProblem[]> = {};
    for (const [name, document] of Object.entries(documents)) {
      const file = join(dir, `${name}.json`);
      writeFileSync(file, JSON.stringify(document));
      const { stdout } = await promisify(execFile)(process.execPath, [CLI, 'lint', file, `--config=${CONFIG}`, '--format=json'], {
        maxBuffer: 64 * 1024 * 1024,
      }).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
      const report = JSON.parse(stdout) as {
        problems: Array<{ ruleId: string; severity: 'error' | 'warn'; message: string; location: Array<{ pointer?: string }> }>;
      };
      out[name] = report.problems.map((p) => ({
        ruleId: p.ruleId,
        severity: p.severity,
        message: p.message,
        location: p.location.map((l) => l.pointer ?? '').join(' '),
      }));
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
