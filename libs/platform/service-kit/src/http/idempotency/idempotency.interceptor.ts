import { createHash } from 'node:crypto';
import {
  applyDecorators,
  ConflictException,
  Inject,
  Injectable,
  Logger,
  SetMetadata,
  UnprocessableEntityException,
  UseInterceptors,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
  type Type,
} from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { from, lastValueFrom, type Observable } from 'rxjs';
import { canonicalJson } from '@athar/contracts';
import { isEngineUnavailable } from '@athar/event-store';
import type { Principal } from '@athar/identity';
import { requestContext } from '../../request-context';
import { ENGINES_OPTIONS, type ResolvedEnginesOptions } from '../../engines.options';
import { IS_PUBLIC } from '../public.decorator';
import { IdempotencyStore, type IdempotencyScope } from './idempotency.store';

export const IDEMPOTENCY_HEADER = 'idempotency-key';
const KEY_FORMAT = /^[A-Za-z0-9_-]{8,128}$/;
const AFTER_UPLOAD = 'athar:idempotency-after-upload';

interface UploadedPart {
  fieldname?: string;
  originalname?: string;
  buffer?: Buffer;
}
type IncomingRequest = Request & { principal?: Principal; file?: UploadedPart; files?: UploadedPart[] | Record<string, UploadedPart[]> };

const refuse = (code: string, ar: string, en: string, reason: { ar: string; en: string }) =>
  new UnprocessableEntityException({ code, message: { ar, en }, fields: [{ field: 'Idempotency-Key', reasons: [reason] }] });

