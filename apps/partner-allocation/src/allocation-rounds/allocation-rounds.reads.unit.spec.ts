import 'reflect-metadata';
import { controllersDocument, looselyDocumentedResponses } from '@athar/service-kit';
import { controllerDependenciesOtherThanBuses, unreadableResponseSchemas } from '@athar/service-kit/testing';
import { allocationRounds } from './allocation-rounds';

/** The rounds' controllers only ask a bus, and their responses are documented so the e2e contract check can read them. */
describe('allocation rounds: controllers and their documents', () => {
  it('every controller only parses HTTP and asks a bus', () => {
    expect(controllerDependenciesOtherThanBuses(allocationRounds.controllers)).toEqual([]);
  });

  it('documents every response body field by field', async () => {
    expect(looselyDocumentedResponses(await controllersDocument(allocationRounds.controllers))).toEqual([]);
  });

  it('documents every response body so that a JSON Schema validator (ajv) can read it', async () => {
    expect(unreadableResponseSchemas(await controllersDocument(allocationRounds.controllers))).toEqual([]);
  });
});
