/**
 * Valid requests generated from a service's OpenAPI document, for the generated security tests: a
 * probe whose body fails validation is refused before it reaches the tenant or ownership check, so
 * it proves nothing. Each property takes its documented `example`, else the first `enum` value, else
 * a neutral value of its type; an object gets its required properties and every optional one that
 * has an example. A DTO whose generated body does not validate needs a better `example` (which also
 * makes the OpenAPI page more useful).
 */
export interface OpenApiSchema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  example?: unknown;
  items?: OpenApiSchema;
  properties?: Record<string, OpenApiSchema>;
  required?: string[];
  allOf?: OpenApiSchema[];
  minItems?: number;
}

interface OpenApiParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: OpenApiSchema;
}

interface OpenApiOperation {
  parameters?: OpenApiParameter[];
  requestBody?: { required?: boolean; content: Record<string, { schema: OpenApiSchema }> };
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components?: { schemas?: Record<string, OpenApiSchema> };
}

const PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');

function resolve(document: OpenApiDocument, schema: OpenApiSchema): OpenApiSchema {
  if (schema.$ref) {
    const name = schema.$ref.replace('#/components/schemas/', '');
    const found = document.components?.schemas?.[name];
    if (!found) throw new Error(`OpenAPI: ${schema.$ref} is not defined`);
    return resolve(document, found);
  }
  if (schema.allOf?.length === 1 && schema.allOf[0])
    return { ...resolve(document, schema.allOf[0]), ...(schema.example === undefined ? {} : { example: schema.example }) };
  return schema;
}

/** A value that satisfies `schema` as documented. */
export function exampleOf(document: OpenApiDocument, raw: OpenApiSchema): unknown {
  const schema = resolve(document, raw);
  if (schema.example !== undefined) return schema.example;
  if (schema.enum && schema.enum.length > 0) return schema.enum[0];
  switch (schema.type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [name, property] of Object.entries(schema.properties ?? {})) {
        const required = schema.required?.includes(name) ?? false;
        if (required || resolve(document, property).example !== undefined) out[name] = exampleOf(document, property);
      }
      return out;
    }
    case 'array':
      return Array.from({ length: Math.max(1, schema.minItems ?? 1) }, () => exampleOf(document, schema.items ?? { type: 'string' }));
    case 'boolean':
      return true;
    case 'integer':
    case 'number':
      return 1;
    default:
      return schema.format === 'date-time' ? new Date().toISOString() : 'نص';
  }
}

export interface GeneratedRequest {
  body?: string | FormData;
  headers: Record<string, string>;
  /** Required headers the caller must fill with a real value (e.g. If-Match: the record's revision). */
  needs: string[];
  /** The required query parameters with their documented examples (`?name=value&…`, or empty). */
  query: string;
}

/** A request to `method path` whose body and headers pass the service's validation. */
export function exampleRequest(document: OpenApiDocument, path: string, method: string): GeneratedRequest {
  const operation = document.paths[path]?.[method.toLowerCase()];
  if (!operation) throw new Error(`OpenAPI: no ${method} ${path}`);
  const headers: Record<string, string> = {};
  const needs = (operation.parameters ?? [])
    .filter((p) => p.in === 'header' && p.required && p.name.toLowerCase() !== 'authorization')
    .map((p) => p.name.toLowerCase());
  const required = (operation.parameters ?? []).filter((p) => p.in === 'query' && p.required && p.schema);
  const query =
    required.length === 0
      ? ''
      : `?${new URLSearchParams(required.map((p): [string, string] => [p.name, String(exampleOf(document, p.schema as OpenApiSchema))])).toString()}`;
  const content = operation.requestBody?.content ?? {};
  if (content['application/json']) {
    headers['content-type'] = 'application/json';
    return { body: JSON.stringify(exampleOf(document, content['application/json'].schema)), headers, needs, query };
  }
  if (content['multipart/form-data']) {
    const schema = resolve(document, content['multipart/form-data'].schema);
    const form = new FormData();
    for (const [name, property] of Object.entries(schema.properties ?? {})) {
      const resolved = resolve(document, property);
      if (resolved.format === 'binary') form.append(name, new Blob([PDF], { type: 'application/pdf' }), 'document.pdf');
      else form.append(name, String(exampleOf(document, resolved)));
    }
    return { body: form, headers, needs, query };
  }
  return { headers, needs, query };
}
