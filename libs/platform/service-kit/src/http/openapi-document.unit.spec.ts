import type { OpenAPIObject } from '@nestjs/swagger';
import { closeRequestSchemas } from './openapi-document';

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
