import { Injectable, PayloadTooLargeException, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { catchError, type Observable } from 'rxjs';
import { DOCUMENT_TOO_LARGE } from '@athar/domain-intake';

/**
 * Wraps the upload's file interceptor: its bare "File too large" becomes a 413 that names the limit,
 * 5 MiB (5,242,880 bytes), with the field it concerns.
 */
@Injectable()
export class DocumentSizeInterceptor implements NestInterceptor {
  intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      catchError((error: unknown) => {
        if (error instanceof PayloadTooLargeException) {
          throw new PayloadTooLargeException({
            code: 'document-too-large',
            message: DOCUMENT_TOO_LARGE,
            fields: [{ field: 'file', reasons: [DOCUMENT_TOO_LARGE] }],
          });
        }
        throw error;
      }),
    );
  }
}
