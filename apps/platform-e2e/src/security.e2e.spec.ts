import { createHmac } from 'node:crypto';
import { API_AUDIENCE, generateSigningKeyPair, issueToken } from '@athar/identity';
import { applicationBody, bodyWithoutCorrelation, claimsOf, E2E_CORS_ORIGIN, eventually, PlatformUnderTest } from './platform-under-test';

jest.setTimeout(120_000);

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const claims = (tenantId: string) => ({
  sub: 'forger',
  tenant_id: tenantId,
  roles: ['tenant-admin'],
  iss: 'athar-local',
  aud: 'athar-api',
  exp: Math.floor(Date.now() / 1000) + 3600,
});

describe('hardening: headers, CORS, rate limits, bad tokens, operator keys', () => {
  const platform = PlatformUnderTest.current();
  // awj: other files add cases to it too, but none counts its cases (quwayiyah's list is counted elsewhere).
  const TENANT = 'awj';
  let staff: string;
  let caseId: string;
  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${platform.url('intake')}${path}`, { headers });

  beforeAll(async () => {
    staff = await platform.token(TENANT, ['relations-officer']);
    const created = await fetch(`${platform.url('intake')}/applications`, {
      method: 'POST',
      headers: { authorization: `Bearer ${staff}`, 'content-type': 'application/json' },
      body: JSON.stringify(applicationBody('member-service', 'website', 'خالد الحربي')),
    });
    caseId = ((await created.json()) as { caseId: string }).caseId;
    expect(caseId).toMatch(/^[0-9a-f-]{36}$/);
    await eventually(async () =>
      (await get(`/applications/${caseId}?purpose=case-handling`, { authorization: `Bearer ${staff}` })).status === 200 ? true : undefined,
    );
  });

  it('sends the security headers on API answers and on probes', async () => {
    for (const response of [await get('/applications', { authorization: `Bearer ${staff}` }), await get('/health/live')]) {
      expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(response.headers.get('x-powered-by')).toBeNull();
    }
  });

  it('answers a preflight from the allowed origin and refuses any other origin with 403', async () => {
    const preflight = await fetch(`${platform.url('intake')}/applications`, {
      method: 'OPTIONS',
      headers: { origin: E2E_CORS_ORIGIN, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(E2E_CORS_ORIGIN);
    expect(preflight.headers.get('access-control-allow-headers')).toContain('X-Purpose');
    const allowed = await get('/applications', { authorization: `Bearer ${staff}`, origin: E2E_CORS_ORIGIN });
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(E2E_CORS_ORIGIN);
    for (const origin of ['https://evil.example', `${E2E_CORS_ORIGIN}.evil.example`, 'null']) {
      const refused = await get('/applications', { authorization: `Bearer ${staff}`, origin });
      expect([origin, refused.status]).toEqual([origin, 403]);
      expect(refused.headers.get('access-control-allow-origin')).toBeNull();
      expect(await refused.json()).toMatchObject({ code: 'origin-forbidden', message: { ar: expect.any(String), en: expect.any(String) } });
    }
  });

  it("refuses every token of the bad-token corpus with 401, and another tenant's token with a 404 that reveals nothing", async () => {
    const valid = await platform.token(TENANT, ['tenant-admin']);
    const [header, payload, signature] = valid.split('.');
    const hs256Header = b64({ alg: 'HS256', typ: 'JWT' });
    const hs256Body = b64(claims(TENANT));
    const { username } = await platform.realm.user(TENANT, ['tenant-admin']);
    // Keycloak names the issuer after the host it was asked on (hostname-strict=false): same realm, same key, another issuer
    const viaLocalhost = await fetch(platform.realm.urls.token.replace('//127.0.0.1:', '//localhost:'), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'password', client_id: 'athar-test', username, password: platform.realm.password, scope: 'openid' }),
    });
    const otherIssuer = ((await viaLocalhost.json()) as { access_token: string }).access_token;
    expect(claimsOf(otherIssuer).iss).not.toBe(platform.realm.urls.issuer);
    // a client without the athar scope: a genuine token of the realm for another audience
    const otherAudience = await platform.realm.signIn(username, 'admin-cli');
    expect(claimsOf(otherAudience).aud).not.toEqual(API_AUDIENCE);
    // the development issuer's key with every claim right: a key the realm's JWKS does not hold
    const forger = await generateSigningKeyPair();
    const foreignKey = await issueToken(forger.privateKeyPem, {
      tenantId: TENANT,
      userId: claimsOf(valid).sub,
      roles: ['tenant-admin'],
      issuer: platform.realm.urls.issuer,
      audience: API_AUDIENCE,
    });
    const corpus: Array<[string, string]> = [
      ['alg none', `${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims(TENANT))}.`],
      ['expired', await platform.expiredToken(TENANT, ['tenant-admin'])],
      ['wrong audience', otherAudience],
      ['wrong issuer', otherIssuer],
      ['signed by a key outside the realm', foreignKey],
      ['tampered signature', `${header}.${payload}.${signature.slice(0, -4)}${signature.slice(-4) === 'AAAA' ? 'BBBB' : 'AAAA'}`],
      ['tampered tenant claim', `${header}.${b64({ ...claimsOf(valid), tenant_id: 'tuwaiq' })}.${signature}`],
      [
        'HS256 with the public key as secret',
        `${hs256Header}.${hs256Body}.${createHmac('sha256', await platform.realmPublicKeyPem())
          .update(`${hs256Header}.${hs256Body}`)
          .digest('base64url')}`,
      ],
      ['garbage', 'a.b.c'],
    ];
    for (const [name, token] of corpus) {
      const response = await get(`/applications/${caseId}?purpose=audit`, { authorization: `Bearer ${token}` });
      const answer = (await response.json()) as { code?: string; message?: { ar?: string; en?: string } };
      expect([name, response.status, answer.code]).toEqual([name, 401, 'token-invalid']);
      expect(answer.message?.ar && answer.message.en).toBeTruthy();
    }
    const other = await platform.token('tuwaiq', ['auditor']);
    const foreign = await get(`/applications/${caseId}?purpose=audit`, { authorization: `Bearer ${other}` });
    const missing = await get('/applications/00000000-0000-4000-8000-000000000000?purpose=audit', { authorization: `Bearer ${other}` });
    expect([foreign.status, missing.status]).toEqual([404, 404]);
    expect(await bodyWithoutCorrelation(foreign)).toEqual(await bodyWithoutCorrelation(missing));
  });

  it('refuses MongoDB operators and prototype keys in the query string as in the body', async () => {
    for (const query of ['status[$ne]=x', 'status[$gt]=', '__proto__[admin]=1', 'constructor[prototype][x]=1', 'status=submitted&$where=1']) {
      const response = await get(`/applications?${query}`, { authorization: `Bearer ${staff}` });
      expect([query, response.status >= 400 && response.status < 500]).toEqual([query, true]);
    }
  });

  it('limits one user to its rate (429 with Retry-After, bilingual) without stopping the other users of the tenant', async () => {
    const { token: user } = await platform.newPerson(TENANT, ['relations-officer']);
    const statuses: number[] = [];
    let limited: Response | undefined;
    for (let batch = 0; batch < 25 && !limited; batch += 1) {
      const answers = await Promise.all(Array.from({ length: 50 }, () => get('/applications/not-a-uuid', { authorization: `Bearer ${user}` })));
      for (const answer of answers) {
        statuses.push(answer.status);
        if (answer.status === 429) limited ??= answer;
        else await answer.arrayBuffer();
      }
    }
    expect(limited).toBeDefined();
    expect(statuses.filter((s) => s !== 429)).toHaveLength(1200); // ATHAR_RATE_LIMIT_PER_USER's default
    expect(Number(limited?.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await limited?.json()).toMatchObject({ statusCode: 429, code: 'rate-limited', message: { ar: expect.any(String), en: expect.any(String) } });
    expect((await get('/applications', { authorization: `Bearer ${staff}` })).status).toBe(200);
  });
});
