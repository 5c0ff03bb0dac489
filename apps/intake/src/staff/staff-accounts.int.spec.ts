// The staff use cases and the revocation check on the real engines: Keycloak (a throw-away realm) and
// PostgreSQL (a throw-away event store schema), docs/adr/0034.
import { randomUUID } from 'node:crypto';
import { NotFoundException, UnauthorizedException } from '@nestjs/common';
import { PostgresEventStore } from '@athar/event-store';
import {
  ACCOUNTS_CLIENT_ID,
  API_AUDIENCE,
  keycloakConnectionFromEnv,
  provisionAccounts,
  ServiceAccountAdmin,
  StaffDirectory,
  TestRealm,
  TokenVerifier,
  type Principal,
} from '@athar/identity';
import { AggregateCommands, EventWriter } from '@athar/service-kit';
import { ChangeStaffRolesCommand, DeactivateStaffCommand } from './change-staff/change-staff.command';
import { ChangeStaffRolesHandler, DeactivateStaffHandler } from './change-staff/change-staff.handler';
import { InviteStaffCommand } from './invite-staff/invite-staff.command';
import { InviteStaffHandler } from './invite-staff/invite-staff.handler';
import { RevocationCheck } from './revocation/revocation-check';
import { staffStream } from './staff-accounts';

jest.setTimeout(180_000);

const realm = new TestRealm(keycloakConnectionFromEnv());
const store = new PostgresEventStore({
  connectionString: process.env.ATHAR_PG_URL ?? 'postgres://athar:athar@127.0.0.1:15432/athar',
  schema: `it_staff_${randomUUID().slice(0, 8)}`,
});
const writer = new EventWriter(store, 'intake');
const commands = new AggregateCommands(writer);
let directory: StaffDirectory;
let verifier: TokenVerifier;
let awjAdmin: Principal;
let tuwaiqAdmin: Principal;

beforeAll(async () => {
  await store.ensureSchema();
  await realm.create([{ tenantId: 'awj' }, { tenantId: 'tuwaiq' }]);
  await provisionAccounts(realm.admin, realm.realm);
  const r = `/${realm.realm}`;
  const [client] = await realm.admin.call<Array<{ id: string }>>('GET', `${r}/clients?clientId=${ACCOUNTS_CLIENT_ID}`);
  const secret = (await realm.admin.call<{ value: string }>('GET', `${r}/clients/${client.id}/client-secret`)).value;
  directory = new StaffDirectory(new ServiceAccountAdmin({ baseUrl: realm.connection.baseUrl, realm: realm.realm, clientId: ACCOUNTS_CLIENT_ID, clientSecret: secret }), realm.realm);
  verifier = new TokenVerifier({ issuer: realm.urls.issuer, audience: API_AUDIENCE, jwksUrl: realm.urls.jwks });
  awjAdmin = await verifier.verify(await realm.tokenFor('awj', ['tenant-admin']));
  tuwaiqAdmin = await verifier.verify(await realm.tokenFor('tuwaiq', ['tenant-admin']));
});

afterAll(async () => {
  await realm.delete();
  await store.dropSchema();
  await store.close();
});

const staffEvents = async (tenantId: string) => (await writer.load(staffStream(tenantId))).history.map((e) => ({ type: e.type, data: e.data }));

it('a tenant admin invites, changes roles and deactivates; each change is an event in the tenant staff stream', async () => {
  const revocation = new RevocationCheck(directory);
  const invited = await new InviteStaffHandler(directory, commands).execute(
    new InviteStaffCommand(awjAdmin, { email: 'Huda@AWJ.example', firstName: 'Huda', lastName: 'K', roles: ['relations-officer'] }),
  );
  expect(invited.account).toMatchObject({ username: 'huda@awj.example', roles: ['relations-officer'] });
  const userId = invited.account.userId;
  await new ChangeStaffRolesHandler(directory, commands).execute(new ChangeStaffRolesCommand(awjAdmin, userId, ['auditor']));
  await new DeactivateStaffHandler(directory, commands, revocation).execute(new DeactivateStaffCommand(awjAdmin, userId));
  expect(await staffEvents('awj')).toEqual([
    { type: 'StaffInvited', data: expect.objectContaining({ userId, roles: ['relations-officer'], secondFactorRequired: true, invitedBy: awjAdmin.userId }) },
    { type: 'StaffRolesChanged', data: expect.objectContaining({ userId, from: ['relations-officer'], to: ['auditor'], changedBy: awjAdmin.userId }) },
    { type: 'StaffDeactivated', data: expect.objectContaining({ userId, deactivatedBy: awjAdmin.userId }) },
  ]);
  expect(JSON.stringify(await staffEvents('awj'))).not.toContain('huda');
});

it("the tenant admin of one association cannot touch another's staff: 404, nothing changes, nothing recorded", async () => {
  const { userId } = await realm.user('tuwaiq', ['social-researcher']);
  const before = await staffEvents('awj');
  await expect(new ChangeStaffRolesHandler(directory, commands).execute(new ChangeStaffRolesCommand(awjAdmin, userId, ['tenant-admin']))).rejects.toBeInstanceOf(
    NotFoundException,
  );
  await expect(
    new DeactivateStaffHandler(directory, commands, new RevocationCheck(directory)).execute(new DeactivateStaffCommand(awjAdmin, userId)),
  ).rejects.toBeInstanceOf(NotFoundException);
  expect(await directory.get('tuwaiq', userId)).toMatchObject({ enabled: true, roles: ['social-researcher'] });
  expect(await staffEvents('awj')).toEqual(before);
  expect(tuwaiqAdmin.tenantId).toBe('tuwaiq');
});

it("a deactivated member's still-valid access token is refused at a personal-data read at once, and its refresh token no longer works", async () => {
  const { username } = await realm.user('awj', ['social-researcher'], randomUUID());
  const signedIn = await fetch(realm.urls.token, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', client_id: 'athar-test', username, password: realm.password, scope: 'openid' }),
  }).then((r) => r.json() as Promise<{ access_token: string; refresh_token: string }>);
  const researcher = await verifier.verify(signedIn.access_token);
  // another replica's check: it saw the account enabled a moment ago and trusts that for its cache time
  const revocation = new RevocationCheck(directory);
  await expect(revocation.assertActive(researcher)).resolves.toBeUndefined();
  await new DeactivateStaffHandler(directory, commands, revocation).execute(new DeactivateStaffCommand(awjAdmin, researcher.userId));
  // the token still verifies (5 minutes), but not at a personal-data read
  await expect(verifier.verify(signedIn.access_token)).resolves.toMatchObject({ userId: researcher.userId });
  await expect(revocation.assertActive(researcher)).rejects.toBeInstanceOf(UnauthorizedException);
  const refreshed = await fetch(realm.urls.token, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'refresh_token', client_id: 'athar-test', refresh_token: signedIn.refresh_token }),
  });
  expect(refreshed.status).toBe(400);
});

it('refuses a refresh token used a second time (single-use refresh tokens)', async () => {
  const { username } = await realm.user('awj', ['services-officer'], randomUUID());
  const grant = (body: Record<string, string>) =>
    fetch(realm.urls.token, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ client_id: 'athar-test', ...body }) });
  const first = (await (await grant({ grant_type: 'password', username, password: realm.password, scope: 'openid' })).json()) as { refresh_token: string };
  expect((await grant({ grant_type: 'refresh_token', refresh_token: first.refresh_token })).status).toBe(200);
  expect((await grant({ grant_type: 'refresh_token', refresh_token: first.refresh_token })).status).toBe(400);
});
