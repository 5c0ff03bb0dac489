// Tokens from the real Keycloak engine (infra/local/engines.sh start keycloak) through TokenVerifier
// with the realm's JWKS, as the services check them (docs/adr/0033).
import { DEFAULT_JWKS_COOLDOWN_MS, InvalidTokenError, TokenVerifier } from '../token-verifier';
import { keycloakConnectionFromEnv } from './keycloak-admin';
import { API_AUDIENCE } from './realm-plan';
import { TestRealm } from './test-realm';

jest.setTimeout(180_000);

const connection = keycloakConnectionFromEnv();
const realm = new TestRealm(connection);
const otherRealm = new TestRealm(connection);
let verifier: TokenVerifier;

const claims = (token: string) => JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')) as Record<string, unknown>;
const refusal = (token: string) =>
  verifier.verify(token).then(
    () => 'accepted',
    (error: unknown) => (error instanceof InvalidTokenError ? error.reason : `unexpected ${String(error)}`),
  );

beforeAll(async () => {
  await realm.create([{ tenantId: 'awj' }, { tenantId: 'tuwaiq' }]);
  await otherRealm.create([{ tenantId: 'awj' }]);
  verifier = new TokenVerifier({ issuer: realm.urls.issuer, audience: API_AUDIENCE, jwksUrl: realm.urls.jwks });
});

afterAll(async () => {
  await realm.delete();
  await otherRealm.delete();
});

it('accepts a Keycloak token and reads the tenant, roles and subject our guard uses', async () => {
  const token = await realm.tokenFor('awj', ['social-researcher', 'auditor']);
  const { userId } = await realm.user('awj', ['social-researcher', 'auditor']);
  expect(claims(token)).toMatchObject({ tenant_id: 'awj', aud: API_AUDIENCE });
  const principal = await verifier.verify(token);
  expect(principal).toMatchObject({ userId, tenantId: 'awj' });
  expect([...principal.roles].sort()).toEqual(['auditor', 'social-researcher']);
});

it('keeps the subject a committee policy names (a fixed user id)', async () => {
  const token = await realm.tokenFor('tuwaiq', ['committee-chair'], 'tuwaiq-chair-t');
  await expect(verifier.verify(token)).resolves.toMatchObject({ userId: 'tuwaiq-chair-t', tenantId: 'tuwaiq', roles: ['committee-chair'] });
});

it('gives the same named subject in two realms of one Keycloak (its own user ids are unique across realms)', async () => {
  const here = await realm.tokenFor('tuwaiq', ['committee-member'], 'tuwaiq-member-t');
  const there = await otherRealm.tokenFor('awj', ['committee-member'], 'tuwaiq-member-t');
  expect([claims(here).sub, claims(there).sub]).toEqual(['tuwaiq-member-t', 'tuwaiq-member-t']);
  await expect(verifier.verify(here)).resolves.toMatchObject({ userId: 'tuwaiq-member-t', tenantId: 'tuwaiq' });
});

it('refuses a token signed by another realm', async () => {
  const token = await otherRealm.tokenFor('awj', ['tenant-admin']);
  expect(claims(token)).toMatchObject({ tenant_id: 'awj', roles: ['tenant-admin'] });
  expect(await refusal(token)).not.toBe('accepted');
});

it('refuses a token whose tenant claim was changed', async () => {
  const [header, , signature] = (await realm.tokenFor('awj', ['tenant-admin'])).split('.');
  const forged = Buffer.from(JSON.stringify({ ...claims(await realm.tokenFor('awj', ['tenant-admin'])), tenant_id: 'tuwaiq' })).toString('base64url');
  expect(await refusal(`${header}.${forged}.${signature}`)).toBe('ERR_JWS_SIGNATURE_VERIFICATION_FAILED');
});

it('refuses a token for another audience (a client without the athar scope)', async () => {
  const { username } = await realm.user('awj', ['auditor']);
  const token = await realm.signIn(username, 'admin-cli');
  expect(claims(token).aud).not.toEqual(API_AUDIENCE);
  expect(await refusal(token)).toBe('ERR_JWT_CLAIM_VALIDATION_FAILED');
  const strict = new TokenVerifier({ issuer: realm.urls.issuer, audience: 'athar-intake', jwksUrl: realm.urls.jwks });
  await expect(strict.verify(await realm.tokenFor('awj', ['auditor']))).rejects.toThrow('ERR_JWT_CLAIM_VALIDATION_FAILED');
});

it('refuses an expired token', async () => {
  const r = `/${realm.realm}`;
  const { username } = await realm.user('awj', ['relations-officer']);
  await realm.admin.call('PUT', r, { accessTokenLifespan: 1 });
  let token: string;
  try {
    token = await realm.signIn(username);
  } finally {
    await realm.admin.call('PUT', r, { accessTokenLifespan: realm.plan().accessTokenLifespan });
  }
  await new Promise((resolve) => setTimeout(resolve, 2_100));
  expect(await refusal(token)).toBe('ERR_JWT_EXPIRED');
});

it('follows a key rotation: a token signed with the new active key verifies within the JWKS cooldown', async () => {
  const r = `/${realm.realm}`;
  await verifier.verify(await realm.tokenFor('awj', ['executive-director'])); // the JWKS is now cached
  type Key = { kid: string; algorithm: string; status: string; providerId: string; providerPriority: number };
  const before = (await realm.admin.call<{ keys: Key[] }>('GET', `${r}/keys`)).keys.filter((k) => k.algorithm === 'ES256');
  const { id: realmId } = await realm.admin.call<{ id: string }>('GET', r);
  await realm.admin.create(`${r}/components`, {
    name: 'athar-ecdsa-p256-rotated',
    providerId: 'ecdsa-generated',
    providerType: 'org.keycloak.keys.KeyProvider',
    parentId: realmId,
    config: { priority: ['200'], enabled: ['true'], active: ['true'], ecdsaEllipticCurveKey: ['P-256'] },
  });
  for (const old of before) {
    const component = await realm.admin.call<{ id: string; config: Record<string, string[]> }>('GET', `${r}/components/${old.providerId}`);
    await realm.admin.call('PUT', `${r}/components/${old.providerId}`, { ...component, config: { ...component.config, active: ['false'] } });
  }
  const { username } = await realm.user('awj', ['executive-director']);
  await new Promise((resolve) => setTimeout(resolve, DEFAULT_JWKS_COOLDOWN_MS + 100));
  const token = await realm.signIn(username);
  const kid = (JSON.parse(Buffer.from(token.split('.')[0], 'base64url').toString('utf8')) as { kid: string }).kid;
  expect(before.map((k) => k.kid)).not.toContain(kid);
  await expect(verifier.verify(token)).resolves.toMatchObject({ tenantId: 'awj', roles: ['executive-director'] });
});
