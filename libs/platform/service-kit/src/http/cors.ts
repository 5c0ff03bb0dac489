import { ForbiddenException } from '@nestjs/common';
import type { CorsOptionsDelegate } from '@nestjs/common/interfaces/external/cors-options.interface';
import type { Request } from 'express';

const ALLOWED_HEADERS = ['Authorization', 'Content-Type', 'Idempotency-Key', 'If-Match', 'X-Purpose', 'X-Correlation-Id'];
const ALLOWED_METHODS = ['GET', 'POST', 'PATCH', 'PUT', 'DELETE'];
const EXPOSED_HEADERS = ['ETag', 'Retry-After', 'X-Correlation-Id'];

/** `ATHAR_CORS_ORIGINS`: exact origins (scheme://host[:port]), comma-separated; none by default; "*" is refused. */
export function corsOriginsFromEnv(env: NodeJS.ProcessEnv = process.env): ReadonlySet<string> {
  const origins = (env.ATHAR_CORS_ORIGINS ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
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
 * CORS by allow-list, through Nest's `enableCors` (the `cors` package). A browser request from an origin
 * not on the list is refused outright (403), not merely left without headers, so a page elsewhere
 * cannot even cause a write with a stolen token.
 */
export function corsOptions(allowed: ReadonlySet<string>): CorsOptionsDelegate<Request> {
  return (request, callback) => {
    const origin = request.headers.origin;
    const decision = corsDecision(origin, `${request.protocol}://${request.headers.host ?? ''}`, allowed);
    if (decision === 'refused') {
      callback(
        new ForbiddenException({ code: 'origin-forbidden', message: { ar: 'مصدر الطلب غير مسموح له', en: 'Requests from this origin are not allowed' } }),
        { origin: false },
      );
      return;
    }
    if (decision !== 'allowed') {
      callback(null, { origin: false });
      return;
    }
    callback(null, {
      origin: true,
      methods: ALLOWED_METHODS,
      allowedHeaders: ALLOWED_HEADERS,
      exposedHeaders: EXPOSED_HEADERS,
      maxAge: 600,
      optionsSuccessStatus: 204,
    });
  };
}
