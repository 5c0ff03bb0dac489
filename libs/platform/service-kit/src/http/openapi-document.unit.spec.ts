import type { OpenAPIObject } from '@nestjs/swagger';
import { closeRequestSchemas, completeDocument } from './openapi-document';

const document = (): OpenAPIObject => ({
  openapi: '3.0.0',
  info: { title: 't', version: '1' },
  paths: {
    '/applications': {
      post: {
        responses: { '201': { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/Receipt' } } } } },
        requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Submit' } } } },
      },
    },
  },
  components: {
    schemas: {
      Submit: {
        type: 'object',
        properties: { applicant: { $ref: '#/components/schemas/Applicant' }, documents: { type: 'array', items: { $ref: '#/components/schemas/Doc' } } },
      },
      Applicant: { type: 'object', properties: { nationalId: { type: 'string' } } },
      Doc: { type: 'object', properties: { type: { type: 'string' } } },
      Attributes: { type: 'object', additionalProperties: { type: 'string' } },
      Receipt: { type: 'object', properties: { caseId: { type: 'string' } } },
    },
  },
});

describe('closeRequestSchemas: the document says what the ValidationPipe refuses', () => {
  it('closes every schema a request body reaches, nested and in arrays, and leaves response schemas and open maps as they are', () => {
    const doc = document();
    doc.components!.schemas!.Submit = {
      ...doc.components!.schemas!.Submit,
      properties: { ...(doc.components!.schemas!.Submit as { properties: object }).properties, attributes: { $ref: '#/components/schemas/Attributes' } },
    };
    closeRequestSchemas(doc);
    const schemas = doc.components!.schemas! as Record<string, { additionalProperties?: unknown }>;
    expect(schemas.Submit.additionalProperties).toBe(false);
    expect(schemas.Applicant.additionalProperties).toBe(false);
    expect(schemas.Doc.additionalProperties).toBe(false);
    expect(schemas.Attributes.additionalProperties).toEqual({ type: 'string' });
    expect(schemas.Receipt.additionalProperties).toBeUndefined();
  });
});

describe('completeDocument: the rules the server checks are in the schema', () => {
  it('adds each validator rule (integer, uuid, lengths, bounds) to the request schema of the same class, without overriding a decorator', () => {
    const doc = document();
    doc.components!.schemas!.Applicant = {
      type: 'object',
      properties: { nationalId: { type: 'string', maxLength: 12 }, count: { type: 'number' }, caseId: { type: 'string' }, note: { type: 'string' } },
    };
    completeDocument(doc, {
      validationRules: {
        Applicant: {
          type: 'object',
          properties: {
            nationalId: { type: 'string', maxLength: 30, pattern: '^[0-9]+$' },
            count: { type: 'integer', minimum: 1, maximum: 10 },
            caseId: { type: 'string', format: 'uuid' },
            note: { type: 'string', minLength: 1 },
          },
        },
        Receipt: { type: 'object', properties: { caseId: { type: 'string', format: 'uuid' } } },
      },
    });
    expect(doc.components!.schemas!.Applicant).toMatchObject({
      additionalProperties: false,
      properties: {
        nationalId: { type: 'string', maxLength: 12, pattern: '^[0-9]+$' },
        count: { type: 'integer', minimum: 1, maximum: 10 },
        caseId: { type: 'string', format: 'uuid' },
        note: { type: 'string', minLength: 1 },
      },
    });
    expect((doc.components!.schemas!.Receipt as { properties: { caseId: object } }).properties.caseId).toEqual({ type: 'string' });
  });

  it('says limit is an integer, cursor has its pattern and date filters are instants, on every list', () => {
    const doc = document();
    doc.paths['/reviews'] = {
      get: {
        parameters: [
          { in: 'query', name: 'limit', required: false, schema: { type: 'number', maximum: 100 } },
          { in: 'query', name: 'cursor', required: false, schema: { type: 'string' } },
          { in: 'query', name: 'dueAfter', required: false, schema: { type: 'string' } },
          { in: 'query', name: 'status', required: false, schema: { type: 'string' } },
        ],
        responses: { '200': { description: 'ok' } },
      },
    };
    completeDocument(doc);
    const schemas = Object.fromEntries((doc.paths['/reviews'].get!.parameters as Array<{ name: string; schema: object }>).map((p) => [p.name, p.schema]));
    expect(schemas).toEqual({
      limit: { type: 'integer', minimum: 1, maximum: 100 },
      cursor: { type: 'string', pattern: '^[A-Za-z0-9_-]{1,1024}$' },
      dueAfter: { type: 'string', format: 'date-time' },
      status: { type: 'string' },
    });
  });
});

describe('completeDocument: boolean enums', () => {
  it('types an enum of booleans as boolean wherever it is (Nest types it as a number)', () => {
    const doc = document();
    doc.components!.schemas!.Doc = { type: 'object', properties: { active: { type: 'number', enum: [false] }, kind: { type: 'string', enum: ['a'] } } };
    completeDocument(doc);
    expect((doc.components!.schemas!.Doc as { properties: Record<string, object> }).properties).toEqual({
      active: { type: 'boolean', enum: [false] },
      kind: { type: 'string', enum: ['a'] },
    });
  });
});
