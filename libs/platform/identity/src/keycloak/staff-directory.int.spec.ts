// Staff accounts through the intake service's own client against the real Keycloak engine (docs/adr/0034).
import { keycloakConnectionFromEnv } from './keycloak-admin';
import { ACCOUNTS_CLIENT_ID, provisionAccounts } from './provision-accounts';
import { ServiceAccountAdmin } from './service-account-admin';
import { CONFIGURE_TOTP, StaffDirectory } from './staff-directory';
import { TestRealm } from './test-realm';

jest.setTimeout(180_000);

const realm = new TestRealm(keycloakConnectionFromEnv());
let directory: StaffDirectory;
const link = { clientId: 'athar-console', redirectUri: 'http://127.0.0.1:4200/', lifespanSeconds: 3600 };

/** The intake client's secret, as an operator would hand it to the service. */
export async function accountsClientSecret(testRealm: TestRealm): Promise<string> {
  const r = `/${testRealm.realm}`;
  const [client] = await testRealm.admin.call<Array<{ id: string }>>('GET', `${r}/clients?clientId=${ACCOUNTS_CLIENT_ID}`);
  return (await testRealm.admin.call<{ value: string }>('GET', `${r}/clients/${client.id}/client-secret`)).value;
}

beforeAll(async () => {
  await realm.create([{ tenantId: 'awj' }, { tenantId: 'tuwaiq' }]);
  await provisionAccounts(realm.admin, realm.realm);
  const admin = new ServiceAccountAdmin({ baseUrl: realm.connection.baseUrl, realm: realm.realm, clientId: ACCOUNTS_CLIENT_ID, clientSecret: await accountsClientSecret(realm) });
  directory = new StaffDirectory(admin, realm.realm);
});

afterAll(() => realm.delete());

it('invites into the association: tenant, roles, membership, a password to set and TOTP for roles that read personal data', async () => {
  const { account, emailed } = await directory.invite('awj', { email: 'sara@awj.example', firstName: 'Sara', lastName: 'Ali', roles: ['social-researcher'] }, link);
  expect(emailed).toBe(false); // this realm has no mail server
  expect(account).toMatchObject({ username: 'sara@awj.example', enabled: true, roles: ['social-researcher'] });
  expect(account.requiredActions.sort()).toEqual([CONFIGURE_TOTP, 'UPDATE_PASSWORD']);
  const board = await directory.invite('awj', { email: 'board@awj.example', firstName: 'B', lastName: 'M', roles: ['board-member'] }, link);
  expect(board.account.requiredActions).toEqual(['UPDATE_PASSWORD']);
  const listed = await directory.list('awj', 0, 50);
  expect(listed.items.map((a) => a.userId)).toEqual(expect.arrayContaining([account.userId, board.account.userId]));
  expect(listed.more).toBe(false);
  expect((await directory.list('awj', 0, 1)).more).toBe(true);
  expect(await directory.list('tuwaiq', 0, 50)).toEqual({ items: [], more: false });
});

it('never touches another association: its accounts answer like missing ones', async () => {
  const { account } = await directory.invite('tuwaiq', { email: 'omar@tuwaiq.example', firstName: 'Omar', lastName: 'S', roles: ['services-officer'] }, link);
  expect(await directory.get('awj', account.userId)).toBeUndefined();
  expect(await directory.setRoles('awj', account.userId, ['auditor'])).toBeUndefined();
  expect(await directory.deactivate('awj', account.userId)).toBeUndefined();
  const still = await directory.get('tuwaiq', account.userId);
  expect(still).toMatchObject({ enabled: true, roles: ['services-officer'] });
});

it('changes roles to exactly the ones given and asks for TOTP when a new role reads personal data', async () => {
  const { account } = await directory.invite('awj', { email: 'noor@awj.example', firstName: 'Noor', lastName: 'H', roles: ['board-member'] }, link);
  const changed = await directory.setRoles('awj', account.userId, ['auditor', 'services-officer']);
  expect(changed?.before).toEqual(['board-member']);
  expect([...(changed?.account.roles ?? [])].sort()).toEqual(['auditor', 'services-officer']);
  expect(changed?.account.requiredActions).toContain(CONFIGURE_TOTP);
});

it('deactivates: the account is disabled, its refresh token stops working at once', async () => {
  const { username, userId } = await realm.user('awj', ['relations-officer']);
  const tokens = await passwordGrant(username);
  expect(await directory.isEnabled(userId)).toBe(true);
  expect(await directory.deactivate('awj', userId)).toMatchObject({ enabled: false });
  expect(await directory.isEnabled(userId)).toBe(false);
  const refreshed = await fetch(realm.urls.token, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'refresh_token', client_id: 'athar-test', refresh_token: tokens.refresh_token }),
  });
  expect(refreshed.status).toBe(400);
});

export async function passwordGrant(username: string, testRealm = realm): Promise<{ access_token: string; refresh_token: string }> {
  const response = await fetch(testRealm.urls.token, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', client_id: 'athar-test', username, password: testRealm.password, scope: 'openid' }),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as { access_token: string; refresh_token: string };
}
