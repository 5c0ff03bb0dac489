import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import type { OpenAPIObject } from '@nestjs/swagger';

type Operation = {
  parameters?: Array<{ name: string; in: string }>;
  responses?: Record<string, { content?: Record<string, { schema?: object }> }>;
};

const operationsOf = (document: OpenAPIObject): Array<{ where: string; operation: Operation }> =>
  Object.entries(document.paths).flatMap(([path, operations]) =>
    Object.entries(operations as Record<string, Operation>).map(([method, operation]) => ({ where: `${method.toUpperCase()} ${path}`, operation })),
  );

/**
 * Each response schema a JSON Schema validator cannot compile (ajv, as the e2e contract check uses it;
 * docs/adr/0031), named `METHOD path status: why`. For the services' document specs.
 */
export function unreadableResponseSchemas(document: OpenAPIObject): string[] {
  const ajv = new Ajv({ strict: false });
  addFormats(ajv);
  ajv.addSchema({ $id: 'document.json', components: document.components ?? {} });
  return operationsOf(document).flatMap(({ where, operation }) =>
    Object.entries(operation.responses ?? {}).flatMap(([status, response]) => {
      const schema = response.content?.['application/json']?.schema;
      if (!schema) return [];
      try {
        ajv.compile(JSON.parse(JSON.stringify(schema).replace(/"#\/components\//g, '"document.json#/components/')) as object);
        return [];
      } catch (error) {
        return [`${where} ${status}: ${(error as Error).message}`];
      }
    }),
  );
}

/** Header parameters an operation names twice (HTTP header names are case-insensitive). */
export function repeatedHeaderParameters(document: OpenAPIObject): string[] {
  return operationsOf(document).flatMap(({ where, operation }) => {
    const headers = (operation.parameters ?? []).filter((p) => p.in === 'header').map((p) => p.name.toLowerCase());
    return headers.filter((name, index) => headers.indexOf(name) !== index).map((name) => `${where}: ${name}`);
  });
}
