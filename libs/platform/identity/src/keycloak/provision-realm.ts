import { ROLES, type Role } from '../roles';
import { KeycloakAdmin } from './keycloak-admin';
import { API_AUDIENCE, CONSOLE_CLIENT_ID, TEST_CLIENT_ID, type AssociationPlan, type RealmPlan, type UserPlan } from './realm-plan';

/** The claim (and user attribute) that carries a user's association: what TokenVerifier reads. */
export const TENANT_ATTRIBUTE = 'tenant_id';
/**
 * The user id a policy names (a committee member), when it names one: an admin-only user attribute
 * mapped onto the token's `sub`. Not Keycloak's own user id: that is unique across all realms of a
 * Keycloak (one table), so a fixed id could exist only once, in the demo realm or in one test realm.
 */
export const USER_ID_ATTRIBUTE = 'athar_user_id';
/** The client scope every Athar client gets: tenant_id, roles and the API audience in the access token. */
export const ATHAR_SCOPE = 'athar';

interface Named {
  id: string;
  name: string;
}
interface RoleRep extends Named {
  description?: string;
}
interface ClientRep {
  id: string;
  clientId: string;
}
interface MapperRep {
  id?: string;
  name: string;
  protocol: 'openid-connect';
  protocolMapper: string;
  config: Record<string, string>;
}
interface UserRep {
  id: string;
  username: string;
}

/**
 * Makes the realm what the plan says, idempotently (create or update; nothing is deleted except our
 * own roles a user should no longer hold). docs/adr/0033 explains the shape: one realm, one
 * Organization per association, the tenant in an admin-only user attribute mapped into the token.
 */
export async function provisionRealm(admin: KeycloakAdmin, plan: RealmPlan): Promise<void> {
  const realm = await ensureRealm(admin, plan);
  const r = `/${encodeURIComponent(plan.realm)}`;
  await ensureEcdsaKey(admin, r, realm.id);
  await ensureTenantAttribute(admin, r);
  const roles = await ensureRoles(admin, r);
  const scopeId = await ensureAtharScope(admin, r, roles);
  await ensureClients(admin, r, plan, scopeId);
  for (const association of plan.associations) await ensureAssociation(admin, r, association, roles);
}

async function ensureRealm(admin: KeycloakAdmin, plan: RealmPlan): Promise<{ id: string }> {
  const settings = {
    realm: plan.realm,
    displayName: plan.displayName,
    enabled: true,
    organizationsEnabled: true,
    registrationAllowed: false,
    // tokens: ES256 (the algorithm TokenVerifier pins), short-lived, refresh tokens single use
    defaultSignatureAlgorithm: 'ES256',
    accessTokenLifespan: plan.accessTokenLifespan,
    ssoSessionIdleTimeout: 30 * 60,
    ssoSessionMaxLifespan: 10 * 60 * 60,
    revokeRefreshToken: true,
    refreshTokenMaxReuse: 0,
    // password guessing: temporary lockout after 5 failures (the OTP limits come with applicant sign-in)
    bruteForceProtected: true,
    failureFactor: 5,
    ...(plan.passwordHashIterations ? { passwordPolicy: `hashIterations(${plan.passwordHashIterations})` } : {}),
    internationalizationEnabled: true,
    supportedLocales: ['ar', 'en'],
    defaultLocale: 'ar',
  };
  const existing = await admin.find<{ id: string }>(`/${encodeURIComponent(plan.realm)}`);
  if (existing) {
    await admin.call('PUT', `/${encodeURIComponent(plan.realm)}`, settings);
    return existing;
  }
  await admin.call('POST', '', settings);
  return (await admin.call<{ id: string }>('GET', `/${encodeURIComponent(plan.realm)}`)) as { id: string };
}