/**
 * Every POST may carry an Idempotency-Key (ADR 0023). The first answer is kept for 24 hours per
 * service, tenant, caller and key; a retry by the same caller with the same key and the same request
 * gets that answer again (header Idempotent-Replayed) without the work being done twice.
 *
 * - The caller is the token's subject in the roles the route admits; on a public link, the anonymous
 *   client's address. Another person's key is simply a new key for them: it never replays someone
 *   else's answer, skips their own checks, or tells them that the key was used.
 * - The request is a keyed fingerprint of method, path, body and each uploaded file's SHA-256. On an
 *   upload route the fingerprint is taken after the file is read (`IdempotentUpload`).
 * - The same key with a different request is refused (422); a retry while the first still runs gets
 *   409; a request that fails releases its key, and one that died frees it when its lease runs out.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(
    private readonly store: IdempotencyStore,
    private readonly reflector: Reflector,
    @Inject(ENGINES_OPTIONS) private readonly engines: ResolvedEnginesOptions,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<IncomingRequest>();
    if (request.method !== 'POST' || request.headers[IDEMPOTENCY_HEADER] === undefined) return next.handle();
    if (this.reflector.get<boolean | undefined>(AFTER_UPLOAD, context.getHandler())) return next.handle(); // IdempotentUploadInterceptor does it
    if (request.is('multipart/*')) {
      // Its body is read later, by the route: a fingerprint taken now would not see the file.
      throw refuse('idempotency-unsupported', 'لا يقبل هذا المسار مفتاح عدم التكرار', 'This route does not take an Idempotency-Key', {
        ar: 'أرسل الطلب دون المفتاح',
        en: 'send the request without it',
      });
    }
    return from(this.run(context, next));
  }

  /** Claims the key, runs the route once, keeps its answer; or replays, or refuses. */
  async run(context: ExecutionContext, next: CallHandler): Promise<unknown> {
    const request = context.switchToHttp().getRequest<IncomingRequest>();
    const response = context.switchToHttp().getResponse<Response>();
    const key = request.headers[IDEMPOTENCY_HEADER];
    if (typeof key !== 'string' || !KEY_FORMAT.test(key)) {
      throw refuse('idempotency-key-invalid', 'مفتاح عدم التكرار غير صالح', 'Idempotency-Key must be 8 to 128 letters, digits, "-" or "_"', {
        ar: 'صيغة غير صحيحة',
        en: 'invalid format',
      });
    }
    const scope = this.scopeOf(context, request);
    if (!scope) return lastValueFrom(next.handle(), { defaultValue: undefined });
    const fingerprint = this.fingerprint(request);
    const claim = await this.store.claim(scope, key, fingerprint);
    if (claim.outcome === 'mismatch') {
      throw refuse(
        'idempotency-key-reused',
        'استُخدم مفتاح عدم التكرار هذا لطلب مختلف (محتوى أو ملف مختلف)؛ استخدم مفتاحاً جديداً لكل طلب جديد',
        'This Idempotency-Key was already used for a different request (another body or file); use a new key for each new request',
        { ar: 'المفتاح مستخدم لطلب آخر', en: 'already used for another request' },
      );
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
    // A retry of this very request (same caller, key and request) derives the same ids for what it
    // writes, so one cut off part-way is completed, not written twice (docs/adr/0019).
    const ctx = requestContext.current();
    if (ctx) ctx.retryKey = createHash('sha256').update(`${claim.rowId}|${fingerprint}`).digest('hex');
    let body: unknown;
    try {
      body = await this.store.holdWhile(claim, () => lastValueFrom(next.handle(), { defaultValue: undefined }));
    } catch (error) {
      await this.settle('release', () => this.store.release(claim));
      throw error;
    }
    // Nest applies @HttpCode after interceptors, so the status comes from the route's metadata.
    const status = this.reflector.get<number | undefined>(HTTP_CODE_METADATA, context.getHandler()) ?? 201;
    await this.settle('complete', () => this.store.complete(claim, status, body));
    return body;
  }

  /** Records still waiting for PostgreSQL (tests and metrics read it). */
  static pendingRecords = 0;
  private readonly logger = new Logger('Idempotency');

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

  /** Whose key: the subject in the roles this route admits, or on a public route the anonymous client. */
  private scopeOf(context: ExecutionContext, request: IncomingRequest): IdempotencyScope | null {
    const service = this.engines.context;
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()])) {
      const tenantId = request.principal?.tenantId ?? (typeof request.params.tenantId === 'string' ? request.params.tenantId : '-');
      return { service, tenantId, caller: `anonymous:${request.ip ?? 'unknown'}` };
    }
    const principal = request.principal;
    if (!principal) return null;
    return { service, tenantId: principal.tenantId, caller: `subject:${principal.userId}:${[...principal.roles].sort().join(',')}` };
  }

  /** Keyed fingerprint of the request, with each uploaded file's SHA-256 once the upload has been read. */
  private fingerprint(request: IncomingRequest): string {
    const parts = [request.file, ...(Array.isArray(request.files) ? request.files : Object.values(request.files ?? {}).flat())].filter(
      (f): f is UploadedPart => f !== undefined,
    );
    const files = parts
      .map(
        (f) =>
          `${f.fieldname ?? ''}\u0000${f.originalname ?? ''}\u0000${createHash('sha256')
            .update(f.buffer ?? Buffer.alloc(0))
            .digest('hex')}`,
      )
      .sort();
    return this.store.secrets.fingerprint('request', request.method, request.path, canonicalJson(request.body ?? null), ...files);
  }
}

/** The route-level half of IdempotencyInterceptor on an upload route: runs after the file interceptor. */
@Injectable()
export class IdempotentUploadInterceptor implements NestInterceptor {
  constructor(private readonly idempotency: IdempotencyInterceptor) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<Request>();
    if (request.method !== 'POST' || request.headers[IDEMPOTENCY_HEADER] === undefined) return next.handle();
    return from(this.idempotency.run(context, next));
  }
}

/**
 * An upload route's interceptors with idempotency after them: the key is checked once the file has been
 * read, so the same key with another file is refused instead of replaying the first answer.
 * `@IdempotentUpload(FileInterceptor('file', …))` in place of `@UseInterceptors(FileInterceptor(…))`.
 */
export const IdempotentUpload = (...uploadInterceptors: Array<Type<NestInterceptor> | NestInterceptor>): MethodDecorator =>
  applyDecorators(SetMetadata(AFTER_UPLOAD, true), UseInterceptors(...uploadInterceptors, IdempotentUploadInterceptor));
