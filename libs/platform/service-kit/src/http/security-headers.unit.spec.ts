import { Controller, Get, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import type { INestApplication } from '@nestjs/common';
import { createServiceApp, initDocumentedApp } from '../bootstrap';

@Controller('things')
class ThingsController {
  @Get() list(): { items: string[] } {
    return { items: [] };
  }
}

@Module({ imports: [LoggerModule.forRoot({ pinoHttp: { level: 'silent' } })], controllers: [ThingsController] })
class ThingsModule {}

describe('security headers (helmet, set for a JSON API)', () => {
  let app: INestApplication;
  let base: string;

  beforeAll(async () => {
    app = await createServiceApp(ThingsModule, { serviceName: 'probe', title: 'probe', description: 'probe', port: 0 });
    await initDocumentedApp(app);
    await app.listen(0, '127.0.0.1');
    base = await app.getUrl();
  });
  afterAll(() => app.close());

  it('gives an API answer a CSP that loads nothing, no framing, no referrer, HSTS, no cache and no feature', async () => {
    const response = await fetch(`${base}/things`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe("default-src 'none';frame-ancestors 'none';base-uri 'none';form-action 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
    expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(response.headers.get('cross-origin-resource-policy')).toBe('same-origin');
    expect(response.headers.get('permissions-policy')).toBe('camera=(), microphone=(), geolocation=(), payment=()');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it('lets the OpenAPI page run its own scripts and styles, and nothing from elsewhere', async () => {
    const response = await fetch(`${base}/docs/`);
    expect(response.status).toBe(200);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self' 'unsafe-inline'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-frame-options')).toBe('DENY');
  });
});
