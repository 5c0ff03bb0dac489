import type { OpenAPIObject } from '@nestjs/swagger';
import type { OperationObject, ParameterObject, ReferenceObject, ResponseObject, SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';

/**
 * What every service's OpenAPI document says beyond what the decorators give (docs/adr/0031): the one
 * error shape (ErrorFilter's) on every operation for the refusals any route can give, security per
 * operation (public routes need no token), the Idempotency-Key header on POSTs only with its format,
 * path parameters with the rules the server checks, unique operation ids, and a server.
 */

const BILINGUAL: SchemaObject = {
  type: 'object',
  description: 'The same text in Arabic and English',
  required: ['ar', 'en'],
  additionalProperties: false,
  properties: { ar: { type: 'string', example: 'الحقل مطلوب' }, en: { type: 'string', example: 'is required' } },
};

const FIELD_PROBLEM: SchemaObject = {
  type: 'object',
  required: ['field', 'reasons'],
  additionalProperties: false,
  properties: {
    field: {
      type: 'string',
      description: 'The path of the field in the request (`applicant.nationalId`, `(body)`, a query or path parameter)',
      example: 'applicant.nationalId',
    },
    reasons: { type: 'array', items: { $ref: '#/components/schemas/Bilingual' } },
  },
};

/** ErrorFilter's answer (libs/platform/service-kit/src/http/error.filter.ts). */
const ERROR: SchemaObject = {
  type: 'object',
  description: 'Every refusal and failure: a stable code, a bilingual message, field-level reasons, the correlation id to quote',
  required: ['statusCode', 'code', 'message'],
  additionalProperties: false,
  properties: {
    statusCode: { type: 'integer', minimum: 400, maximum: 599, example: 422 },
    code: {
      type: 'string',
      description: 'Stable, machine-readable reason (validation-failed, token-missing, concurrent-change...)',
      example: 'validation-failed',
    },
    message: { $ref: '#/components/schemas/Bilingual' },
    fields: { type: 'array', items: { $ref: '#/components/schemas/FieldProblem' } },
    correlationId: { type: 'string', description: 'Also in the X-Correlation-Id response header and the logs' },
  },
};

const ERRORS: Record<string, { name: string; description: string }> = {
  '400': { name: 'BadRequest', description: 'Malformed request: JSON that does not parse, a body that is not an object, an id in the path that is not valid' },
  '401': { name: 'Unauthorized', description: 'No bearer token, or one that is not valid (always answered before the body is looked at)' },
  '403': { name: 'Forbidden', description: 'The token’s roles may not do this, or the record is not the caller’s' },
  '404': { name: 'NotFound', description: 'No such record for the caller’s tenant' },
  '409': { name: 'Conflict', description: 'The request conflicts with the record’s state or a concurrent change' },
  '410': { name: 'Gone', description: 'The record existed but is no more: erased personal data, an expired confirmation' },
  '413': { name: 'PayloadTooLarge', description: 'The body is larger than the service accepts' },
  '423': { name: 'Locked', description: 'Too many wrong attempts: this confirmation is locked' },
  '422': { name: 'UnprocessableEntity', description: 'Fields, query parameters or headers that break the rules; each problem is listed with its reasons' },
  '429': { name: 'TooManyRequests', description: 'Too many requests from this caller or address; retry after the Retry-After header' },
  '503': {
    name: 'ServiceUnavailable',
    description: 'An engine is unavailable; nothing durable happened, retry with the same Idempotency-Key after Retry-After',
  },
};

/** Where a request of the server's rules is refused before the handler runs: which errors each operation can give. */
function errorStatuses(method: string, path: string, operation: OperationObject): string[] {
  const isPublic = isPublicOperation(operation);
  const hasBody = method === 'post' || method === 'put' || method === 'patch';
  return [
    '400',
    // A public route may still authenticate its own way (a public-link draft's return code, the metrics token).
    '401',
    ...(isPublic ? [] : ['403']),
    // Any route may name something that is not there (a record in its path, a person or figure in its body).
    '404',
    ...(path.includes('{') ? ['410'] : []),
    ...(isPublic && path.includes('{confirmationId}') ? ['423'] : []),
    ...(hasBody ? ['409', '413'] : []),
    '422',
    '429',
    '503',
  ];
}

/** Path parameters the server checks, by name (ParseIdPipe, ParseUUIDPipe, the tenant slug). */
const PATH_PARAMETERS: Record<string, { description: string; schema: SchemaObject }> = {
  caseId: { description: 'The case (application) id', schema: { type: 'string', format: 'uuid' } },
  inquiryId: { description: 'The inquiry id', schema: { type: 'string', format: 'uuid' } },
  referralId: { description: 'The referral id', schema: { type: 'string', format: 'uuid' } },
  confirmationId: { description: 'The confirmation id sent to the applicant', schema: { type: 'string', format: 'uuid' } },
  documentId: { description: 'The document id', schema: { type: 'string', minLength: 1, maxLength: 128 } },
  tenantId: {
    description: 'The association (tenant) whose public link this is',
    schema: { type: 'string', pattern: '^[a-z][a-z0-9-]{1,62}$', example: 'tuwaiq' },
  },
};

/**
 * Query parameters named alike across every list (PageQuery, DueWindowQuery and the lists' own
 * filters): the rules their validators check, where a query DTO's decorator left them out.
 */
const QUERY_PARAMETERS: Record<string, SchemaObject> = {
  limit: { type: 'integer', minimum: 1 },
  offset: { type: 'integer', minimum: 0 },
  cursor: { type: 'string', pattern: '^[A-Za-z0-9_-]{1,1024}$' },
  from: { type: 'string', format: 'date-time' },
  to: { type: 'string', format: 'date-time' },
  dueAfter: { type: 'string', format: 'date-time' },
  dueBefore: { type: 'string', format: 'date-time' },
};

export const IDEMPOTENCY_KEY_PATTERN = '^[A-Za-z0-9_-]{8,128}$';

const isPublicOperation = (operation: OperationObject): boolean => (operation as OperationObject & { 'x-athar-public'?: boolean })['x-athar-public'] === true;

const isReference = (value: unknown): value is ReferenceObject => typeof value === 'object' && value !== null && '$ref' in value;

export interface DocumentCompletion {
  /** The server the document is served from (a relative URL: the service itself, behind whatever gateway). */
  serverUrl?: string;
  /**
   * The rules class-validator checks, as JSON schemas by class name (class-validator-jsonschema's
   * `validationMetadatasToSchemas()`): merged into the request schemas of the same name.
   */
  validationRules?: Record<string, SchemaObject>;
}

export function completeDocument(document: OpenAPIObject, options: DocumentCompletion = {}): OpenAPIObject {
  document.servers = [{ url: options.serverUrl ?? '/', description: 'This service (each service serves its own document at /docs-json)' }];
  document.components ??= {};
  document.components.schemas = { ...document.components.schemas, Bilingual: BILINGUAL, FieldProblem: FIELD_PROBLEM, Error: ERROR };
  document.components.responses = {
    ...document.components.responses,
    ...Object.fromEntries(
      Object.values(ERRORS).map(({ name, description }) => [
        name,
        { description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } } satisfies ResponseObject,
      ]),
    ),
  };
  // Security is per operation: a public route (health, metrics, the public link) needs no token.
  delete document.security;
  const operationIds = new Set<string>();
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of ['get', 'put', 'post', 'delete', 'patch'] as const) {
      const operation = item[method];
      if (!operation) continue;
      const isPublic = isPublicOperation(operation);
      // A public route that also accepts a bearer (metrics with its token) keeps it, as an option.
      operation.security = isPublic ? (operation.security?.length ? [{}, ...operation.security] : []) : [{ bearer: [] }];
      operation.parameters = completeParameters(method, path, operation.parameters ?? []);
      for (const status of errorStatuses(method, path, operation)) {
        const given = operation.responses[status];
        const shared: ReferenceObject = { $ref: `#/components/responses/${ERRORS[status]?.name}` };
        if (!given || isReference(given) || !given.content) {
          operation.responses[status] =
            given && !isReference(given)
              ? { description: given.description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } }
              : shared;
        }
      }
      operation.operationId = uniqueOperationId(operation.operationId ?? `${method}${path}`, path, operationIds);
    }
  }
  closeRequestSchemas(document, options.validationRules);
  typeBooleanEnums(document);
  return document;
}

