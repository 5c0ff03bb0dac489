import { OpenApiContract, type ContractDocument } from './openapi-contract';

const document: ContractDocument = {
  paths: {
    '/things/{thingId}': {
      get: {
        responses: {
          '200': { content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } } },
          '404': { $ref: '#/components/responses/NotFound' },
        },
      },
    },
    '/things/mine': { get: { responses: { '200': {} } } },
  },
  components: {
    schemas: {
      Thing: {
        type: 'object',
        required: ['id', 'count'],
        additionalProperties: false,
        properties: { id: { type: 'string', format: 'uuid' }, count: { type: 'integer' }, note: { type: 'string', nullable: true } },
      },
      Error: { type: 'object', required: ['code'], properties: { code: { type: 'string' } } },
    },
    responses: { NotFound: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } } },
  },
};
const contract = new OpenApiContract({ probe: document });
const url = (path: string) => `http://127.0.0.1:1${path}`;
const id = '6f1c2d3e-4a5b-4c6d-8e7f-8091a2b3c4d5';

describe('a response is checked against its operation in the OpenAPI document', () => {
  it('accepts an answer that keeps the document’s word', () => {
    expect(contract.check('probe', 'GET', url(`/things/${id}`), 200, 'application/json', { id, count: 2, note: null })).toEqual([]);
    expect(contract.check('probe', 'GET', url(`/things/${id}`), 404, 'application/json; charset=utf-8', { code: 'not-found' })).toEqual([]);
  });

  it('names a body that breaks the schema: a wrong type, a missing field, a field the document does not list', () => {
    expect(contract.check('probe', 'GET', url(`/things/${id}`), 200, 'application/json', { id: 'not-a-uuid', count: 1.5, extra: true })).toEqual([
      'GET /things/{thingId} → 200: (body) must NOT have additional properties (extra); /id must match format "uuid"; /count must be integer',
    ]);
    expect(contract.check('probe', 'GET', url(`/things/${id}`), 404, 'application/json', { message: 'x' })).toEqual([
      expect.stringContaining("must have required property 'code'"),
    ]);
  });

  it('names an undocumented status and a JSON body where the document shows none', () => {
    expect(contract.check('probe', 'GET', url(`/things/${id}`), 409, 'application/json', { code: 'x' })).toEqual([
      'GET /things/{thingId} → 409: status not documented',
    ]);
    expect(contract.check('probe', 'GET', url('/things/mine'), 200, 'application/json', { items: [] })).toEqual([
      'GET /things/mine → 200: returns a JSON body the document does not describe',
    ]);
  });
});
