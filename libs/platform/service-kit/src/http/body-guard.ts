import {
  BadRequestException,
  Injectable,
  PayloadTooLargeException,
  UnprocessableEntityException,
  type CanActivate,
  type ExecutionContext,
  type HttpException,
} from '@nestjs/common';
import type { FieldProblem } from '@athar/contracts';
import type { NextFunction, Request, Response } from 'express';

const POLLUTING_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_DEPTH = 12;
const MAX_ARRAY = 500;
// C0 controls but tab, line feed and carriage return; NUL also breaks PostgreSQL's jsonb.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** Everything in a parsed body no schema should ever have to consider, with the path where it was found. */
export function inspectBody(value: unknown, path = '', depth = 0, problems: FieldProblem[] = []): FieldProblem[] {
  const at = (p: string) => p || '(body)';
  if (depth > MAX_DEPTH) {
    problems.push({ field: at(path), reasons: [{ ar: 'البيانات متداخلة أكثر من المسموح', en: `nested deeper than ${MAX_DEPTH} levels` }] });
    return problems;
  }
  if (typeof value === 'string' && CONTROL_CHARACTERS.test(value)) {
    problems.push({ field: at(path), reasons: [{ ar: 'يحتوي النص على رموز تحكم غير مقبولة', en: 'contains control characters' }] });
  } else if (Array.isArray(value)) {
    if (value.length > MAX_ARRAY) problems.push({ field: at(path), reasons: [{ ar: 'القائمة أطول من المسموح', en: `more than ${MAX_ARRAY} items` }] });
    value.slice(0, MAX_ARRAY).forEach((item, index) => inspectBody(item, `${path}[${index}]`, depth + 1, problems));
  } else if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      const field = path ? `${path}.${key}` : key;
      if (POLLUTING_KEYS.has(key)) {
        problems.push({ field, reasons: [{ ar: 'اسم حقل محجوز وغير مقبول', en: 'reserved key is not accepted' }] });
      } else if (key.startsWith('$') || key.includes('.') || key.includes('\u0000')) {
        problems.push({ field, reasons: [{ ar: 'اسم الحقل يحتوي على رموز غير مقبولة', en: 'key contains "$", "." or NUL, which are not accepted' }] });
      } else {
        inspectBody((value as Record<string, unknown>)[key], field, depth + 1, problems);
      }
    }
  }
  return problems;
}

const DEFERRED_BODY_ERROR = Symbol('athar:deferred-body-error');
type RequestWithDeferredError = Request & { [DEFERRED_BODY_ERROR]?: HttpException };

/**
 * The JSON parser's refusals (malformed JSON, a body that is not an object or array, a body over the
 * limit) are kept on the request instead of being answered at once: the caller is authenticated first
 * (an unauthenticated request always gets 401, whatever its body; docs/adr/0031), and BodyGuard then
 * answers them. body-parser has read the whole request off the socket before it reports an error.
 */
export function deferBodyParserErrors(error: unknown, request: Request, _response: Response, next: NextFunction): void {
  const type = (error as { type?: string } | null)?.type;
  if (type === 'entity.parse.failed') {
    (request as RequestWithDeferredError)[DEFERRED_BODY_ERROR] = new BadRequestException({
      code: 'malformed-json',
      message: { ar: 'صيغة JSON غير صحيحة', en: 'The body is not valid JSON' },
    });
    return next();
  }
  if (type === 'entity.too.large') {
    (request as RequestWithDeferredError)[DEFERRED_BODY_ERROR] = new PayloadTooLargeException({
      code: 'body-too-large',
      message: { ar: 'حجم الطلب أكبر من المسموح', en: 'Request body too large' },
    });
    return next();
  }
  next(error);
}

/**
 * Runs after AuthGuard (global guards run in the order ServiceKitModule lists them), before validation
 * and before any code sees the body: a body the parser refused is answered now, and a body with
 * prototype-pollution keys, MongoDB operators, control characters or absurd shapes is refused with 422
 * and the path of each problem, so nothing downstream ever stores or interprets it.
 */
@Injectable()
export class BodyGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<RequestWithDeferredError>();
    const deferred = request[DEFERRED_BODY_ERROR];
    if (deferred) throw deferred;
    const problems = request.body === undefined ? [] : inspectBody(request.body);
    if (problems.length === 0) return true;
    throw new UnprocessableEntityException({
      code: 'unsafe-input',
      message: { ar: 'يحتوي الطلب على بيانات غير مقبولة', en: 'The request contains input that is not accepted' },
      fields: problems.slice(0, 50),
    });
  }
}
