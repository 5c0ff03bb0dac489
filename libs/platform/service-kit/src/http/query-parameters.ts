import { Injectable, UnprocessableEntityException, type CanActivate, type ExecutionContext, type Type } from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { DECORATORS } from '@nestjs/swagger/dist/constants';
import type { Bilingual, FieldProblem } from '@athar/contracts';
import type { Request } from 'express';

/** The reason given for a query parameter the route does not declare. */
export const UNKNOWN_QUERY_PARAMETER: Bilingual = { ar: 'معامل استعلام غير معروف لهذا المسار ولا يُقبل', en: 'is not a query parameter of this route' };

interface RouteArgument {
  index: number;
  data?: unknown;
}

/**
 * The query parameters a route declares, from the same metadata its OpenAPI operation is built from:
 * `@Query('name')`, the `@ApiProperty` fields of a `@Query()` DTO, and `@ApiQuery({ name })` on the
 * method or its controller (how a custom parameter decorator that reads the query, such as the read
 * purpose, declares it). A route that declares none accepts none.
 */
export function declaredQueryParameters(controller: Type<unknown>, method: string): ReadonlySet<string> {
  const names = new Set<string>();
  const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, method) ?? {}) as Record<string, RouteArgument>;
  const types = (Reflect.getMetadata('design:paramtypes', controller.prototype as object, method) ?? []) as Array<Type<unknown> | undefined>;
  for (const [key, arg] of Object.entries(args)) {
    if (Number(key.split(':')[0]) !== RouteParamtypes.QUERY) continue;
    if (typeof arg.data === 'string') {
      names.add(arg.data);
      continue;
    }
    const dto = types[arg.index];
    for (const property of (dto?.prototype ? (Reflect.getMetadata(DECORATORS.API_MODEL_PROPERTIES_ARRAY, dto.prototype as object) ?? []) : []) as string[]) {
      names.add(property.replace(/^:/, ''));
    }
  }
  const handler = (controller.prototype as Record<string, unknown>)[method] as object;
  for (const target of [handler, controller]) {
    for (const parameter of (Reflect.getMetadata(DECORATORS.API_PARAMETERS, target) ?? []) as Array<{ in?: string; name?: string }>) {
      if (parameter.in === 'query' && typeof parameter.name === 'string') names.add(parameter.name);
    }
  }
  return names;
}

/** The request's query keys the route does not declare, each with its bilingual reason. */
export function undeclaredQueryParameters(query: Record<string, unknown>, declared: ReadonlySet<string>): FieldProblem[] {
  return Object.keys(query)
    .filter((key) => !declared.has(key))
    .map((field) => ({ field, reasons: [UNKNOWN_QUERY_PARAMETER] }));
}

/**
 * Refuses (422, field by field) any query parameter the route does not declare, on every route of every
 * service: an ignored `?asOf=` would answer today's state to a reader asking for history. Registered
 * after AuthGuard, so an unauthenticated caller still gets 401 first.
 */
@Injectable()
export class QueryParametersGuard implements CanActivate {
  private readonly cache = new WeakMap<object, ReadonlySet<string>>();

  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<Request>();
    const query = (request.query ?? {}) as Record<string, unknown>;
    if (Object.keys(query).length === 0) return true;
    const handler = context.getHandler();
    let declared = this.cache.get(handler);
    if (!declared) {
      declared = declaredQueryParameters(context.getClass(), handler.name);
      this.cache.set(handler, declared);
    }
    const fields = undeclaredQueryParameters(query, declared);
    if (fields.length > 0) {
      throw new UnprocessableEntityException({
        code: 'validation-failed',
        message: { ar: 'معاملات استعلام غير معروفة لهذا المسار', en: 'The request has query parameters this route does not take' },
        fields,
      });
    }
    return true;
  }
}
