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

  it('documents every response body so that a JSON Schema validator (ajv, as the e2e contract check) can read it', async () => {
    expect(unreadableResponseSchemas(await controllersDocument(httpControllers))).toEqual([]);
  });
});
