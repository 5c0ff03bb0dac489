import type { NextFunction, Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';

/** A JSON API: nothing may be loaded, framed or submitted from its answers. */
const apiHeaders = helmet({
  contentSecurityPolicy: {
    useDefaults: false,
    directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"], baseUri: ["'none'"], formAction: ["'none'"] },
  },
  frameguard: { action: 'deny' },
  referrerPolicy: { policy: 'no-referrer' },
  strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: true },
  crossOriginOpenerPolicy: { policy: 'same-origin' },
  crossOriginResourcePolicy: { policy: 'same-origin' },
});

/** The OpenAPI UI is a page with its own scripts and styles. */
const docsHeaders = helmet({
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'", "'unsafe-inline'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:'],
      frameAncestors: ["'none'"],
    },
  },
  frameguard: { action: 'deny' },
  referrerPolicy: { policy: 'no-referrer' },
  strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: true },
});

const isDocs = (path: string) => path === '/docs' || path.startsWith('/docs/') || path.startsWith('/docs-');

/**
 * The headers every answer carries: helmet's, set for an API, plus two helmet leaves to the application:
 * no browser feature is granted, and no cache keeps an answer (answers may hold personal data).
 */
export function securityHeaders(request: Request, response: Response, next: NextFunction): void {
  response.setHeader('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=()');
  response.setHeader('Cache-Control', 'no-store');
  const headers: RequestHandler = isDocs(request.path) ? docsHeaders : apiHeaders;
  headers(request, response, next);
}
