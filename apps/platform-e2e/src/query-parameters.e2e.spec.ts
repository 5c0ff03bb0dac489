import { randomUUID } from 'node:crypto';
import { BOUNDED_CONTEXTS, type BoundedContext } from '@athar/contracts';
import { PERSON_ROLES } from '@athar/identity';
import { PlatformUnderTest } from './platform-under-test';

jest.setTimeout(180_000);

interface Parameter {
  name: string;
  in: string;
  schema?: { enum?: unknown[]; example?: unknown; default?: unknown; type?: string; minimum?: number };
  example?: unknown;
}
interface OpenApi {
  paths: Record<string, Record<string, { parameters?: Parameter[] }>>;
}
interface Refusal {
  code?: string;
  fields?: Array<{ field: string; reasons: Array<{ ar: string; en: string }> }>;
}

/** A query parameter no route takes (the reported case: `asOf` read as "history" while today's state came back). */
const PROBE = 'asOfProbe';
const UNKNOWN_REASON = 'is not a query parameter of this route';

/** A value of the right shape for each path parameter; the check runs before any lookup or validation. */
const PATH_VALUES: Record<string, () => string> = { tenantId: () => 'awj', role: () => 'services-officer', documentId: () => 'a1b2c3d4e5f60718293a4b5c' };
const fill = (path: string) => path.replace(/\{(\w+)\}/g, (_, name: string) => (PATH_VALUES[name] ?? randomUUID)());

/** A plausible value for a declared query parameter, from its OpenAPI schema. */
function sample(parameter: Parameter): string {
  const schema = parameter.schema ?? {};
  const value =
    schema.enum?.[0] ??
    parameter.example ??
    schema.example ??
    schema.default ??
    (schema.type === 'integer' || schema.type === 'number' ? (schema.minimum ?? 1) : 'x');
  return String(value);
}

const refusedFor = (body: Refusal, name: string) => (body.fields ?? []).some((f) => f.field === name && f.reasons.some((r) => r.en === UNKNOWN_REASON));

/**
 * Every route of every service, generated from its OpenAPI document: an undeclared query parameter
 * answers 422 naming it; the same request without it is not refused for it; every query parameter the
 * document declares is accepted by the check.
 */
describe('query parameters a route does not declare are refused on every route of every service', () => {
  const platform = PlatformUnderTest.current();
  let token: string;

  beforeAll(async () => {
    token = await platform.token('awj', [...PERSON_ROLES]);
  });

  const call = (context: BoundedContext, method: string, pathAndQuery: string) =>
    fetch(`${platform.url(context)}${pathAndQuery}`, {
      method: method.toUpperCase(),
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: method === 'get' ? undefined : '{}',
    });

  it.each(BOUNDED_CONTEXTS.map((c) => [c]))('%s: 422 naming the unknown parameter, not without it; declared parameters pass', async (context) => {
    const document = (await (await fetch(`${platform.url(context)}/docs-json`)).json()) as OpenApi;
    const problems: string[] = [];
    let routes = 0;
    for (const [template, operations] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        routes += 1;
        const path = fill(template);
        const route = `${method.toUpperCase()} ${template}`;

        const withProbe = await call(context, method, `${path}?${PROBE}=2020-01-01`);
        const probed = (await withProbe.json().catch(() => ({}))) as Refusal;
        if (withProbe.status !== 422 || !refusedFor(probed, PROBE))
          problems.push(`${route}: ${withProbe.status} ${JSON.stringify(probed.fields ?? probed.code)} with ?${PROBE}`);

        const without = await call(context, method, path);
        const plain = (await without.json().catch(() => ({}))) as Refusal;
        if ((plain.fields ?? []).some((f) => f.field === PROBE)) problems.push(`${route}: names ${PROBE} though it was not sent`);

        const declared = (operation.parameters ?? []).filter((p) => p.in === 'query');
        if (declared.length > 0) {
          const query = new URLSearchParams(declared.map((p): [string, string] => [p.name, sample(p)]));
          const documented = await call(context, method, `${path}?${query}`);
          const body = (await documented.json().catch(() => ({}))) as Refusal;
          for (const p of declared) if (refusedFor(body, p.name)) problems.push(`${route}: refuses its declared query parameter ${p.name}`);
        }
      }
    }
    expect(problems).toEqual([]);
    expect(routes).toBeGreaterThan(context === 'intake' ? 25 : 3);
  });

  it('answers 401 before looking at the query when there is no token', async () => {
    const response = await fetch(`${platform.url('intake')}/applications/${randomUUID()}?${PROBE}=1`);
    expect(response.status).toBe(401);
  });

  it("refuses ?asOf= on an application instead of answering today's state, and keeps ?purpose= working", async () => {
    const staff = await platform.token('awj', ['relations-officer']);
    const read = (query: string) => fetch(`${platform.url('intake')}/applications/${randomUUID()}?${query}`, { headers: { authorization: `Bearer ${staff}` } });
    const asOf = await read('purpose=case-handling&asOf=2024-01-01');
    expect(asOf.status).toBe(422);
    expect(((await asOf.json()) as Refusal).fields).toEqual([
      { field: 'asOf', reasons: [{ ar: expect.stringMatching(/[\u0600-\u06FF]/), en: UNKNOWN_REASON }] },
    ]);
    expect((await read('purpose=case-handling')).status).toBe(404);
  });
});
