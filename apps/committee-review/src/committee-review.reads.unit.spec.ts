import 'reflect-metadata';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import type { Type } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { controllersDocument, EventWriter, looselyDocumentedResponses } from '@athar/service-kit';
import { ReviewReader } from './reviews/read/review-reader';

// The module reads its configuration when it is declared: a key so it can be loaded (nothing is checked here).
process.env.ATHAR_JWT_PUBLIC_KEY ??= 'unused-by-this-test';
const { CommitteeReviewModule, httpControllers } = require('./committee-review.module') as typeof import('./committee-review.module');

const paramTypes = (type: Type): unknown[] => (Reflect.getMetadata('design:paramtypes', type) as unknown[] | undefined) ?? [];
const providers = (Reflect.getMetadata('providers', CommitteeReviewModule) as Type[]).filter((p) => typeof p === 'function');

/** Reads go through the QueryBus or a projection, never the write model; responses are documented by their DTOs. */
describe('committee-review: reads and their documents', () => {
  it('every controller only parses HTTP and asks a bus (a query or a command)', () => {
    const other = httpControllers.flatMap((controller) =>
      paramTypes(controller)
        .filter((type) => type !== QueryBus && type !== CommandBus)
        .map((type) => `${controller.name} takes ${(type as { name?: string }).name ?? String(type)}`),
    );
    expect(other).toEqual([]);
  });

  it('only ReviewReader loads a stream outside the command path (no projection, reactor or handler takes EventWriter)', () => {
    expect(providers.filter((provider) => paramTypes(provider).includes(EventWriter)).map((p) => p.name)).toEqual([ReviewReader.name]);
  });

  it('documents every response body field by field (no untyped object or array item)', async () => {
    expect(looselyDocumentedResponses(await controllersDocument(httpControllers))).toEqual([]);
  });

  it('documents every response body so that a JSON Schema validator (ajv, as the e2e contract check) can read it', async () => {
    const document = await controllersDocument(httpControllers);
    const ajv = new Ajv({ strict: false });
    addFormats(ajv);
    ajv.addSchema({ $id: 'document.json', components: document.components ?? {} });
    const unreadable = Object.entries(document.paths).flatMap(([path, operations]) =>
      Object.entries(operations as Record<string, { responses?: Record<string, { content?: Record<string, { schema?: object }> }> }>).flatMap(
        ([method, operation]) =>
          Object.entries(operation.responses ?? {}).flatMap(([status, response]) => {
            const schema = response.content?.['application/json']?.schema;
            if (!schema) return [];
            try {
              ajv.compile(JSON.parse(JSON.stringify(schema).replace(/"#\/components\//g, '"document.json#/components/')) as object);
              return [];
            } catch (error) {
              return [`${method.toUpperCase()} ${path} ${status}: ${(error as Error).message}`];
            }
          }),
      ),
    );
    expect(unreadable).toEqual([]);
  });
});
