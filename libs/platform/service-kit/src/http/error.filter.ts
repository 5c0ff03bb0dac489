import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { DomainError, type Bilingual, type DomainErrorKind } from '@athar/contracts';
import { unavailableEngine } from '@athar/event-store';
import type { Request, Response } from 'express';
import { requestContext } from '../request-context';
import { redactUrl } from '../observability/redaction';

const KIND_STATUS: Record<DomainErrorKind, number> = {
  invalid: HttpStatus.UNPROCESSABLE_ENTITY,
  conflict: HttpStatus.CONFLICT,
  'not-found': HttpStatus.NOT_FOUND,
  forbidden: HttpStatus.FORBIDDEN,
  gone: HttpStatus.GONE,
};

const DEFAULT_TEXT: Record<number, Bilingual> = {
  400: { ar: 'الطلب غير صحيح', en: 'Bad request' },
  401: { ar: 'يلزم تسجيل الدخول', en: 'Authentication required' },
  403: { ar: 'غير مسموح', en: 'Forbidden' },
  404: { ar: 'غير موجود', en: 'Not found' },
  409: { ar: 'تعارض مع تعديل آخر، أعد المحاولة', en: 'Conflicting change; retry with fresh data' },
  413: { ar: 'حجم الطلب أكبر من المسموح', en: 'Request body too large' },
  415: { ar: 'نوع المحتوى غير مدعوم', en: 'Unsupported media type' },
  422: { ar: 'البيانات غير صحيحة', en: 'Unprocessable request' },
  429: { ar: 'طلبات كثيرة، حاول لاحقاً', en: 'Too many requests' },
  500: { ar: 'حدث خطأ داخلي، تم تسجيله', en: 'Internal error; it has been logged' },
};

interface ErrorBody {
  statusCode: number;
  code: string;
  message: Bilingual;
  fields?: unknown[];
  correlationId?: string;
}

/** One error shape for every service: a code, a bilingual message, field-level reasons, the correlation id. */
@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('ErrorFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const request = host.switchToHttp().getRequest<Request>();
    const body = this.toBody(exception);
    body.correlationId = requestContext.current()?.correlationId;
    if (body.statusCode === HttpStatus.SERVICE_UNAVAILABLE) {
      // An engine is down or restarting: the request did nothing durable, a retry (same Idempotency-Key) is safe.
      response.setHeader('Retry-After', '2');
      this.logger.warn({ err: exception, path: redactUrl(request.url) }, 'engine unavailable');
    } else if (body.statusCode >= 500) {
      this.logger.error({ err: exception, path: redactUrl(request.url) }, 'unhandled error');
    }
    response.status(body.statusCode).json(body);
  }

  private toBody(exception: unknown): ErrorBody {
    if (exception instanceof DomainError) {
      return { statusCode: KIND_STATUS[exception.kind], code: exception.code, message: exception.text, fields: exception.fields };
    }
    if (exception instanceof Error && exception.name === 'WrongExpectedRevisionError') {
      return { statusCode: 409, code: 'concurrent-change', message: DEFAULT_TEXT[409] };
    }
    if (exception instanceof Error && exception.name === 'PersonalDataErasedError') {
      return {
        statusCode: 409,
        code: 'personal-data-erased',
        message: {
          ar: 'حُذفت البيانات الشخصية لهذا المستفيد ولا يمكن تسجيل بيانات شخصية له',
          en: "This beneficiary's personal data was erased; no personal data can be recorded for it",
        },
      };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const raw = exception.getResponse();
      const given = typeof raw === 'object' && raw !== null ? (raw as Partial<ErrorBody> & { message?: unknown }) : {};
      const message = isBilingual(given.message) ? given.message : (DEFAULT_TEXT[status] ?? DEFAULT_TEXT[400]);
      return {
        statusCode: status,
        code: typeof given.code === 'string' ? given.code : `http-${status}`,
        message,
        ...(Array.isArray(given.fields) ? { fields: given.fields } : {}),
      };
    }
    const engine = unavailableEngine(exception);
    if (engine) {
      return {
        statusCode: HttpStatus.SERVICE_UNAVAILABLE,
        code: 'engine-unavailable',
        message: {
          ar: `الخدمة غير متاحة مؤقتاً (${engine})، أعد المحاولة بعد قليل بمفتاح عدم التكرار نفسه`,
          en: `Temporarily unavailable (${engine}); retry shortly with the same Idempotency-Key`,
        },
      };
    }
    return { statusCode: 500, code: 'internal', message: DEFAULT_TEXT[500] };
  }
}

function isBilingual(value: unknown): value is Bilingual {
  return typeof value === 'object' && value !== null && typeof (value as Bilingual).ar === 'string' && typeof (value as Bilingual).en === 'string';
}