/** An active P-256 key for ES256 (a new realm only has RSA and HMAC keys). */
async function ensureEcdsaKey(admin: KeycloakAdmin, r: string, realmId: string): Promise<void> {
  const keys = await admin.call<{ keys: Array<{ algorithm: string; status: string }> }>('GET', `${r}/keys`);
  if (keys.keys.some((k) => k.algorithm === 'ES256' && k.status === 'ACTIVE')) return;
  await admin.create(`${r}/components`, {
    name: 'athar-ecdsa-p256',
    providerId: 'ecdsa-generated',
    providerType: 'org.keycloak.keys.KeyProvider',
    parentId: realmId,
    config: { priority: ['100'], enabled: ['true'], active: ['true'], ecdsaEllipticCurveKey: ['P-256'] },
  });
}

/** tenant_id in the user profile: only administrators see and set it, never the user (a tampered tenant). */
async function ensureTenantAttribute(admin: KeycloakAdmin, r: string): Promise<void> {
  const profile = await admin.call<{ attributes: Array<Record<string, unknown> & { name: string }> }>('GET', `${r}/users/profile`);
  const attribute = {
    name: TENANT_ATTRIBUTE,
    displayName: 'Association (tenant id)',
    permissions: { view: ['admin'], edit: ['admin'] },
    multivalued: false,
    validations: { pattern: { pattern: '^[a-z][a-z0-9-]{1,62}$', 'error-message': 'tenant id: lower-case slug' } },
  };
  const userId = {
    name: USER_ID_ATTRIBUTE,
    displayName: 'Athar user id (token subject)',
    permissions: { view: ['admin'], edit: ['admin'] },
    multivalued: false,
    validations: { length: { max: 255 } },
  };
  const others = profile.attributes.filter((a) => a.name !== TENANT_ATTRIBUTE && a.name !== USER_ID_ATTRIBUTE);
  await admin.call('PUT', `${r}/users/profile`, { ...profile, attributes: [...others, attribute, userId] });
}

async function ensureRoles(admin: KeycloakAdmin, r: string): Promise<Map<Role, RoleRep>> {
  const byName = new Map<Role, RoleRep>();
  for (const role of ROLES) {
    let rep = await admin.find<RoleRep>(`${r}/roles/${role}`);
    if (!rep) {
      await admin.call('POST', `${r}/roles`, { name: role, description: `Athar role ${role} (docs/permissions.md)` });
      rep = (await admin.call<RoleRep>('GET', `${r}/roles/${role}`)) as RoleRep;
    }
    byName.set(role, rep);
  }
  return byName;
}

function atharMappers(): MapperRep[] {
  const token = { 'access.token.claim': 'true', 'id.token.claim': 'true', 'userinfo.token.claim': 'true', 'introspection.token.claim': 'true' };
  return [
    {
      name: 'tenant_id',
      protocol: 'openid-connect',
      protocolMapper: 'oidc-usermodel-attribute-mapper',
      config: { ...token, 'user.attribute': TENANT_ATTRIBUTE, 'claim.name': 'tenant_id', 'jsonType.label': 'String', multivalued: 'false' },
    },
    {
      // overrides `sub` with the user id a policy names; absent, `sub` stays Keycloak's own id
      name: 'sub',
      protocol: 'openid-connect',
      protocolMapper: 'oidc-usermodel-attribute-mapper',
      config: { ...token, 'user.attribute': USER_ID_ATTRIBUTE, 'claim.name': 'sub', 'jsonType.label': 'String', multivalued: 'false' },
    },
    {
      name: 'roles',
      protocol: 'openid-connect',
      protocolMapper: 'oidc-usermodel-realm-role-mapper',
      config: { ...token, 'claim.name': 'roles', 'jsonType.label': 'String', multivalued: 'true' },
    },
    {
      name: 'audience',
      protocol: 'openid-connect',
      protocolMapper: 'oidc-audience-mapper',
      config: { 'included.custom.audience': API_AUDIENCE, 'access.token.claim': 'true', 'introspection.token.claim': 'true' },
    },
  ];
}

/**
 * The `athar` client scope: the mappers above, and a scope limited to our roles (clients do not get
 * the full scope), so `roles` never carries Keycloak's own (offline_access, default-roles-...).
 */
