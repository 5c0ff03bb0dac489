import { createHmac } from 'node:crypto';
import { SignJWT, importPKCS8 } from 'jose';
import { generateSigningKeyPair, issueToken, type SigningKeyPair } from './token-issuer';
import { InvalidTokenError, TokenVerifier } from './token-verifier';

describe('TokenVerifier', () => {
  let keys: SigningKeyPair;
  let verifier: TokenVerifier;

  beforeAll(async () => {
    keys = await generateSigningKeyPair();
    verifier = new TokenVerifier({ issuer: 'athar-local', audience: 'athar-api', publicKeyPem: keys.publicKeyPem });
  });

  it('accepts a token from the configured issuer and returns the principal', async () => {
    const token = await issueToken(keys.privateKeyPem, { tenantId: 'awj', userId: 'u-1', roles: ['relations-officer'] });
    await expect(verifier.verify(token)).resolves.toEqual({ userId: 'u-1', tenantId: 'awj', roles: ['relations-officer'], name: undefined });
  });

  it("reads athar_subject as the user id when present (an applicant signed in by mobile owns the public-link cases of that subject)", async () => {
    const key = await importPKCS8(keys.privateKeyPem, 'ES256');
    const sign = (claims: Record<string, unknown>) =>
      new SignJWT({ tenant_id: 'awj', roles: ['applicant'], ...claims })
        .setProtectedHeader({ alg: 'ES256' })
        .setSubject('kc-account-id')
        .setIssuer('athar-local')
        .setAudience('athar-api')
        .setExpirationTime('5m')
        .sign(key);
    await expect(verifier.verify(await sign({ athar_subject: 'public:abc123' }))).resolves.toMatchObject({ userId: 'public:abc123', roles: ['applicant'] });
    await expect(verifier.verify(await sign({}))).resolves.toMatchObject({ userId: 'kc-account-id' });
    await expect(verifier.verify(await sign({ athar_subject: '' }))).resolves.toMatchObject({ userId: 'kc-account-id' });
  });

  const badTokens: Array<[string, () => Promise<string>]> = [
    ['expired', async () => issueToken(keys.privateKeyPem, { tenantId: 'awj', userId: 'u', roles: ['auditor'], expiresIn: '-1m' })],
    ['wrong audience', async () => issueToken(keys.privateKeyPem, { tenantId: 'awj', userId: 'u', roles: ['auditor'], audience: 'x' })],
    ['wrong issuer', async () => issueToken(keys.privateKeyPem, { tenantId: 'awj', userId: 'u', roles: ['auditor'], issuer: 'evil' })],
    ['signed by another key', async () => issueToken((await generateSigningKeyPair()).privateKeyPem, { tenantId: 'awj', userId: 'u', roles: ['auditor'] })],
    [
      'tampered payload',
      async () => {
        const [h, , s] = (await issueToken(keys.privateKeyPem, { tenantId: 'awj', userId: 'u', roles: ['auditor'] })).split('.');
        const forged = Buffer.from(
          JSON.stringify({ sub: 'u', tenant_id: 'tuwaiq', roles: ['tenant-admin'], exp: 9999999999, iss: 'athar-local', aud: 'athar-api' }),
        ).toString('base64url');
        return `${h}.${forged}.${s}`;
      },
    ],
    [
      'alg none',
      async () => {
        const body = Buffer.from(
          JSON.stringify({ sub: 'u', tenant_id: 'awj', roles: ['auditor'], exp: 9999999999, iss: 'athar-local', aud: 'athar-api' }),
        ).toString('base64url');
        return `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${body}.`;
      },
    ],
    [
      'no tenant claim',
      async () =>
        new SignJWT({ roles: ['auditor'] })
          .setProtectedHeader({ alg: 'ES256' })
          .setSubject('u')
          .setIssuer('athar-local')
          .setAudience('athar-api')
          .setExpirationTime('1h')
          .sign(await importPKCS8(keys.privateKeyPem, 'ES256')),
    ],
    [
      'unknown role',
      async () =>
        new SignJWT({ tenant_id: 'awj', roles: ['god'] })
          .setProtectedHeader({ alg: 'ES256' })
          .setSubject('u')
          .setIssuer('athar-local')
          .setAudience('athar-api')
          .setExpirationTime('1h')
          .sign(await importPKCS8(keys.privateKeyPem, 'ES256')),
    ],
    [
      'HS256 signed with the public key as secret (algorithm confusion)',
      async () => {
        const header = Buffer.from('{"alg":"HS256","typ":"JWT"}').toString('base64url');
        const body = Buffer.from(
          JSON.stringify({ sub: 'u', tenant_id: 'awj', roles: ['tenant-admin'], exp: 9999999999, iss: 'athar-local', aud: 'athar-api' }),
        ).toString('base64url');
        return `${header}.${body}.${createHmac('sha256', keys.publicKeyPem).update(`${header}.${body}`).digest('base64url')}`;
      },
    ],
    [
      'without an expiry',
      async () =>
        new SignJWT({ tenant_id: 'awj', roles: ['auditor'] })
          .setProtectedHeader({ alg: 'ES256' })
          .setSubject('u')
          .setIssuer('athar-local')
          .setAudience('athar-api')
          .sign(await importPKCS8(keys.privateKeyPem, 'ES256')),
    ],
    [
      'not valid before an hour from now',
      async () =>
        new SignJWT({ tenant_id: 'awj', roles: ['auditor'] })
          .setProtectedHeader({ alg: 'ES256' })
          .setSubject('u')
          .setIssuer('athar-local')
          .setAudience('athar-api')
          .setNotBefore('1h')
          .setExpirationTime('2h')
          .sign(await importPKCS8(keys.privateKeyPem, 'ES256')),
    ],
    ['garbage', async () => 'not-a-jwt'],
  ];

  it.each(badTokens)('refuses a token that is %s', async (_name, make) => {
    await expect(verifier.verify(await make())).rejects.toBeInstanceOf(InvalidTokenError);
  });
});
