import { Module, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ApiProperty, DocumentBuilder, getSchemaPath, SwaggerModule, type ApiPropertyOptions, type OpenAPIObject } from '@nestjs/swagger';
import type { ReferenceObject, SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';

/**
 * The OpenAPI document of some controllers alone, as their decorators and DTOs say (no engine, no
 * provider: each constructor dependency is an empty stub, so nothing is called). For tests of what a
 * service documents; the served document adds the shared parts (completeDocument).
 */
export async function controllersDocument(controllers: Type[]): Promise<OpenAPIObject> {
  const tokens = new Set<unknown>();
  for (const controller of controllers) {
    const types = (Reflect.getMetadata('design:paramtypes', controller) as unknown[] | undefined) ?? [];
    const injected = (Reflect.getMetadata('self:paramtypes', controller) as Array<{ index: number; param: unknown }> | undefined) ?? [];
    types.forEach((type, index) => tokens.add(injected.find((i) => i.index === index)?.param ?? type));
  }
  @Module({ controllers, providers: [...tokens].map((token) => ({ provide: token as string, useValue: {} })) })
  class ControllersOnly {}
  const app = await NestFactory.create(ControllersOnly, { logger: false, abortOnError: false });
  try {
    return SwaggerModule.createDocument(app, new DocumentBuilder().build());
  } finally {
    await app.close();
  }
}

type Schema = SchemaObject | ReferenceObject;

/** Only null: the second branch of a nullable DTO (ApiPropertyNullable). */
export const NULL_ONLY: SchemaObject = { type: 'object', nullable: true, enum: [null] };

/**
 * A property holding a DTO or null. What `@ApiProperty({ type: Dto, nullable: true })` gives,
 * `{ nullable: true, allOf: [$ref] }`, has no `type`, and JSON Schema validators (ajv, the e2e contract
 * check) refuse `nullable` without one; this says "the DTO, or null" as a oneOf. The DTO must be
 * registered with `@ApiExtraModels(Dto)` on the controllers that return it.
 */
export function ApiPropertyNullable(dto: Type, options: Omit<ApiPropertyOptions, 'type' | 'nullable' | 'oneOf'> = {}): PropertyDecorator {
  return ApiProperty({ ...options, oneOf: [{ $ref: getSchemaPath(dto) }, NULL_ONLY] } as ApiPropertyOptions);
}

/**
 * Every place in a response body that the document leaves open or that a validator cannot read: an
 * object with neither properties nor a typed additionalProperties (`{ type: 'object' }`), an array
 * without item type, `nullable` without a `type`, a `$ref` to no schema. Each is named
 * `METHOD path status: where`, so a reader of the document knows every field a response has.
 */
export function looselyDocumentedResponses(document: OpenAPIObject): string[] {
  const schemas = (document.components?.schemas ?? {}) as Record<string, Schema>;
  const found: string[] = [];
  const walk = (schema: Schema | undefined, at: string, seen: Set<string>): void => {
    if (!schema) return;
    if ('$ref' in schema) {
      const name = schema.$ref.split('/').pop() as string;
      if (!schemas[name]) found.push(`${at}: $ref to no schema (${name})`);
      if (seen.has(name)) return;
      walk(schemas[name], `${at} (${name})`, new Set([...seen, name]));
      return;
    }
    if (schema.nullable && !schema.type) found.push(`${at}: nullable without a type`);
    for (const part of [...(schema.allOf ?? []), ...(schema.oneOf ?? []), ...(schema.anyOf ?? [])]) walk(part, at, seen);
    if (schema.type === 'array') {
      if (!schema.items || isOpen(schema.items as Schema)) found.push(`${at}[]`);
      else walk(schema.items as Schema, `${at}[]`, seen);
      return;
    }
    if (schema.type !== 'object' && !schema.properties) return;
    if (isOpen(schema)) {
      found.push(at);
      return;
    }
    for (const [name, property] of Object.entries(schema.properties ?? {})) walk(property, `${at}.${name}`, seen);
    if (typeof schema.additionalProperties === 'object') walk(schema.additionalProperties, `${at}{}`, seen);
  };
  for (const [path, operations] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(
      operations as Record<string, { responses?: Record<string, { content?: Record<string, { schema?: Schema }> }> }>,
    )) {
      for (const [status, response] of Object.entries(operation.responses ?? {})) {
        for (const media of Object.values(response.content ?? {})) walk(media.schema, `${method.toUpperCase()} ${path} ${status}: body`, new Set());
      }
    }
  }
  return found;
}

/** An object schema that names no field and no typed map: any object would fit it. */
function isOpen(schema: Schema): boolean {
  if ('$ref' in schema) return false;
  if (schema.allOf || schema.oneOf || schema.anyOf) return false;
  // An enum names its values (NULL_ONLY: null alone).
  if (schema.type !== 'object' || schema.enum) return false;
  const map = schema.additionalProperties;
  return (
    !schema.properties &&
    (map === undefined || map === true || (typeof map === 'object' && isOpen(map)) || (typeof map === 'object' && Object.keys(map).length === 0))
  );
}