async function ensureAtharScope(admin: KeycloakAdmin, r: string, roles: Map<Role, RoleRep>): Promise<string> {
  const scopes = await admin.call<Named[]>('GET', `${r}/client-scopes`);
  let id = scopes.find((s) => s.name === ATHAR_SCOPE)?.id;
  const rep = {
    name: ATHAR_SCOPE,
    protocol: 'openid-connect',
    description: 'Athar: tenant, roles, API audience',
    attributes: { 'include.in.token.scope': 'true', 'display.on.consent.screen': 'false' },
  };
  if (id) await admin.call('PUT', `${r}/client-scopes/${id}`, { id, ...rep });
  else id = await admin.create(`${r}/client-scopes`, rep);
  const existing = await admin.call<MapperRep[]>('GET', `${r}/client-scopes/${id}/protocol-mappers/models`);
  for (const mapper of atharMappers()) {
    const found = existing.find((m) => m.name === mapper.name);
    if (found) await admin.call('PUT', `${r}/client-scopes/${id}/protocol-mappers/models/${found.id}`, { ...mapper, id: found.id });
    else await admin.call('POST', `${r}/client-scopes/${id}/protocol-mappers/models`, mapper);
  }
  await admin.call('POST', `${r}/client-scopes/${id}/scope-mappings/realm`, [...roles.values()]);
  return id;
}

async function ensureClient(admin: KeycloakAdmin, r: string, rep: Record<string, unknown> & { clientId: string }, scopeId: string): Promise<string> {
  const found = await admin.call<ClientRep[]>('GET', `${r}/clients?clientId=${encodeURIComponent(rep.clientId)}`);
  let id = found[0]?.id;
  const full = { fullScopeAllowed: false, protocol: 'openid-connect', enabled: true, frontchannelLogout: true, ...rep };
  if (id) await admin.call('PUT', `${r}/clients/${id}`, { id, ...full });
  else id = await admin.create(`${r}/clients`, full);
  await admin.call('PUT', `${r}/clients/${id}/default-client-scopes/${scopeId}`);
  return id;
}

async function ensureClients(admin: KeycloakAdmin, r: string, plan: RealmPlan, scopeId: string): Promise<void> {
  await ensureClient(
    admin,
    r,
    {
      clientId: CONSOLE_CLIENT_ID,
      name: 'Athar console',
      publicClient: true,
      standardFlowEnabled: true,
      implicitFlowEnabled: false,
      directAccessGrantsEnabled: false,
      serviceAccountsEnabled: false,
      redirectUris: plan.consoleRedirectUris,
      webOrigins: ['+'],
      attributes: { 'pkce.code.challenge.method': 'S256', 'post.logout.redirect.uris': plan.consoleRedirectUris.join('##') },
    },
    scopeId,
  );
  for (const clientId of plan.serviceClients) {
    const id = await ensureClient(
      admin,
      r,
      {
        clientId,
        name: `Athar service ${clientId}`,
        publicClient: false,
        clientAuthenticatorType: 'client-secret',
        standardFlowEnabled: false,
        implicitFlowEnabled: false,
        directAccessGrantsEnabled: false,
        serviceAccountsEnabled: true,
      },
      scopeId,
    );
    // its service account acts as the platform's own `service` identity
    const account = await admin.call<UserRep>('GET', `${r}/clients/${id}/service-account-user`);
    await admin.call('PUT', `${r}/users/${account.id}`, { attributes: { [TENANT_ATTRIBUTE]: ['platform'] } });
    const service = await admin.call<RoleRep>('GET', `${r}/roles/service`);
    await admin.call('POST', `${r}/users/${account.id}/role-mappings/realm`, [service]);
  }
  if (plan.testClient) {
    await ensureClient(
      admin,
      r,
      {
        clientId: TEST_CLIENT_ID,
        name: 'Athar automated tests (password grant)',
        publicClient: true,
        standardFlowEnabled: false,
        implicitFlowEnabled: false,
        directAccessGrantsEnabled: true,
        serviceAccountsEnabled: false,
      },
      scopeId,
    );
  }
}

interface OrganizationRep {
  id: string;
  alias: string;
}

