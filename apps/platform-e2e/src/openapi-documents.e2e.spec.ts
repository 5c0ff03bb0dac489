import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BOUNDED_CONTEXTS } from '@athar/contracts';
import type { Role } from '@athar/identity';
import { lintOpenApi } from '@athar/service-kit';
import { exampleRequest, type OpenApiDocument } from './openapi-requests';
import { PlatformUnderTest } from './platform-under-test';

jest.setTimeout(300_000);

interface Parameter {
  name: string;
  in: string;
  schema?: { enum?: string[]; format?: string; example?: string };
}
interface Operation {
  operationId?: string;
  security?: unknown[];
  parameters?: Parameter[];
  'x-athar-public'?: boolean;
  'x-athar-roles'?: Role[];
  responses: Record<string, unknown>;
}
type Document = OpenApiDocument & { servers?: unknown[]; security?: unknown; paths: Record<string, Record<string, Operation>> };

const TENANT = 'tuwaiq';

/**
 * The OpenAPI documents are contracts (docs/adr/0031): each lints clean with Redocly's recommended
 * ruleset, and every operation, called as a client generated from it would call it (with and without
 * a token), answers what it documents; contract-setup.ts checks each response against the document.
 */
describe('the OpenAPI documents are contracts', () => {
  const platform = PlatformUnderTest.current();
  const documents: Record<string, Document> = {};

  beforeAll(async () => {
    for (const context of BOUNDED_CONTEXTS) documents[context] = (await (await fetch(`${platform.url(context)}/docs-json`)).json()) as Document;
  });

  it('lints with zero errors (Redocly, recommended ruleset)', async () => {
    const errors = Object.entries(await lintOpenApi(documents)).flatMap(([context, problems]) =>
      problems.filter((p) => p.severity === 'error').map((p) => `${context} ${p.ruleId} ${p.location}: ${p.message}`),
    );
    expect(errors).toEqual([]);
  });

  it('names each schema once: no two classes are documented under one name (the later would silently replace the other)', () => {
    for (const context of BOUNDED_CONTEXTS) {
      const log = readFileSync(join(platform.logDir, `${context}.log`), 'utf8');
      const duplicates = log.split('\n').flatMap((line) => /Duplicate DTO detected: \\?"(\w+)\\?"/.exec(line)?.[1] ?? []);
      expect({ context, duplicates }).toEqual({ context, duplicates: [] });
    }
  });

  it('says per operation who may call it: public routes need no token, the rest a bearer; servers and unique ids', () => {
    for (const [context, document] of Object.entries(documents)) {
      expect(document.servers?.length).toBeGreaterThan(0);
      expect(document.security).toBeUndefined();
      const ids = Object.values(document.paths).flatMap((item) => Object.values(item).map((operation) => operation.operationId));
      expect({ context, duplicates: ids.filter((id, index) => ids.indexOf(id) !== index || /\[\d+\]/.test(id ?? '')) }).toEqual({ context, duplicates: [] });
      for (const [path, item] of Object.entries(document.paths)) {
        for (const [method, operation] of Object.entries(item)) {
          const where = `${context} ${method.toUpperCase()} ${path}`;
          if (operation['x-athar-public'])
            expect({
              where,
              bearerRequired: (operation.security?.length ?? 0) > 0 && !(operation.security ?? []).some((s) => Object.keys(s as object).length === 0),
            }).toEqual({ where, bearerRequired: false });
          else expect({ where, security: operation.security }).toEqual({ where, security: [{ bearer: [] }] });
          for (const name of path.match(/\{(\w+)\}/g)?.map((p) => p.slice(1, -1)) ?? []) {
            expect({ where, name, declared: operation.parameters?.some((p) => p.in === 'path' && p.name === name) }).toEqual({ where, name, declared: true });
          }
          expect({ where, errorsDocumented: Object.keys(operation.responses).some((status) => status.startsWith('4')) }).toEqual({
            where,
            errorsDocumented: true,
          });
        }
      }
    }
  });

  it('documents request bodies as closed and the server refuses an undeclared field in each with 422 naming it', async () => {
    const answers: string[] = [];
    for (const context of BOUNDED_CONTEXTS) {
      const document = documents[context] as Document;
      for (const [path, item] of Object.entries(document.paths)) {
        for (const [method, operation] of Object.entries(item)) {
          const json = (operation as { requestBody?: { content?: Record<string, { schema?: { $ref?: string } }> } }).requestBody?.content?.['application/json'];
          if (!json?.schema?.$ref) continue;
          const schema = (document as { components?: { schemas?: Record<string, { additionalProperties?: unknown }> } }).components?.schemas?.[
            json.schema.$ref.split('/').pop()!
          ];
          const where = `${context} ${method.toUpperCase()} ${path}`;
          expect({ where, closed: schema?.additionalProperties }).toEqual({ where, closed: false });
          if (operation['x-athar-public']) continue; // the public link's bodies are checked by its own suites (challenge first)
          const url = platform.url(context) + path.replace(/\{(\w+)\}/g, (_m, name: string) => (name === 'tenantId' ? TENANT : randomUUID()));
          const roles = operation['x-athar-roles'] ?? [];
          const token = await platform.token(TENANT, [roles[0]!]);
          const body = { ...(JSON.parse(exampleRequest(document, path, method).body as string) as object), undeclaredField: 1 };
          const response = await fetch(url, {
            method: method.toUpperCase(),
            headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-purpose': 'case-handling' },
            body: JSON.stringify(body),
          });
          const problem = (await response.json().catch(() => ({}))) as { fields?: Array<{ field: string }> };
          answers.push(`${where} → ${response.status} ${problem.fields?.some((f) => f.field === 'undeclaredField') ? 'names it' : 'does not name it'}`);
        }
      }
    }
    expect(answers.length).toBeGreaterThan(10);
    expect(answers.filter((answer) => !answer.endsWith('→ 422 names it'))).toEqual([]);
  });

  it('states the rules the server checks: integer limits, cursor patterns, instants for date filters, lengths on submitted names', () => {
    const limits: string[] = [];
    for (const [context, document] of Object.entries(documents)) {
      for (const [path, item] of Object.entries(document.paths)) {
        for (const [method, operation] of Object.entries(item)) {
          for (const parameter of operation.parameters ?? []) {
            const schema = parameter.schema as { type?: string; pattern?: string; format?: string } | undefined;
            const where = `${context} ${method.toUpperCase()} ${path} ${parameter.name}`;
            if (parameter.in !== 'query') continue;
            if (parameter.name === 'limit') limits.push(`${where}: ${schema?.type}`);
            if (parameter.name === 'cursor') expect({ where, pattern: Boolean(schema?.pattern) }).toEqual({ where, pattern: true });
            if (['from', 'to', 'dueAfter', 'dueBefore'].includes(parameter.name))
              expect({ where, format: schema?.format }).toEqual({ where, format: 'date-time' });
          }
        }
      }
    }
    expect(limits.length).toBeGreaterThan(3);
    expect(limits.filter((limit) => !limit.endsWith(': integer'))).toEqual([]);
    const applicant = (documents.intake as { components?: { schemas?: Record<string, { properties?: Record<string, { maxLength?: number }> }> } }).components
      ?.schemas?.ApplicantDto;
    expect(applicant?.properties?.fullName?.maxLength).toBe(400);
  });

  it('answers every operation as documented, with and without a token (401 before any look at the body)', async () => {
    const calls: string[] = [];
    for (const context of BOUNDED_CONTEXTS) {
      const document = documents[context] as Document;
      for (const [path, item] of Object.entries(document.paths)) {
        for (const [method, operation] of Object.entries(item)) {
          if (path.startsWith('/docs')) continue;
          const url =
            platform.url(context) +
            path.replace(/\{(\w+)\}/g, (_m, name: string) => {
              const schema = operation.parameters?.find((p) => p.in === 'path' && p.name === name)?.schema;
              return String(schema?.enum?.[0] ?? (schema?.format === 'uuid' ? randomUUID() : name === 'tenantId' ? TENANT : (schema?.example ?? 'x')));
            });
          const request = exampleRequest(document, path, method);
          const roles = operation['x-athar-roles'] ?? [];
          const token = roles[0] ? await platform.token(TENANT, [roles[0]]) : undefined;
          const headers = { ...request.headers, ...(token ? { authorization: `Bearer ${token}` } : {}), 'x-purpose': 'case-handling' };
          const response = await fetch(url, { method: method.toUpperCase(), headers, body: request.body });
          calls.push(`${context} ${method.toUpperCase()} ${path} → ${response.status}`);
          if (!operation['x-athar-public']) {
            const anonymous = await fetch(url, {
              method: method.toUpperCase(),
              headers: { 'content-type': 'application/json' },
              body: method === 'get' ? undefined : '"not an object\u0007"',
            });
            expect(`${context} ${method.toUpperCase()} ${path} → ${anonymous.status}`).toBe(`${context} ${method.toUpperCase()} ${path} → 401`);
          }
        }
      }
    }
    // No 5xx: a generated client's valid request never breaks a service.
    expect(calls.filter((call) => / → 5\d\d$/.test(call))).toEqual([]);
  });
});
