import { Controller, Get, Module, type INestApplication } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { createServiceApp, initDocumentedApp } from '../bootstrap';
import { corsDecision, corsOriginsFromEnv } from './cors';

describe('CORS allow-list', () => {
  const allowed = corsOriginsFromEnv({ ATHAR_CORS_ORIGINS: 'https://console.athar.sa, http://127.0.0.1:4200' });

  it.each([
    [undefined, 'no-origin'],
    ['http://127.0.0.1:3001', 'same-origin'],
    ['https://console.athar.sa', 'allowed'],
    ['http://127.0.0.1:4200', 'allowed'],
    ['https://console.athar.sa.evil.example', 'refused'],
    ['http://console.athar.sa', 'refused'],
    ['null', 'refused'],
  ])('origin %s is %s', (origin, decision) => {
    expect(corsDecision(origin, 'http://127.0.0.1:3001', allowed)).toBe(decision);
  });

  it('allows no other origin when nothing is configured', () => {
    expect(corsDecision('https://console.athar.sa', 'http://127.0.0.1:3001', corsOriginsFromEnv({}))).toBe('refused');
  });

  it.each(['*', 'console.athar.sa', 'https://console.athar.sa/', 'ftp://files.athar.sa', 'https://console.athar.sa/path'])(
    'refuses the configured value %s',
    (value) => {
      expect(() => corsOriginsFromEnv({ ATHAR_CORS_ORIGINS: value })).toThrow(/not an exact origin/);
    },
  );
});

@Controller('things')
class ThingsController {
  @Get() list(): { items: string[] } {
    return { items: [] };
  }
}

@Module({ imports: [LoggerModule.forRoot({ pinoHttp: { level: 'silent' } })], controllers: [ThingsController] })
class ThingsModule {}

describe('CORS on a service (Nest enableCors with the allow-list)', () => {
  const CONSOLE = 'https://console.athar.sa';
  let app: INestApplication;
  let base: string;

  beforeAll(async () => {
    process.env.ATHAR_CORS_ORIGINS = CONSOLE;
    app = await createServiceApp(ThingsModule, { serviceName: 'probe', title: 'probe', description: 'probe', port: 0 });
    delete process.env.ATHAR_CORS_ORIGINS;
    await initDocumentedApp(app);
    await app.listen(0, '127.0.0.1');
    base = await app.getUrl();
  });
  afterAll(() => app.close());

  it('answers a preflight from the allowed origin with 204, the methods and headers the API takes, and the headers it exposes', async () => {
    const preflight = await fetch(`${base}/things`, {
      method: 'OPTIONS',
      headers: { origin: CONSOLE, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(CONSOLE);
    expect(preflight.headers.get('access-control-allow-methods')).toBe('GET,POST,PATCH,PUT,DELETE');
    expect(preflight.headers.get('access-control-allow-headers')).toContain('X-Purpose');
    expect(preflight.headers.get('access-control-max-age')).toBe('600');
    const answer = await fetch(`${base}/things`, { headers: { origin: CONSOLE } });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('access-control-allow-origin')).toBe(CONSOLE);
    expect(answer.headers.get('access-control-expose-headers')).toBe('ETag,Retry-After,X-Correlation-Id');
    expect(answer.headers.get('vary')).toContain('Origin');
  });

  it('refuses another origin with 403 and the bilingual error, before the route runs, and gives it no CORS header', async () => {
    for (const origin of ['https://evil.example', `${CONSOLE}.evil.example`, 'null']) {
      const refused = await fetch(`${base}/things`, { headers: { origin } });
      expect([origin, refused.status]).toEqual([origin, 403]);
      expect(refused.headers.get('access-control-allow-origin')).toBeNull();
      expect(await refused.json()).toMatchObject({ code: 'origin-forbidden', message: { ar: expect.any(String), en: expect.any(String) } });
    }
  });

  it('serves a request with no Origin (not a browser) or from its own origin, with no CORS header', async () => {
    const plain = await fetch(`${base}/things`);
    expect(plain.status).toBe(200);
    const own = await fetch(`${base}/things`, { headers: { origin: base } });
    expect(own.status).toBe(200);
    expect(own.headers.get('access-control-allow-origin')).toBeNull();
  });
});
