import type { KeycloakAdmin } from './keycloak-admin';

/**
 * What provisioning adds for staff accounts and applicant sign-in (docs/adr/0034), on top of
 * provisionRealm's realm, roles, clients and Organizations (docs/adr/0033).
 */

/** The service that manages staff accounts and signs applicants in. */
export const ACCOUNTS_CLIENT_ID = 'athar-intake';
/** What its service account may do in the realm's admin API: users only, never realm settings. */
export const ACCOUNTS_ADMIN_ROLES = ['manage-users', 'view-users', 'query-users'];
/**
 * A marker role, never in a token (no client's scope maps it): staff accounts with a role that reads
 * personal data hold it directly (StaffDirectory sets it with their roles), and the browser flow asks
 * its holders for TOTP. Not a composite of those roles: a scoped composite would carry it into tokens.
 */
export const OTP_REQUIRED_ROLE = 'athar-otp-required';
/** The browser flow the realm uses: Keycloak's, with the conditional OTP keyed to OTP_REQUIRED_ROLE. */
export const BROWSER_FLOW = 'athar browser';
/**
 * The user attribute (admin-only) and claim naming the subject our case ownership uses, when it is not
 * the account id: an applicant signed in by mobile owns the cases of `public:<mobile key>` (docs/adr/0024).
 */
export const SUBJECT_ATTRIBUTE = 'athar_subject';

export interface SmtpPlan {
  host: string;
  port: number;
  from: string;
  fromDisplayName?: string;
}

/** The realm's mail server from ATHAR_SMTP_URL (smtp://host:port) and ATHAR_MAIL_FROM: the invitations go through it. */
export function smtpPlanFromEnv(env: NodeJS.ProcessEnv = process.env): SmtpPlan | undefined {
  if (!env.ATHAR_SMTP_URL) return undefined;
  const url = new URL(env.ATHAR_SMTP_URL);
  return { host: url.hostname, port: Number(url.port || 25), from: env.ATHAR_MAIL_FROM ?? 'no-reply@athar.local', fromDisplayName: 'Athar أثر' };
}

interface ClientRep {
  id: string;
  clientId: string;
  [key: string]: unknown;
}
interface RoleRep {
  id: string;
  name: string;
  composite?: boolean;
}
interface FlowRep {
  id: string;
  alias: string;
}
interface ExecutionRep {
  id: string;
  displayName?: string;
  providerId?: string;
  requirement: string;
  level: number;
  index: number;
  authenticationFlow?: boolean;
  flowId?: string;
  authenticationConfig?: string;
}

export async function provisionAccounts(admin: KeycloakAdmin, realm: string, options: { smtp?: SmtpPlan } = {}): Promise<void> {
  const r = `/${encodeURIComponent(realm)}`;
  await ensureSubjectAttribute(admin, r);
  await ensureAccountsClient(admin, r);
  await ensureOtpRequiredRole(admin, r);
  await ensureBrowserFlow(admin, r);
  if (options.smtp) {
    const current = await admin.call<Record<string, unknown>>('GET', r);
    await admin.call('PUT', r, {
      ...current,
      smtpServer: { host: options.smtp.host, port: String(options.smtp.port), from: options.smtp.from, fromDisplayName: options.smtp.fromDisplayName ?? '', auth: 'false', ssl: 'false', starttls: 'false' },
    });
  }
}

/** athar_subject in the user profile (admin-only, as tenant_id) and mapped into the token by the athar scope. */
async function ensureSubjectAttribute(admin: KeycloakAdmin, r: string): Promise<void> {
  const profile = await admin.call<{ attributes: Array<Record<string, unknown> & { name: string }> }>('GET', `${r}/users/profile`);
  const attribute = { name: SUBJECT_ATTRIBUTE, displayName: 'Athar subject', permissions: { view: ['admin'], edit: ['admin'] }, multivalued: false };
  await admin.call('PUT', `${r}/users/profile`, { ...profile, attributes: [...profile.attributes.filter((a) => a.name !== SUBJECT_ATTRIBUTE), attribute] });
  const scopes = await admin.call<Array<{ id: string; name: string }>>('GET', `${r}/client-scopes`);
  const scope = scopes.find((s) => s.name === 'athar');
  if (!scope) throw new Error('Keycloak: the athar client scope is missing (run provisionRealm first)');
  const mappers = await admin.call<Array<{ id: string; name: string }>>('GET', `${r}/client-scopes/${scope.id}/protocol-mappers/models`);
  const mapper = {
    name: SUBJECT_ATTRIBUTE,
    protocol: 'openid-connect',
    protocolMapper: 'oidc-usermodel-attribute-mapper',
    config: {
      'user.attribute': SUBJECT_ATTRIBUTE,
      'claim.name': SUBJECT_ATTRIBUTE,
      'jsonType.label': 'String',
      multivalued: 'false',
      'access.token.claim': 'true',
      'id.token.claim': 'true',
      'introspection.token.claim': 'true',
    },
  };
  const found = mappers.find((m) => m.name === SUBJECT_ATTRIBUTE);
  if (found) await admin.call('PUT', `${r}/client-scopes/${scope.id}/protocol-mappers/models/${found.id}`, { ...mapper, id: found.id });
  else await admin.call('POST', `${r}/client-scopes/${scope.id}/protocol-mappers/models`, mapper);
}

/**
 * athar-intake: its service account may manage users (realm-management manage-users, view-users,
 * query-users), and it alone may use the password grant, which it uses only to obtain an applicant's
 * token after checking the one-time code itself (docs/adr/0034); no one else knows its secret.
 */
