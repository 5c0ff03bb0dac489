import { BOUNDED_CONTEXTS, type BoundedContext } from '@athar/contracts';
import { OpenApiContract, type ContractDocument } from './src/openapi-contract';
import { PlatformUnderTest } from './src/platform-under-test';

/**
 * Every response an e2e test receives from a service is checked against that service's served OpenAPI
 * document (docs/adr/0031): an undocumented status or a body that breaks its schema fails the file, so
 * a document that lies fails the build. Installed for every e2e file (jest.config.js, setupFilesAfterEnv).
 */
const realFetch = globalThis.fetch;
const violations: string[] = [];
let contract: Promise<{ contract: OpenApiContract; origins: Map<string, BoundedContext> }> | undefined;

function load() {
  contract ??= (async () => {
    const platform = PlatformUnderTest.current();
    const documents: Record<string, ContractDocument> = {};
    const origins = new Map<string, BoundedContext>();
    for (const context of BOUNDED_CONTEXTS) {
      documents[context] = (await (await realFetch(`${platform.url(context)}/docs-json`)).json()) as ContractDocument;
      origins.set(new URL(platform.url(context)).origin, context);
    }
    return { contract: new OpenApiContract(documents), origins };
  })();
  return contract;
}

globalThis.fetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
  const response = await realFetch(input, init);
  const url = new URL(input instanceof Request ? input.url : String(input));
  if (url.pathname.startsWith('/docs')) return response;
  const { contract: checker, origins } = await load();
  const service = origins.get(url.origin);
  if (!service) return response;
  const method = init?.method ?? (input instanceof Request ? input.method : 'GET');
  const contentType = response.headers.get('content-type');
  const text = contentType?.includes('application/json') ? await response.clone().text() : '';
  let body: unknown = text;
  try {
    body = text ? (JSON.parse(text) as unknown) : null;
  } catch {
    violations.push(`${method} ${url.pathname} → ${response.status}: content-type JSON but the body does not parse`);
  }
  violations.push(...checker.check(service, method, url.href, response.status, contentType, body));
  return response;
};

afterAll(() => {
  // Each distinct lie once, however often the file met it.
  expect({ responsesThatBreakTheirOpenApiDocument: [...new Set(violations)] }).toEqual({ responsesThatBreakTheirOpenApiDocument: [] });
});
