import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import type { Params } from 'nestjs-pino';
import { requestContext } from '../request-context';
import { censorPersonal, redactUrl } from './redaction';
import { atharConfig } from '../config/athar-config';
import { traceIds } from './tracing';

const CORRELATION_HEADER = 'x-correlation-id';
const SAFE_ID = /^[A-Za-z0-9._-]{1,100}$/;

/** Takes the caller's correlation id (if sane) or makes one, echoes it, and scopes the request to it. */
export function correlationMiddleware(req: Request, res: Response, next: NextFunction): void {
  const given = req.headers[CORRELATION_HEADER];
  const correlationId = typeof given === 'string' && SAFE_ID.test(given) ? given : randomUUID();
  res.setHeader(CORRELATION_HEADER, correlationId);
  requestContext.run({ correlationId }, () => next());
}

/** Structured JSON logs: every line names the service, and HTTP lines the tenant and correlation id. */
export function loggerParams(serviceName: string): Params {
  return {
    pinoHttp: {
      level: atharConfig().LOG_LEVEL,
      base: { service: serviceName },
      messageKey: 'msg',
      // No personal value is written to a log (./redaction.ts): censored fields, URLs without query values.
      redact: ['req.headers.authorization', 'req.headers.cookie'],
      formatters: { log: (fields) => censorPersonal(fields) as Record<string, unknown> },
      genReqId: (req) => (req as unknown as Request).res?.getHeader(CORRELATION_HEADER)?.toString() ?? randomUUID(),
      // Every line written while a request or a consumed event is being handled names its tenant and
      // correlation id, whoever logs it (Nest, a handler, the messaging runtime).
      // With tracing on, the trace and span ids too, to go from a log line to its trace (docs/adr/0046).
      mixin: () => {
        const context = requestContext.current();
        const ids = traceIds();
        if (!context) return ids ?? {};
        return { correlationId: context.correlationId, tenantId: context.tenantId, caseId: context.caseId, userId: context.principal?.userId, ...ids };
      },
      autoLogging: { ignore: (req) => /^\/(health|metrics)/.test(req.url ?? '') },
      serializers: {
        req: (req: { method: string; url: string }) => ({ method: req.method, url: redactUrl(req.url) }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
    },
  };
}
