// A token from the local Keycloak realm for a demo or test account (docs/adr/0033): the password grant
// of the `athar-test` client, which only the local demo realm and the throw-away test realms have.
import {
  ATHAR_REALM,
  DEMO_PASSWORD,
  ensureUsers,
  KeycloakAdmin,
  keycloakConnectionFromEnv,
  realmUrls,
  TEST_CLIENT_ID,
  type KeycloakConnection,
  type Role,
} from '@athar/identity';

export interface LocalRealm {
  connection: KeycloakConnection;
  realm: string;
  /** The demo accounts' password (or a test realm's). */
  password: string;
  clientId: string;
}

/** ATHAR_KEYCLOAK_URL, ATHAR_KEYCLOAK_REALM (default athar), ATHAR_KEYCLOAK_USER_PASSWORD (default the demo password). */
export function localRealmFromEnv(env: NodeJS.ProcessEnv = process.env): LocalRealm {
  return {
    connection: keycloakConnectionFromEnv(env),
    realm: env.ATHAR_KEYCLOAK_REALM ?? ATHAR_REALM,
    password: env.ATHAR_KEYCLOAK_USER_PASSWORD ?? DEMO_PASSWORD,
    clientId: env.ATHAR_KEYCLOAK_TOKEN_CLIENT ?? TEST_CLIENT_ID,
  };
}

export interface SignInRequest {
  tenantId: string;
  roles: Role[];
  /** The account's fixed id (a committee member's user id); else the account `<tenant>-<roles>`. */
  userId?: string;
}

/** The account a request signs in as: `awj-relations-officer` is the demo account of that role. */
export function accountName(request: SignInRequest): string {
  return (request.userId ?? `${request.tenantId}-${[...request.roles].sort().join('-')}`).toLowerCase();
}

type Claims = { tenant_id?: string; roles?: string[] };
const claimsOf = (token: string) => JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as Claims;

async function passwordGrant(local: LocalRealm, username: string): Promise<{ status: number; token?: string; body: string }> {
  const response = await fetch(realmUrls(local.connection.baseUrl, local.realm).token, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', client_id: local.clientId, username, password: local.password, scope: 'openid' }),
    signal: AbortSignal.timeout(30_000),
  });
  const body = await response.text();
  return { status: response.status, token: response.ok ? (JSON.parse(body) as { access_token: string }).access_token : undefined, body };
}

function matches(token: string, request: SignInRequest): boolean {
  const claims = claimsOf(token);
  const held = [...(claims.roles ?? [])].sort().join(',');
  return claims.tenant_id === request.tenantId && held === [...request.roles].sort().join(',');
}

/**
 * Signs the account in; an account that is missing, or holds other roles or another tenant, is first
 * made or brought to the request through the admin API (local Keycloak only: it needs the admin login).
 */
export async function signInLocal(request: SignInRequest, local: LocalRealm = localRealmFromEnv()): Promise<string> {
  const username = accountName(request);
  const first = await passwordGrant(local, username);
  if (first.token && matches(first.token, request)) return first.token;
  if (first.status >= 500) throw new Error(`Keycloak answered ${first.status} for ${username}: ${first.body}`);
  const admin = new KeycloakAdmin(local.connection);
  const r = `/${encodeURIComponent(local.realm)}`;
  const roles = new Map((await admin.call<Array<{ id: string; name: string }>>('GET', `${r}/roles?max=1000`)).map((role) => [role.name as Role, role]));
  const organizations = await admin.call<Array<{ id: string; alias: string }>>('GET', `${r}/organizations?first=0&max=10000`);
  await ensureUsers(
    admin,
    r,
    request.tenantId,
    [
      {
        ...(request.userId ? { id: request.userId } : {}),
        username,
        firstName: request.roles.join(' '),
        lastName: request.tenantId,
        email: `${username}@${request.tenantId}.athar.local`,
        roles: request.roles,
        password: local.password,
      },
    ],
    roles,
    organizations.find((o) => o.alias === request.tenantId)?.id,
  );
  const second = await passwordGrant(local, username);
  if (!second.token) throw new Error(`Keycloak refused the sign-in of ${username} (${second.status}): ${second.body}`);
  return second.token;
}
