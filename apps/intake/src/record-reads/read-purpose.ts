import { applyDecorators, createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { ApiHeader, ApiQuery } from '@nestjs/swagger';
import { DomainError, READ_PURPOSES, type ReadPurpose } from '@athar/contracts';
import type { Request } from 'express';

/**
 * The purpose of reading a beneficiary's record, from the `X-Purpose` header or the `purpose` query
 * parameter (one of READ_PURPOSES). A read without a stated purpose is refused (Tuwaiq 5-4, 6-5).
 */
export function parseReadPurpose(header: unknown, query: unknown): ReadPurpose {
  const given = typeof header === 'string' && header !== '' ? header : query;
  if (typeof given === 'string' && (READ_PURPOSES as readonly string[]).includes(given)) return given as ReadPurpose;
  throw new DomainError(
    'purpose-required',
    'invalid',
    { ar: 'يلزم بيان الغرض من الاطلاع على سجل المستفيد', en: "State the purpose of reading the beneficiary's record" },
    [
      {
        field: 'X-Purpose',
        reasons: [{ ar: `الغرض واحد من: ${READ_PURPOSES.join('، ')}`, en: `one of: ${READ_PURPOSES.join(', ')} (header X-Purpose or query purpose)` }],
      },
    ],
  );
}

/** The read's purpose as a route parameter; a missing or unknown purpose answers 422 before anything is read. */
export const ReadPurposeParam = createParamDecorator((_data: unknown, context: ExecutionContext): ReadPurpose => {
  const request = context.switchToHttp().getRequest<Request>();
  return parseReadPurpose(request.headers['x-purpose'], request.query.purpose);
});

/**
 * Documents both ways of stating the purpose on a route that reads it: the `X-Purpose` header, or the
 * `purpose` query parameter (declared, so the query-parameter check accepts it on this route only).
 */
export const ApiReadPurpose = (): MethodDecorator =>
  applyDecorators(
    ApiHeader({
      name: 'X-Purpose',
      required: false,
      enum: READ_PURPOSES,
      description: 'Why the record is read (required here or as query parameter purpose); logged',
    }),
    ApiQuery({ name: 'purpose', required: false, enum: READ_PURPOSES, description: 'Why the record is read, when the X-Purpose header is not sent; logged' }),
  );
