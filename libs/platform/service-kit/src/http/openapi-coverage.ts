import type { INestApplication } from '@nestjs/common';
import type { OpenAPIObject } from '@nestjs/swagger';

interface RouteLayer {
  route?: { path: string | string[]; methods: Record<string, boolean> };
}

/**
 * Every HTTP route a service serves must be in its OpenAPI document: the permission matrix and the
 * generated security tests (permissions, tenant isolation, unknown query parameters) are derived from
 * it, so a route left out (by `@ApiExcludeEndpoint`, `@ApiExcludeController`, or a handler added to
 * Express by hand) would be a route no security test ever probes. Call after `app.init()` and before
 * the OpenAPI UI's own routes are mounted.
 */
export function routesMissingFromOpenApi(app: INestApplication, document: OpenAPIObject): string[] {
  const documented = new Set(
    Object.entries(document.paths).flatMap(([path, operations]) => Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`)),
  );
  const instance = app.getHttpAdapter().getInstance() as { router?: { stack: RouteLayer[] }; _router?: { stack: RouteLayer[] } };
  const stack = instance.router?.stack ?? instance._router?.stack ?? [];
  const served = stack.flatMap((layer) => {
    if (!layer.route) return [];
    // The framework's catch-all (`/{*path}`, Nest's not-found handler) serves no endpoint of ours.
    const paths = (Array.isArray(layer.route.path) ? layer.route.path : [layer.route.path]).filter((path) => !path.includes('*'));
    const methods = Object.entries(layer.route.methods)
      .filter(([method, on]) => on && method !== '_all')
      .map(([method]) => method.toUpperCase());
    return paths.flatMap((path) => methods.map((method) => `${method} ${path.replace(/:(\w+)/g, '{$1}')}`));
  });
  return [...new Set(served)].filter((route) => !documented.has(route)).sort();
}

export class RoutesMissingFromOpenApiError extends Error {
  constructor(readonly routes: string[]) {
    super(`Every route must be in the OpenAPI document (security tests are generated from it); missing: ${routes.join(', ')}`);
    this.name = 'RoutesMissingFromOpenApiError';
  }
}
