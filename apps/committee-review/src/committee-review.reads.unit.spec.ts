import 'reflect-metadata';
import { controllersDocument, EventWriter, looselyDocumentedResponses } from '@athar/service-kit';
import { controllerDependenciesOtherThanBuses, providersTaking, unreadableResponseSchemas } from '@athar/service-kit/testing';
import { operationsControllers } from '@athar/temporal-kit';
import { ReviewReader } from './reviews/read/review-reader';

// The module reads its configuration when it is declared: a key so it can be loaded (nothing is checked here).
process.env.ATHAR_JWT_PUBLIC_KEY ??= 'unused-by-this-test';
const { CommitteeReviewModule, httpControllers } = require('./committee-review.module') as typeof import('./committee-review.module');

/** Reads go through the QueryBus or a projection, never the write model; responses are documented by their DTOs. */
describe('committee-review: reads and their documents', () => {
  it('every controller only parses HTTP and asks a bus (a query or a command)', () => {
    expect(controllerDependenciesOtherThanBuses(httpControllers)).toEqual([]);
  });

  it("only ReviewReader loads a stream outside the command path (no projection, reactor or handler takes EventWriter); OperationsLedger appends the operators' actions to their own stream (docs/adr/0045)", () => {
    expect(providersTaking(CommitteeReviewModule, EventWriter)).toEqual([ReviewReader.name, 'OperationsLedger']);
  });

  it('documents every response body field by field (no untyped object or array item)', async () => {
    expect(looselyDocumentedResponses(await controllersDocument([...httpControllers, ...operationsControllers]))).toEqual([]);
  });

  it('documents every response body so that a JSON Schema validator (ajv, as the e2e contract check) can read it', async () => {
    expect(unreadableResponseSchemas(await controllersDocument([...httpControllers, ...operationsControllers]))).toEqual([]);
  });
});
