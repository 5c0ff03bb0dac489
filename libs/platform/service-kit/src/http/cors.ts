import { ForbiddenException } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';

const ALLOWED_HEADERS = 'Authorization, Content-Type, Idempotency-Key, If-Match, X-Purpose, X-Correlation-Id';
const ALLOWED_METHODS = 'GET, POST, PATCH, PUT, DELETE';
const EXPOSED_HEADERS = 'ETag, Retry-After, X-Correlation-Id';

/** `ATHAR_CORS_ORIGINS`: exact origins (scheme://host[:port]), comma-separated; none by default; "*" is refused. */
export function corsOriginsFromEnv(env: NodeJS.ProcessEnv = process.env): ReadonlySet<string> {
  const origins = (env.ATHAR_CORS_ORIGINS ?? '').split(',').map((o) => o.trim()).filter(Boolean);
  for (const origin of origins) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(origin);
    } catch {
      parsed = undefined;
    }
    if (!parsed || !/^https?:$/.test(parsed.protocol) || parsed.origin !== origin) {
      throw new Error(`ATHAR_CORS_ORIGINS: "${origin}" is not an exact origin such as https://console.example.org`);
    }
  }
  return new Set(origins);
}

export type CorsDecision = 'no-origin' | 'same-origin' | 'allowed' | 'refused';

/** Whether a request's Origin may call the API: absent (not a browser), the API's own origin, or on the allow-list. */
export function corsDecision(origin: string | undefined, selfOrigin: string, allowed: ReadonlySet<string>): CorsDecision {
  if (!origin) return 'no-origin';
  if (origin === selfOrigin) return 'same-origin';
  return allowed.has(origin) ? 'allowed' : 'refused';
}

/**
 * CORS by allow-list. A browser request from an origin not on the list is refused outright (403), not
 * merely left without headers, so a page elsewhere cannot even cause a write with a stolen token.
 */
export function corsAllowList(allowed: ReadonlySet<string>) {
  return (request: Request, response: Response, next: NextFunction): void => {
    const origin = request.headers.origin;
    const decision = corsDecision(origin, `${request.protocol}://${request.headers.host ?? ''}`, allowed);
    if (decision === 'refused') {
      return next(new ForbiddenException({ code: 'origin-forbidden', message: { ar: 'مصدر الطلب غير مسموح له', en: 'Requests from this origin are not allowed' } }));
    }
    if (decision === 'allowed' && origin) {
      response.setHeader('Access-Control-Allow-Origin', origin);
      response.setHeader('Vary', 'Origin');
      response.setHeader('Access-Control-Expose-Headers', EXPOSED_HEADERS);
      if (request.method === 'OPTIONS') {
        response.setHeader('Access-Control-Allow-Methods', ALLOWED_METHODS);
        response.setHeader('Access-Control-Allow-Headers', ALLOWED_HEADERS);
        response.setHeader('Access-Control-Max-Age', '600');
        response.status(204).end();
        return;
      }
    }
    next();
  };
}
