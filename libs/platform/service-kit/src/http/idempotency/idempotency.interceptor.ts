import { createHash } from 'node:crypto';
import {
  ConflictException,
  Injectable,
  Logger,
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
import { isEngineUnavailable } from '@athar/event-store';
import type { Principal } from '@athar/identity';
import { requestContext } from '../../request-context';
import { IdempotencyStore } from './idempotency.store';

export const IDEMPOTENCY_HEADER = 'idempotency-key';
const KEY_FORMAT = /^[A-Za-z0-9_-]{8,128}$/;

/**
 * Every POST may carry an Idempotency-Key: the first answer is stored per tenant and key, and a
 * retry with the same key and the same request gets that answer again (header Idempotent-Replayed),
 * without doing the work twice. The same key with another request is refused (422); a retry that
 * arrives while the first is still running gets 409.
 *
 * PostgreSQL going away between the work and the record of its answer (docs/adr/0019): the answer
 * is still returned, and recording it (or forgetting a failed request's key) is retried in the
 * background until PostgreSQL is back; meanwhile a retry gets 409 request-in-progress, then the answer.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  private readonly logger = new Logger('Idempotency');
  /** Records of answers waiting for PostgreSQL (tests and metrics read it). */
  static pendingRecords = 0;

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
      response.setHeader('Retry-After', '1');
      throw new ConflictException({
        code: 'request-in-progress',
        message: { ar: 'الطلب نفسه ما زال قيد التنفيذ', en: 'The same request is still being processed' },
      });
    }
    if (claim.outcome === 'replay') {
      response.status(claim.statusCode).setHeader('Idempotent-Replayed', 'true');
      return claim.body;
    }
    const ctx = requestContext.current();
    if (ctx) ctx.retryKey = createHash('sha256').update(`${tenantId}|${key}|${requestHash}`).digest('hex');
    let body: unknown;
    try {
      body = await lastValueFrom(next.handle(), { defaultValue: undefined });
    } catch (error) {
      await this.settle('release', () => this.store.release(tenantId, key));
      throw error;
    }
    // Nest applies @HttpCode after interceptors, so the status comes from the route's metadata.
    const status = this.reflector.get<number | undefined>(HTTP_CODE_METADATA, context.getHandler()) ?? 201;
    await this.settle('complete', () => this.store.complete(tenantId, key, status, body));
    return body;
  }

  /**
   * Runs a write of the key's record; if PostgreSQL is unavailable, keeps trying in the background
   * (0.5 s doubling to 5 s, for up to 15 minutes) instead of failing a request whose work is done.
   */
  private async settle(what: 'complete' | 'release', write: () => Promise<void>): Promise<void> {
    try {
      await write();
      return;
    } catch (error) {
      if (!isEngineUnavailable(error)) throw error;
      this.logger.warn({ msg: `idempotency record (${what}) waits for PostgreSQL`, error: (error as Error).message });
    }
    IdempotencyInterceptor.pendingRecords += 1;
    void (async () => {
      const deadline = Date.now() + 15 * 60_000;
      for (let attempt = 1; Date.now() < deadline; attempt += 1) {
        await new Promise((resolve) => setTimeout(resolve, Math.min(5_000, 500 * 2 ** (attempt - 1))));
        try {
          await write();
          this.logger.log({ msg: `idempotency record (${what}) written after PostgreSQL came back`, attempts: attempt });
          return;
        } catch (error) {
          if (!isEngineUnavailable(error)) {
            this.logger.error({ msg: `idempotency record (${what}) failed`, error: (error as Error).message });
            return;
          }
        }
      }
      this.logger.error({ msg: `idempotency record (${what}) abandoned: PostgreSQL unavailable for 15 minutes` });
    })().finally(() => (IdempotencyInterceptor.pendingRecords -= 1));
  }
}
