import 'reflect-metadata';
import { controllersDocument, EventWriter, looselyDocumentedResponses } from '@athar/service-kit';
import { controllerDependenciesOtherThanBuses, providersTaking, unreadableResponseSchemas } from '@athar/service-kit/testing';
import { EligibilityReader } from './read/eligibility-reader';

// The module reads its configuration when it is declared: a key so it can be loaded (nothing is checked here).
process.env.ATHAR_JWT_PUBLIC_KEY ??= 'unused-by-this-test';
const { EligibilityModule, httpControllers } = require('./eligibility.module') as typeof import('./eligibility.module');

/** Reads go through the QueryBus or a projection, never the write model; responses are documented by their DTOs. */
describe('eligibility: reads and their documents', () => {
  it('every controller only parses HTTP and asks a bus (a query or a command)', () => {
    expect(controllerDependenciesOtherThanBuses(httpControllers)).toEqual([]);
  });

  it('only EligibilityReader loads a stream outside the command path (no projection, reactor or handler takes EventWriter)', () => {
    expect(providersTaking(EligibilityModule, EventWriter)).toEqual([EligibilityReader.name]);
  });

  it('documents every response body field by field (no untyped object or array item)', async () => {
    expect(looselyDocumentedResponses(await controllersDocument(httpControllers))).toEqual([]);
  });

  it("documents its case view's details: the decision and each criterion with its reason (Tuwaiq 6-1), not an open object", async () => {
    const document = await controllersDocument(httpControllers);
    const schemas = (document.components?.schemas ?? {}) as Record<string, { properties?: Record<string, { $ref?: string; items?: { $ref?: string } }> }>;
    const ok = document.paths['/cases/{caseId}']?.get?.responses?.['200'] as { content: Record<string, { schema: { $ref: string } }> } | undefined;
    const view = schemas[(ok?.content['application/json']?.schema.$ref ?? '').split('/').pop() as string];
    const details = schemas[(view?.properties?.details?.$ref ?? '').split('/').pop() as string];
    const criterion = schemas[(details?.properties?.criteria?.items?.$ref ?? '').split('/').pop() as string];
    expect(Object.keys(criterion?.properties ?? {}).sort()).toEqual(['criterionId', 'met', 'reason']);
    expect(Object.keys(details?.properties ?? {})).toEqual(expect.arrayContaining(['outcome', 'override', 'review', 'documents']));
  });

  it('documents every response body so that a JSON Schema validator (ajv, as the e2e contract check) can read it', async () => {
    expect(unreadableResponseSchemas(await controllersDocument(httpControllers))).toEqual([]);
  });
});
