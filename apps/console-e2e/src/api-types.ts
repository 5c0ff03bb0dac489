import { join } from 'node:path';
import { BOUNDED_CONTEXTS, type BoundedContext } from '@athar/contracts';
import openapiTS, { astToString } from 'openapi-typescript';

/** Where the console's generated API types live (committed; checked current by the browser tier). */
export const GENERATED_DIR = join(__dirname, '..', '..', 'console', 'src', 'api', 'generated');

const HEADER = "// Generated from the service's OpenAPI document by `npm run console:api-types` (docs/adr/0036). Do not edit.\n";

/** The TypeScript types of each service's served document (`/docs-json`), by file name. */
export async function apiTypesFor(urlOf: (context: BoundedContext) => string): Promise<Record<string, string>> {
  const sources: Record<string, string> = {};
  for (const context of BOUNDED_CONTEXTS) {
    const response = await fetch(`${urlOf(context)}/docs-json`);
    if (response.status !== 200) throw new Error(`${context}: /docs-json answered ${response.status}`);
    const document = (await response.json()) as Parameters<typeof openapiTS>[0];
    sources[`${context}.ts`] = `${HEADER}${astToString(await openapiTS(document, { alphabetize: true }))}`;
  }
  return sources;
}

/** The files whose committed text differs from the generated one (a missing file is stale too). */
export function staleApiTypes(sources: Record<string, string>, read: (file: string) => string): string[] {
  return Object.entries(sources)
    .filter(([file, source]) => {
      try {
        return read(file) !== source;
      } catch {
        return true;
      }
    })
    .map(([file]) => file);
}
