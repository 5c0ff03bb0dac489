// Each service's OpenAPI document, as the console and partners get it (docs/runbook.md, docs/adr/0031):
//   npm run openapi -- [--out <dir>] [--base-url http://127.0.0.1:3000]
// Reads /docs-json from the running services (npm start), writes <service>.json into --out (default
// dist/openapi) and lints each with Redocly's recommended ruleset; exits 1 on any lint error.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { BOUNDED_CONTEXTS } from '@athar/contracts';
import { lintOpenApi, serviceUrl } from '@athar/service-kit';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { out: { type: 'string', default: 'dist/openapi' } } });
  const out = values.out ?? 'dist/openapi';
  mkdirSync(out, { recursive: true });
  const documents: Record<string, unknown> = {};
  for (const context of BOUNDED_CONTEXTS) {
    const response = await fetch(`${serviceUrl(context)}/docs-json`).catch((error: unknown) => {
      throw new Error(`${context} does not answer at ${serviceUrl(context)} (npm start first): ${String(error)}`);
    });
    documents[context] = await response.json();
    writeFileSync(join(out, `${context}.json`), `${JSON.stringify(documents[context], null, 2)}\n`);
  }
  let errors = 0;
  for (const [context, problems] of Object.entries(await lintOpenApi(documents))) {
    const own = problems.filter((p) => p.severity === 'error');
    errors += own.length;
    process.stdout.write(`${context}: ${own.length} errors, ${problems.length - own.length} warnings (${join(out, `${context}.json`)})\n`);
    for (const problem of problems) process.stdout.write(`  ${problem.severity} ${problem.ruleId} ${problem.location}: ${problem.message}\n`);
  }
  process.exitCode = errors > 0 ? 1 : 0;
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