/**
 * The server refuses fields a request body's DTO does not declare, at every depth (ValidationPipe's
 * forbidNonWhitelisted, 422 "is not an accepted field"): say so in the schemas a request body reaches,
 * so a client generated from the document cannot send one.
 */
export function closeRequestSchemas(document: OpenAPIObject, validationRules: Record<string, SchemaObject> = {}): void {
  const schemas = document.components?.schemas ?? {};
  const visited = new Set<string>();
  const close = (schema: SchemaObject | ReferenceObject | undefined): void => {
    if (!schema) return;
    if (isReference(schema)) {
      const name = schema.$ref.replace('#/components/schemas/', '');
      if (visited.has(name)) return;
      visited.add(name);
      const target = schemas[name];
      if (target && !isReference(target)) addValidationRules(target, validationRules[name]);
      close(target);
      return;
    }
    if (schema.properties && schema.additionalProperties === undefined) schema.additionalProperties = false;
    for (const property of Object.values(schema.properties ?? {})) close(property);
    if (schema.items) close(schema.items);
    for (const part of [...(schema.allOf ?? []), ...(schema.oneOf ?? []), ...(schema.anyOf ?? [])]) close(part);
  };
  for (const item of Object.values(document.paths)) {
    for (const method of ['put', 'post', 'patch'] as const) {
      const body = item[method]?.requestBody;
      if (!body || isReference(body)) continue;
      for (const media of Object.values(body.content)) if (media.schema) close(media.schema);
    }
  }
}