async function ensureAccountsClient(admin: KeycloakAdmin, r: string): Promise<void> {
  const [client] = await admin.call<ClientRep[]>('GET', `${r}/clients?clientId=${ACCOUNTS_CLIENT_ID}`);
  if (!client) throw new Error(`Keycloak: client ${ACCOUNTS_CLIENT_ID} missing (run provisionRealm first)`);
  await admin.call('PUT', `${r}/clients/${client.id}`, { ...client, directAccessGrantsEnabled: true });
  const [management] = await admin.call<ClientRep[]>('GET', `${r}/clients?clientId=realm-management`);
  const available = await admin.call<RoleRep[]>('GET', `${r}/clients/${management.id}/roles?max=1000`);
  const granted = available.filter((role) => ACCOUNTS_ADMIN_ROLES.includes(role.name));
  const account = await admin.call<{ id: string }>('GET', `${r}/clients/${client.id}/service-account-user`);
  await admin.call('POST', `${r}/users/${account.id}/role-mappings/clients/${management.id}`, granted);
  // the client has no full scope (docs/adr/0033): its token carries these roles only through its scope
  await admin.call('POST', `${r}/clients/${client.id}/scope-mappings/clients/${management.id}`, granted);
}

async function ensureOtpRequiredRole(admin: KeycloakAdmin, r: string): Promise<void> {
  const marker = await admin.find<RoleRep>(`${r}/roles/${OTP_REQUIRED_ROLE}`);
  if (!marker) {
    await admin.call('POST', `${r}/roles`, { name: OTP_REQUIRED_ROLE, description: 'Signs in with TOTP: held through every role that reads personal data (docs/adr/0034)' });
  }
}

/**
 * The realm's browser flow: a copy of Keycloak's `browser` whose conditional OTP asks for TOTP when the
 * user holds OTP_REQUIRED_ROLE (given with any case-staff role), whether or not they have set it up yet
 * (the OTP form then makes them set it up). Others sign in with their password alone.
 */
async function ensureBrowserFlow(admin: KeycloakAdmin, r: string): Promise<void> {
  const flows = await admin.call<FlowRep[]>('GET', `${r}/authentication/flows`);
  if (!flows.some((f) => f.alias === BROWSER_FLOW)) {
    await admin.call('POST', `${r}/authentication/flows/browser/copy`, { newName: BROWSER_FLOW });
  }
  const path = `${r}/authentication/flows/${encodeURIComponent(BROWSER_FLOW)}/executions`;
  const executions = await admin.call<ExecutionRep[]>('GET', path);
  const conditional = executions.find((e) => e.authenticationFlow && /Conditional (OTP|2FA)/i.test(e.displayName ?? ''));
  if (!conditional) throw new Error(`Keycloak: no conditional OTP sub-flow in ${BROWSER_FLOW}`);
  const inside = executions.filter((e) => e.level === conditional.level + 1 && e.index >= 0);
  // Keycloak's own conditions ask only those who already set a second factor up: ours asks by role
  for (const other of inside.filter((e) => e.providerId === 'conditional-user-configured' || e.providerId === 'conditional-credential')) {
    await admin.call('DELETE', `${r}/authentication/executions/${other.id}`);
  }
  let byRole = inside.find((e) => e.providerId === 'conditional-user-role');
  const subFlowAlias = conditional.displayName as string;
  if (!byRole) {
    await admin.call('POST', `${r}/authentication/flows/${encodeURIComponent(subFlowAlias)}/executions/execution`, { provider: 'conditional-user-role' });
    byRole = (await admin.call<ExecutionRep[]>('GET', path)).find((e) => e.providerId === 'conditional-user-role') as ExecutionRep;
  }
  await admin.call('PUT', path, { ...byRole, requirement: 'REQUIRED' });
  if (!byRole.authenticationConfig) {
    await admin.create(`${r}/authentication/executions/${byRole.id}/config`, { alias: 'athar-otp-required-role', config: { condUserRole: OTP_REQUIRED_ROLE, negate: 'false' } });
  }
  // the condition must come before the OTP form
  const otp = (await admin.call<ExecutionRep[]>('GET', path)).find((e) => e.providerId === 'auth-otp-form');
  if (!otp) throw new Error(`Keycloak: no OTP form in ${BROWSER_FLOW}`);
  await admin.call('PUT', path, { ...otp, requirement: 'REQUIRED' });
  const role = (await admin.call<ExecutionRep[]>('GET', path)).find((e) => e.providerId === 'conditional-user-role');
  while (role && role.index > otp.index) {
    await admin.call('POST', `${r}/authentication/executions/${role.id}/raise-priority`);
    role.index -= 1;
  }
  const current = await admin.call<Record<string, unknown>>('GET', r);
  if (current.browserFlow !== BROWSER_FLOW) await admin.call('PUT', r, { ...current, browserFlow: BROWSER_FLOW });
}

/**
 * The secret of intake's client (`athar-intake`), as a launcher reads it with the admin's rights to pass
 * intake ATHAR_KEYCLOAK_CLIENT_SECRET (with ATHAR_KEYCLOAK_URL and ATHAR_KEYCLOAK_REALM): the staff API
 * and applicant sign-in need it (docs/adr/0034). Keycloak generated it when provisionRealm made the client.
 */
export async function accountsClientSecret(admin: KeycloakAdmin, realm: string): Promise<string> {
  const r = `/${encodeURIComponent(realm)}`;
  const [client] = await admin.call<ClientRep[]>('GET', `${r}/clients?clientId=${ACCOUNTS_CLIENT_ID}`);
  if (!client) throw new Error(`Keycloak: client ${ACCOUNTS_CLIENT_ID} missing (run provisionRealm first)`);
  return (await admin.call<{ value: string }>('GET', `${r}/clients/${client.id}/client-secret`)).value;
}
