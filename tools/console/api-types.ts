// The console's typed API client comes from each service's OpenAPI document (docs/adr/0036, 0031):
//   npm run console:api-types            starts a throw-away platform, writes apps/console/src/api/generated/*.ts
//   npm run console:api-types -- --check fails when the committed types differ from what the services document
// Either way the platform runs under a fresh instance name and is deleted afterwards (docs/adr/0006).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { BOUNDED_CONTEXTS } from '@athar/contracts';
import { PlatformUnderTest } from '../../apps/platform-e2e/src/platform-under-test';
import { apiTypesFor, GENERATED_DIR, staleApiTypes } from '../../apps/console-e2e/src/api-types';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { check: { type: 'boolean', default: false }, 'base-port': { type: 'string' } } });
  // --base-port: read the documents of a platform already running there (the browser tier's) instead.
  const basePort = values['base-port'];
  const started = basePort ? undefined : await PlatformUnderTest.start();
  try {
    const sources = await apiTypesFor((context) =>
      started ? started.platform.url(context) : `http://127.0.0.1:${Number(basePort) + BOUNDED_CONTEXTS.indexOf(context)}`,
    );
    if (values.check) {
      const stale = staleApiTypes(sources, (file) => readFileSync(join(GENERATED_DIR, file), 'utf8'));
      if (stale.length > 0) throw new Error(`stale API types (npm run console:api-types): ${stale.join(', ')}`);
      process.stdout.write(`API types current for ${BOUNDED_CONTEXTS.join(', ')}\n`);
    } else {
      for (const [file, source] of Object.entries(sources)) writeFileSync(join(GENERATED_DIR, file), source);
      process.stdout.write(`wrote ${Object.keys(sources).length} files into ${GENERATED_DIR}\n`);
    }
  } finally {
    if (started) await PlatformUnderTest.stop(started.services, started.platform, started.mailbox, started.traces);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
