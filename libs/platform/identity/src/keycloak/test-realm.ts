import { createHash, randomBytes } from 'node:crypto';
import type { Role } from '../roles';
import { KeycloakAdmin, realmUrls, type KeycloakConnection } from './keycloak-admin';
import { ensureUsers, provisionRealm } from './provision-realm';
import { signedInOnce } from './signed-in-once';
import { ACCESS_TOKEN_LIFESPAN_SECONDS, API_AUDIENCE, SERVICE_CLIENTS, TEST_CLIENT_ID, type RealmPlan } from './realm-plan';

/**
 * A throw-away realm for automated tests (docs/adr/0033): the demo realm's shape, plus the test-only
 * password-grant client, and users made on demand for the tenant and roles a test asks for.
 */
export class TestRealm {
  readonly admin: KeycloakAdmin;
  private readonly users = new Map<string, { username: string; userId: string }>();
  /** Each account's token, reused until 30 s before it expires, one sign-in at a time per account. */
  private readonly tokens = signedInOnce((username: string) => this.signIn(username), { renewBeforeMs: 30_000 });
  private rolesByName: Map<Role, { id: string; name: string }> | undefined;

  constructor(
    readonly connection: KeycloakConnection,
    readonly realm: string = `athar-test-${randomBytes(4).toString('hex')}`,
    readonly password = `t-${randomBytes(12).toString('base64url')}`,
  ) {
    this.admin = new KeycloakAdmin(connection);
  }

  get urls() {
    return realmUrls(this.connection.baseUrl, this.realm);
  }

  /** The settings the services need to accept this realm's tokens. */
  verifierEnv(): Record<string, string> {
    return { ATHAR_JWKS_URL: this.urls.jwks, ATHAR_JWT_ISSUER: this.urls.issuer, ATHAR_JWT_AUDIENCE: API_AUDIENCE };
  }

  plan(tenants: Array<{ tenantId: string; name?: { ar: string; en: string } }> = []): RealmPlan {
    return {
      realm: this.realm,
      displayName: `Athar tests ${this.realm}`,
      accessTokenLifespan: ACCESS_TOKEN_LIFESPAN_SECONDS,
      consoleRedirectUris: ['http://127.0.0.1:4200/*'],
      serviceClients: SERVICE_CLIENTS,
      testClient: true,
      passwordHashIterations: 1_000,
      associations: tenants.map((t) => ({ tenantId: t.tenantId, name: t.name ?? { ar: t.tenantId, en: t.tenantId }, users: [] })),
    };
  }

  async create(tenants: Array<{ tenantId: string; name?: { ar: string; en: string } }> = []): Promise<this> {
    await provisionRealm(this.admin, this.plan(tenants));
    return this;
  }

  async delete(): Promise<void> {
    await this.admin.call('DELETE', `/${encodeURIComponent(this.realm)}`).catch(() => undefined);
  }

  /** A user of the tenant with exactly these roles (made once per tenant + roles + id). */
  async user(tenantId: string, roles: Role[], userId?: string): Promise<{ username: string; userId: string }> {
    const key = `${tenantId}|${[...roles].sort().join(',')}|${userId ?? ''}`;
    const known = this.users.get(key);
    if (known) return known;
    this.rolesByName ??= new Map(
      (await this.admin.call<Array<{ id: string; name: string }>>('GET', `/${encodeURIComponent(this.realm)}/roles?max=1000`)).map((r) => [r.name as Role, r]),
    );
    // a named user's username follows from the name, so asking again (another test file) finds the account
    // (hashed: a subject such as `public:…` is no valid username or email local part)
    const username = userId ? `id-${createHash('sha256').update(userId).digest('hex').slice(0, 24)}` : `${tenantId}-${randomBytes(5).toString('hex')}`;
    const ids = await ensureUsers(
      this.admin,
      `/${encodeURIComponent(this.realm)}`,
      tenantId,
      [
        {
          ...(userId ? { id: userId } : {}),
          username,
          firstName: 'Test',
          lastName: 'User',
          email: `${username}@test.athar.local`,
          roles,
          password: this.password,
        },
      ],
      this.rolesByName,
    );
    const made = { username, userId: userId ?? (ids.get(username) as string) };
    this.users.set(key, made);
    return made;
  }

  /** Signs a user in with the password grant (test client only) and returns the access token. */
  async signIn(username: string, clientId = TEST_CLIENT_ID): Promise<string> {
    const response = await fetch(this.urls.token, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'password', client_id: clientId, username, password: this.password, scope: 'openid' }),
      signal: AbortSignal.timeout(30_000),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`Keycloak sign-in of ${username} answered ${response.status}: ${text}`);
    return (JSON.parse(text) as { access_token: string }).access_token;
  }

  /** An access token for a user of the tenant with these roles, reused until 30 s before it runs out. */
  async tokenFor(tenantId: string, roles: Role[], userId?: string): Promise<string> {
    const { username } = await this.user(tenantId, roles, userId);
    return this.tokens(username);
  }
}