function completeParameters(method: string, path: string, parameters: Array<ParameterObject | ReferenceObject>): Array<ParameterObject | ReferenceObject> {
  const out = parameters.filter((parameter) => isReference(parameter) || parameter.name !== 'Idempotency-Key');
  if (method === 'post') {
    out.push({
      in: 'header',
      name: 'Idempotency-Key',
      required: false,
      description:
        'The same caller retrying the same request with the same key within 24 hours gets the first answer; the same key with another request is 422',
      schema: { type: 'string', pattern: IDEMPOTENCY_KEY_PATTERN, example: 'retry-7f3c2a91' },
    });
  }
  for (const parameter of out) {
    const rules = !isReference(parameter) && parameter.in === 'query' ? QUERY_PARAMETERS[parameter.name] : undefined;
    if (!rules || isReference(parameter) || (parameter.schema && isReference(parameter.schema))) continue;
    const schema: SchemaObject = { ...(parameter.schema as SchemaObject | undefined) };
    if (rules.type === 'integer' && (schema.type === 'number' || schema.type === undefined)) schema.type = 'integer';
    for (const [keyword, value] of Object.entries(rules))
      if (keyword !== 'type' && (schema as Record<string, unknown>)[keyword] === undefined) (schema as Record<string, unknown>)[keyword] = value;
    schema.type ??= rules.type;
    parameter.schema = schema;
  }
  for (const [, name] of path.matchAll(/\{(\w+)\}/g)) {
    if (!name) continue;
    const known = PATH_PARAMETERS[name];
    const declared = out.find((parameter): parameter is ParameterObject => !isReference(parameter) && parameter.in === 'path' && parameter.name === name);
    if (declared) {
      if (
        known &&
        (!declared.schema ||
          (!isReference(declared.schema) && declared.schema.type === 'string' && !declared.schema.enum && !declared.schema.format && !declared.schema.pattern))
      ) {
        declared.schema = { ...(declared.schema as SchemaObject | undefined), ...known.schema };
        declared.description ??= known.description;
      }
    } else {
      out.push({ in: 'path', name, required: true, description: known?.description ?? name, schema: known?.schema ?? { type: 'string' } });
    }
  }
  return out;
}

/**
 * @nestjs/swagger types an enum of booleans (`enum: [false]`, a literal-typed field) as a number, which
 * no validator accepts: every such schema, wherever it sits, is typed boolean.
 */
export function typeBooleanEnums(document: OpenAPIObject): void {
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (typeof value !== 'object' || value === null) return;
    const schema = value as SchemaObject;
    if (Array.isArray(schema.enum) && schema.enum.length > 0 && schema.enum.every((v) => typeof v === 'boolean')) schema.type = 'boolean';
    Object.values(value).forEach(visit);
  };
  visit(document.components?.schemas);
  visit(document.paths);
}

/** The keywords a validator's rule maps to, added where the decorators left them out. */
const RULE_KEYWORDS = ['format', 'pattern', 'minLength', 'maxLength', 'minimum', 'maximum', 'minItems', 'maxItems'] as const;

/**
 * What the server checks (UUIDs, integers, lengths, patterns, bounds), said in the schema too: each
 * property's rules from class-validator's metadata, without overriding what a decorator states.
 */
function addValidationRules(schema: SchemaObject, rules: SchemaObject | undefined): void {
  for (const [name, rule] of Object.entries(rules?.properties ?? {})) {
    const property = schema.properties?.[name];
    if (!property || isReference(property) || isReference(rule)) continue;
    if (rule.type === 'integer' && (property.type === 'number' || property.type === undefined)) property.type = 'integer';
    for (const keyword of RULE_KEYWORDS) {
      if (rule[keyword] !== undefined && property[keyword] === undefined && (property.type === rule.type || (keyword !== 'format' && keyword !== 'pattern'))) {
        (property as Record<string, unknown>)[keyword] = rule[keyword];
      }
    }
  }
}

/** Nest names a handler served on two paths `X_y[0]` and `X_y[1]`: name each after its path instead. */
function uniqueOperationId(given: string, path: string, seen: Set<string>): string {
  let id = given.replace(/\[\d+\]$/, '');
  if (seen.has(id) || id !== given) {
    const tail =
      path
        .split('/')
        .filter((segment) => segment && !segment.startsWith('{'))
        .pop() ?? 'root';
    id = `${id}_${tail.replace(/[^A-Za-z0-9]+/g, '_')}`;
  }
  while (seen.has(id)) id = `${id}_`;
  seen.add(id);
  return id;
}
