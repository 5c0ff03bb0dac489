import { createHash } from 'node:crypto';
import {
  ConflictException,
  Injectable,
  UnprocessableEntityException,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { from, lastValueFrom, type Observable } from 'rxjs';
import { canonicalJson } from '@athar/contracts';
import type { Principal } from '@athar/identity';
import { IdempotencyStore } from './idempotency.store';

export const IDEMPOTENCY_HEADER = 'idempotency-key';
const KEY_FORMAT = /^[A-Za-z0-9_-]{8,128}$/;

/**
 * Every POST may carry an Idempotency-Key: the first answer is stored per tenant and key, and a
 * retry with the same key and the same request gets that answer again (header Idempotent-Replayed),
 * without doing the work twice. The same key with another request is refused (422); a retry that
 * arrives while the first is still running gets 409.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(
    private readonly store: IdempotencyStore,
    private readonly reflector: Reflector,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<Request & { principal?: Principal }>();
    const key = request.headers[IDEMPOTENCY_HEADER];
    if (request.method !== 'POST' || key === undefined || !request.principal) return next.handle();
    return from(this.handle(context, next, request.principal.tenantId, key));
  }

  private async handle(context: ExecutionContext, next: CallHandler, tenantId: string, key: string | string[]): Promise<unknown> {
    const request = context.switchToHttp().getRequest<Request>();
    const response = context.switchToHttp().getResponse<Response>();
    if (typeof key !== 'string' || !KEY_FORMAT.test(key)) {
      throw new UnprocessableEntityException({
        code: 'idempotency-key-invalid',
        message: { ar: 'مفتاح عدم التكرار غير صالح', en: 'Idempotency-Key must be 8 to 128 letters, digits, "-" or "_"' },
        fields: [{ field: 'Idempotency-Key', reasons: [{ ar: 'صيغة غير صحيحة', en: 'invalid format' }] }],
      });
    }
    const requestHash = createHash('sha256').update(`${request.method} ${request.path} ${canonicalJson(request.body ?? null)}`).digest('hex');
    const claim = await this.store.claim(tenantId, key, requestHash);
    if (claim.outcome === 'mismatch') {
      throw new UnprocessableEntityException({
        code: 'idempotency-key-reused',
        message: { ar: 'استُخدم هذا المفتاح لطلب مختلف', en: 'This Idempotency-Key was used for a different request' },
      });
    }
    if (claim.outcome === 'in-progress') {
      throw new ConflictException({
        code: 'request-in-progress',
        message: { ar: 'الطلب نفسه ما زال قيد التنفيذ', en: 'The same request is still being processed' },
      });
    }
    if (claim.outcome === 'replay') {
      response.status(claim.statusCode).setHeader('Idempotent-Replayed', 'true');
      return claim.body;
    }
    try {
      const body = await lastValueFrom(next.handle(), { defaultValue: undefined });
      // Nest applies @HttpCode after interceptors, so the status comes from the route's metadata.
      const status = this.reflector.get<number | undefined>(HTTP_CODE_METADATA, context.getHandler()) ?? 201;
      await this.store.complete(tenantId, key, status, body);
      return body;
    } catch (error) {
      await this.store.release(tenantId, key);
      throw error;
    }
  }
}
