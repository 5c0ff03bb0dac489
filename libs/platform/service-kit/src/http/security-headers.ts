import type { NextFunction, Request, Response } from 'express';

const API_HEADERS: Record<string, string> = {
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
  // Answers may hold personal data: no shared or browser cache keeps them.
  'Cache-Control': 'no-store',
};

/** The OpenAPI UI is a page with its own scripts and styles; everything else is a JSON API. */
const DOCS_CSP = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'";

/** The headers every answer carries (helmet's set, written out: one small middleware, no extra package). */
export function securityHeaders(request: Request, response: Response, next: NextFunction): void {
  for (const [name, value] of Object.entries(API_HEADERS)) response.setHeader(name, value);
  if (request.path === '/docs' || request.path.startsWith('/docs/') || request.path.startsWith('/docs-')) {
    response.setHeader('Content-Security-Policy', DOCS_CSP);
  }
  next();
}