/** The association's Organization (alias = tenant id) and its accounts, all members of it. */
async function ensureAssociation(admin: KeycloakAdmin, r: string, association: AssociationPlan, roles: Map<Role, RoleRep>): Promise<void> {
  const orgId = await ensureOrganization(admin, r, association);
  await ensureUsers(admin, r, association.tenantId, association.users, roles, orgId);
}

async function ensureOrganization(admin: KeycloakAdmin, r: string, association: AssociationPlan): Promise<string> {
  const rep = {
    name: association.name.en.slice(0, 255),
    alias: association.tenantId,
    enabled: true,
    description: association.name.ar,
    domains: [{ name: `${association.tenantId}.athar.local`, verified: false }],
    attributes: { [TENANT_ATTRIBUTE]: [association.tenantId] },
  };
  const found = await admin.call<OrganizationRep[]>('GET', `${r}/organizations?first=0&max=10000`);
  const existing = found.find((o) => o.alias === association.tenantId);
  if (existing) {
    await admin.call('PUT', `${r}/organizations/${existing.id}`, { ...rep, id: existing.id });
    return existing.id;
  }
  return admin.create(`${r}/organizations`, rep);
}

/**
 * Users: created through partial import, then brought to the plan (a committee member's token subject
 * is the user id the committee policy names, through USER_ID_ATTRIBUTE): enabled, attributes, password,
 * exactly the planned Athar roles, membership of the association's Organization.
 */
export async function ensureUsers(
  admin: KeycloakAdmin,
  r: string,
  tenantId: string,
  users: UserPlan[],
  roles: Map<Role, RoleRep>,
  orgId?: string,
): Promise<Map<string, string>> {
  const profile = (u: UserPlan) => ({
    username: u.username,
    firstName: u.firstName,
    lastName: u.lastName,
    email: u.email,
    emailVerified: true,
    enabled: true,
    requiredActions: [],
    attributes: { [TENANT_ATTRIBUTE]: [tenantId], ...(u.id ? { [USER_ID_ATTRIBUTE]: [u.id] } : {}) },
  });
  const imported = await admin.call<{ results?: Array<{ action: string; resourceName: string }> }>('POST', `${r}/partialImport`, {
    ifResourceExists: 'SKIP',
    users: users.map((u) => ({
      ...profile(u),
      credentials: [{ type: 'password', value: u.password, temporary: false }],
    })),
  });
  const ids = new Map<string, string>();
  const members = orgId ? new Set((await admin.call<UserRep[]>('GET', `${r}/organizations/${orgId}/members?max=1000`)).map((m) => m.id)) : new Set<string>();
  for (const u of users) {
    const found = await admin.call<UserRep[]>('GET', `${r}/users?username=${encodeURIComponent(u.username)}&exact=true`);
    const user = found.find((f) => f.username === u.username);
    if (!user) throw new Error(`Keycloak: user ${u.username} missing after import`);
    ids.set(u.username, user.id);
    await admin.call('PUT', `${r}/users/${user.id}`, profile(u));
    // a password costs a slow hash: set it again only on accounts that were already there
    const added = imported.results?.some((x) => x.resourceName === u.username && x.action === 'ADDED') ?? false;
    if (!added) await admin.call('PUT', `${r}/users/${user.id}/reset-password`, { type: 'password', value: u.password, temporary: false });
    const held = await admin.call<RoleRep[]>('GET', `${r}/users/${user.id}/role-mappings/realm`);
    const ours = held.filter((h) => (ROLES as readonly string[]).includes(h.name));
    const extra = ours.filter((h) => !u.roles.includes(h.name as Role));
    if (extra.length > 0) await admin.call('DELETE', `${r}/users/${user.id}/role-mappings/realm`, extra);
    const missing = u.roles.filter((role) => !ours.some((h) => h.name === role)).map((role) => roles.get(role) as RoleRep);
    if (missing.length > 0) await admin.call('POST', `${r}/users/${user.id}/role-mappings/realm`, missing);
    if (orgId && !members.has(user.id)) await admin.call('POST', `${r}/organizations/${orgId}/members`, user.id);
  }
  return ids;
}
