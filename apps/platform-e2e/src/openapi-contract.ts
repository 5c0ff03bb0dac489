import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

/**
 * Checks a response against what its service's OpenAPI document promises (docs/adr/0031): the status
 * is documented for the operation, and the JSON body validates against the documented schema; a JSON
 * body where the document shows none is a lie too. The console's generated client trusts exactly this.
 */
interface Operation {
  responses?: Record<string, { $ref?: string; content?: Record<string, { schema?: unknown }> }>;
}
export interface ContractDocument {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, unknown>; responses?: Record<string, { content?: Record<string, { schema?: unknown }> }> };
}

export class OpenApiContract {
  private readonly ajv = new Ajv({ strict: false, allErrors: true });
  private readonly validators = new Map<string, ValidateFunction>();
  private readonly routes: Array<{ service: string; method: string; path: string; pattern: RegExp; operation: Operation }> = [];

  constructor(private readonly documents: Record<string, ContractDocument>) {
    addFormats(this.ajv);
    for (const [service, document] of Object.entries(documents)) {
      this.ajv.addSchema({ $id: `${service}.json`, components: document.components ?? {} });
      for (const [path, item] of Object.entries(document.paths)) {
        const pattern = new RegExp(`^${path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{\w+\}/g, '[^/]+')}$`);
        for (const [method, operation] of Object.entries(item)) this.routes.push({ service, method: method.toUpperCase(), path, pattern, operation });
      }
    }
    // A literal path (`/applications/mine`) wins over a templated one (`/applications/{caseId}`).
    this.routes.sort((a, b) => (a.path.match(/\{/g)?.length ?? 0) - (b.path.match(/\{/g)?.length ?? 0));
  }

  /** What is wrong with this answer, by the document (an empty list when it keeps its word). */
  check(service: string, method: string, url: string, status: number, contentType: string | null, body: unknown): string[] {
    // A CORS preflight is the browser's question to the server, answered before any operation: no document lists it.
    if (method.toUpperCase() === 'OPTIONS') return [];
    const pathname = new URL(url).pathname;
    const route = this.routes.find((r) => r.service === service && r.method === method.toUpperCase() && r.pattern.test(pathname));
    const where = `${method.toUpperCase()} ${pathname} → ${status}`;
    if (!route) return status === 404 ? [] : [`${where}: no operation in the ${service} document`];
    const name = `${route.method} ${route.path} → ${status}`;
    let documented = route.operation.responses?.[String(status)] ?? route.operation.responses?.[`${String(status)[0]}XX`] ?? route.operation.responses?.default;
    if (!documented) return [`${name}: status not documented`];
    if (documented.$ref) documented = this.documents[service]?.components?.responses?.[documented.$ref.split('/').pop() ?? ''] ?? {};
    const json = contentType?.includes('application/json') ?? false;
    const schema = documented.content?.['application/json']?.schema;
    if (!json) return [];
    if (!schema) return body === null || body === undefined || body === '' ? [] : [`${name}: returns a JSON body the document does not describe`];
    const key = `${service} ${name}`;
    let validate = this.validators.get(key);
    if (!validate) {
      validate = this.ajv.compile(JSON.parse(JSON.stringify(schema).replace(/"#\/components\//g, `"${service}.json#/components/`)) as object);
      this.validators.set(key, validate);
    }
    if (validate(body)) return [];
    return [
      `${name}: ${(validate.errors ?? [])
        .slice(0, 5)
        .map(
          (e) => `${e.instancePath || '(body)'} ${e.message}${e.params && 'additionalProperty' in e.params ? ` (${String(e.params.additionalProperty)})` : ''}`,
        )
        .join('; ')}`,
    ];
  }
}
