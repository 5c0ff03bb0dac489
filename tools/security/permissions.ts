import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BOUNDED_CONTEXTS } from '@athar/contracts';
import { parsePermissionMatrix, permissionRows, renderPermissionMatrix, type PermissionRow } from '@athar/identity';
import { serviceUrl } from '@athar/service-kit';

const MATRIX = join(__dirname, '..', '..', 'docs', 'permissions.md');

/** The permission matrix as the running services declare it (their OpenAPI documents). */
async function liveRows(): Promise<PermissionRow[]> {
  const rows: PermissionRow[] = [];
  for (const context of BOUNDED_CONTEXTS) {
    const response = await fetch(`${serviceUrl(context)}/docs-json`);
    if (!response.ok) throw new Error(`${context}: ${response.status} from ${serviceUrl(context)}/docs-json (is the platform started?)`);
    rows.push(...permissionRows(context, (await response.json()) as never));
  }
  return rows;
}

/**
 * `npm run permissions` compares docs/permissions.md with the running platform; `-- --write` rewrites
 * the file from it. Exit code 1 when they differ.
 */
async function main(): Promise<void> {
  const live = await liveRows();
  if (process.argv.includes('--write')) {
    writeFileSync(MATRIX, renderPermissionMatrix(live));
    console.log(`wrote ${MATRIX}: ${live.length} endpoints`);
    return;
  }
  const documented = JSON.stringify(parsePermissionMatrix(readFileSync(MATRIX, 'utf8')));
  if (documented !== JSON.stringify(parsePermissionMatrix(renderPermissionMatrix(live)))) {
    console.error('docs/permissions.md differs from the running services: run `npm run permissions -- --write` and review the change');
    process.exitCode = 1;
  } else console.log(`docs/permissions.md matches the running services (${live.length} endpoints)`);
}

void main();
