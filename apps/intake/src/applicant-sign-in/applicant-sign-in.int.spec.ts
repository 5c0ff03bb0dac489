// Applicant sign-in by one-time code on the real engines (docs/adr/0034): Keycloak (a throw-away realm,
// tokens through intake's own confidential client) and PostgreSQL (codes, limits, the sealed SMS outbox).
import { randomInt, randomUUID } from 'node:crypto';
import { GoneException, HttpException, HttpStatus, UnauthorizedException } from '@nestjs/common';
import { Pool } from 'pg';
import { DomainError } from '@athar/contracts';
import {
  accountsClientSecret,
  ACCOUNTS_CLIENT_ID,
  API_AUDIENCE,
  ApplicantAccounts,
  keycloakConnectionFromEnv,
  maySeeCase,
  provisionAccounts,
  ServiceAccountAdmin,
  TestRealm,
  TokenVerifier,
} from '@athar/identity';
import { ChannelNotifier, PostgresOutbox } from '@athar/notifier';
import { outboxSealer, PersonalDataProtector, PostgresDataKeyStore, TenantKeyring } from '@athar/personal-data';
import { loadTenantPolicies, TenantRegistry } from '@athar/tenancy';
import { PublicLinkLimitExceeded, PublicLinkLimits } from '../applications/apply-through-public-link/public-link-limits';
import { PublicLinkStore } from '../applications/apply-through-public-link/public-link.store';
import { PersonKeys } from '../applications/submit-application/person-keys';
import { MAX_SIGN_IN_ATTEMPTS, SignInLimits } from './applicant-sign-in';
import { RefreshSignInCommand } from './refresh-sign-in/refresh-sign-in.command';
import { RefreshSignInHandler } from './refresh-sign-in/refresh-sign-in.handler';
import { RequestSignInCodeCommand } from './request-sign-in-code/request-sign-in-code.command';
import { RequestSignInCodeHandler } from './request-sign-in-code/request-sign-in-code.handler';
import { SignInCodeStore } from './sign-in-codes.store';
import { VerifySignInCodeCommand } from './verify-sign-in-code/verify-sign-in-code.command';
import { VerifySignInCodeHandler } from './verify-sign-in-code/verify-sign-in-code.handler';

jest.setTimeout(180_000);

const PG_URL = process.env.ATHAR_PG_URL ?? 'postgres://athar:athar@127.0.0.1:15432/athar';
const run = `it_signin_${randomUUID().slice(0, 8)}`;
const realm = new TestRealm(keycloakConnectionFromEnv());
const pool = new Pool({ connectionString: PG_URL, max: 4 });
const keys = new PersonKeys();
const tenants = new TenantRegistry(loadTenantPolicies());
const linkStore = new PublicLinkStore(pool, `${run}_public_link`);
const codes = new SignInCodeStore(pool, `${run}_sign_in`);
const protector = new PersonalDataProtector(new PostgresDataKeyStore(pool, `${run}_personal_data`), TenantKeyring.fromEnv({}));
const outbox = new PostgresOutbox(pool, `${run}_notifications`, outboxSealer(protector));
const publicLimits = new PublicLinkLimits(linkStore, tenants, keys);
const limits = new SignInLimits(linkStore, publicLimits, keys);
let requestCode: RequestSignInCodeHandler;
let verifyCode: VerifySignInCodeHandler;
let refresh: RefreshSignInHandler;
let verifier: TokenVerifier;

beforeAll(async () => {
  await Promise.all([
    linkStore.ensureSchema(),
    codes.ensureSchema(),
    outbox.ensureSchema(),
    new PostgresDataKeyStore(pool, `${run}_personal_data`).ensureSchema(),
  ]);
  await realm.create([{ tenantId: 'awj' }, { tenantId: 'tuwaiq' }]);
  // twice, as every `npm start` runs tools/identity/provision.ts again on the same realm
  await provisionAccounts(realm.admin, realm.realm);
  await provisionAccounts(realm.admin, realm.realm);
  const secret = await accountsClientSecret(realm.admin, realm.realm);
  const accounts = new ApplicantAccounts(
    new ServiceAccountAdmin({ baseUrl: realm.connection.baseUrl, realm: realm.realm, clientId: ACCOUNTS_CLIENT_ID, clientSecret: secret }),
  );
  requestCode = new RequestSignInCodeHandler(tenants, keys, limits, codes, accounts, new ChannelNotifier(outbox, null));
  verifyCode = new VerifySignInCodeHandler(keys, limits, codes, accounts);
  refresh = new RefreshSignInHandler(accounts);
  verifier = new TokenVerifier({ issuer: realm.urls.issuer, audience: API_AUDIENCE, jwksUrl: realm.urls.jwks });
});

afterAll(async () => {
  await realm.delete();
  for (const schema of ['public_link', 'sign_in', 'notifications', 'personal_data']) await pool.query(`DROP SCHEMA IF EXISTS "${run}_${schema}" CASCADE`);
  await pool.end();
});

/** A fresh mobile per test (0 5 and eight digits), so no test shares a code or a limit with another. */
const newMobile = () => `05${String(randomInt(0, 100_000_000)).padStart(8, '0')}`;
const e164 = (mobile: string) => `+966${mobile.slice(1)}`;
let address = 0;
/** Each test from its own client address, so the per-address limit is only met where a test means it. */
const newAddress = () => `198.51.100.${++address}`;

/** What the applicant reads on their phone: the newest SMS to that mobile, and the code in it. */
async function codeOnPhone(tenantId: string, mobile: string): Promise<string> {
  const [sms] = await outbox.list(tenantId, { recipient: e164(mobile), limit: 1 });
  expect(sms).toMatchObject({ channel: 'sms', recipient: e164(mobile) });
  const code = /sign-in code: (\d{6})/.exec(sms.body)?.[1];
  if (!code) throw new Error(`no code in: ${sms.body}`);
  return code;
}

const wrongCode = (right: string) => String((Number(right) + 1) % 1_000_000).padStart(6, '0');

it('an applicant gets a code by SMS, sends it back, and holds tokens for their own subject: their public-link cases, nobody else’s', async () => {
  const mobile = newMobile();
  const ip = newAddress();
  const sent = await requestCode.execute(new RequestSignInCodeCommand('awj', mobile, ip));
  expect(new Date(sent.expiresAt).getTime() - Date.now()).toBeLessThanOrEqual(5 * 60_000 + 5_000);
  // the outbox keeps the SMS sealed: no code nor number in clear at rest
  const { rows } = await pool.query<{ recipient: string; body: string }>(`SELECT recipient, body FROM "${run}_notifications".outbox`);
  expect(JSON.stringify(rows)).not.toContain(e164(mobile));
  const code = await codeOnPhone('awj', mobile);
  const tokens = await verifyCode.execute(new VerifySignInCodeCommand('awj', mobile, code, ip));
  // the realm's 5-minute access token; Keycloak counts expires_in from its own clock, 299 when a second ticked over
  expect(tokens.tokenType).toBe('Bearer');
  expect(tokens.expiresIn).toBeGreaterThanOrEqual(295);
  expect(tokens.expiresIn).toBeLessThanOrEqual(300);
  const principal = await verifier.verify(tokens.accessToken);
  const subject = `public:${keys.mobile(e164(mobile))}`;
  expect(principal).toMatchObject({ userId: subject, tenantId: 'awj', roles: ['applicant'] });
  // a case confirmed through the public link from this mobile is owned by that subject (confirm-public-application.handler.ts)
  expect(maySeeCase(principal, subject)).toBe(true);
  expect(maySeeCase(principal, `public:${keys.mobile(e164(newMobile()))}`)).toBe(false);
  // signing in again is the same account and subject
  await requestCode.execute(new RequestSignInCodeCommand('awj', mobile, ip));
  const again = await verifier.verify((await verifyCode.execute(new VerifySignInCodeCommand('awj', mobile, await codeOnPhone('awj', mobile), ip))).accessToken);
  expect(again.userId).toBe(subject);
});

it('answers alike for any mobile, and refuses a malformed one field by field in Arabic and English', async () => {
  const ip = newAddress();
  const a = await requestCode.execute(new RequestSignInCodeCommand('awj', newMobile(), ip));
  const b = await requestCode.execute(new RequestSignInCodeCommand('awj', newMobile(), ip));
  expect(a.message).toEqual(b.message);
  const refused = await requestCode.execute(new RequestSignInCodeCommand('awj', '12345', ip)).catch((e: unknown) => e);
  expect(refused).toBeInstanceOf(DomainError);
  expect((refused as DomainError).fields).toEqual([
    { field: 'mobile', reasons: [expect.objectContaining({ ar: expect.any(String), en: expect.any(String) })] },
  ]);
});

it(`locks the code after ${MAX_SIGN_IN_ATTEMPTS} wrong tries: 423, even for the right code after`, async () => {
  const mobile = newMobile();
  const ip = newAddress();
  await requestCode.execute(new RequestSignInCodeCommand('awj', mobile, ip));
  const code = await codeOnPhone('awj', mobile);
  for (let i = 1; i < MAX_SIGN_IN_ATTEMPTS; i++) {
    await expect(verifyCode.execute(new VerifySignInCodeCommand('awj', mobile, wrongCode(code), ip))).rejects.toBeInstanceOf(DomainError);
  }
  const locked = (attempt: string) => verifyCode.execute(new VerifySignInCodeCommand('awj', mobile, attempt, ip)).catch((e: unknown) => e);
  expect(((await locked(wrongCode(code))) as HttpException).getStatus()).toBe(HttpStatus.LOCKED);
  expect(((await locked(code)) as HttpException).getStatus()).toBe(HttpStatus.LOCKED);
});

it('refuses a code used twice, an expired code, and a code on another association’s sign-in', async () => {
  const ip = newAddress();
  const mobile = newMobile();
  await requestCode.execute(new RequestSignInCodeCommand('awj', mobile, ip));
  const code = await codeOnPhone('awj', mobile);
  // another association: no code awaits this mobile there
  await expect(verifyCode.execute(new VerifySignInCodeCommand('tuwaiq', mobile, code, ip))).rejects.toMatchObject({ code: 'sign-in-code-unknown' });
  await verifyCode.execute(new VerifySignInCodeCommand('awj', mobile, code, ip));
  await expect(verifyCode.execute(new VerifySignInCodeCommand('awj', mobile, code, ip))).rejects.toMatchObject({ code: 'sign-in-code-unknown' });

  const late = newMobile();
  await requestCode.execute(new RequestSignInCodeCommand('awj', late, ip));
  const lateCode = await codeOnPhone('awj', late);
  await pool.query(`UPDATE "${run}_sign_in".codes SET expires_at = now() - interval '1 second' WHERE mobile_key = $1`, [keys.mobile(e164(late))]);
  await expect(verifyCode.execute(new VerifySignInCodeCommand('awj', late, lateCode, ip))).rejects.toBeInstanceOf(GoneException);
});

it('limits codes per mobile and requests per address: 429 with when to try again', async () => {
  const mobile = newMobile();
  const perMobile = publicLimits.limitsFor('awj').perMobile.max;
  for (let i = 0; i < perMobile; i++) await requestCode.execute(new RequestSignInCodeCommand('awj', mobile, newAddress()));
  const overMobile = await requestCode.execute(new RequestSignInCodeCommand('awj', mobile, newAddress())).catch((e: unknown) => e);
  expect(overMobile).toBeInstanceOf(PublicLinkLimitExceeded);
  expect((overMobile as PublicLinkLimitExceeded).getStatus()).toBe(HttpStatus.TOO_MANY_REQUESTS);
  expect((overMobile as PublicLinkLimitExceeded).retryAfterSeconds).toBeGreaterThan(0);
  const sms = await outbox.list('awj', { recipient: e164(mobile), limit: 50 });
  expect(sms).toHaveLength(perMobile);

  const ip = newAddress();
  const perAddress = publicLimits.limitsFor('awj').perAddress.max;
  for (let i = 0; i < perAddress; i++) {
    await verifyCode.execute(new VerifySignInCodeCommand('awj', newMobile(), '000000', ip)).catch((e: unknown) => expect(e).toBeInstanceOf(DomainError));
  }
  await expect(verifyCode.execute(new VerifySignInCodeCommand('awj', newMobile(), '000000', ip))).rejects.toBeInstanceOf(PublicLinkLimitExceeded);
});

it('refreshes once per refresh token: a reused refresh token is refused, and another association’s path refuses it', async () => {
  const mobile = newMobile();
  const ip = newAddress();
  await requestCode.execute(new RequestSignInCodeCommand('awj', mobile, ip));
  const first = await verifyCode.execute(new VerifySignInCodeCommand('awj', mobile, await codeOnPhone('awj', mobile), ip));
  const second = await refresh.execute(new RefreshSignInCommand('awj', first.refreshToken));
  expect((await verifier.verify(second.accessToken)).userId).toBe(`public:${keys.mobile(e164(mobile))}`);
  await expect(refresh.execute(new RefreshSignInCommand('awj', first.refreshToken))).rejects.toBeInstanceOf(UnauthorizedException);
  await expect(refresh.execute(new RefreshSignInCommand('awj', 'not-a-refresh-token'))).rejects.toBeInstanceOf(UnauthorizedException);

  const other = newMobile();
  await requestCode.execute(new RequestSignInCodeCommand('awj', other, ip));
  const otherTokens = await verifyCode.execute(new VerifySignInCodeCommand('awj', other, await codeOnPhone('awj', other), ip));
  await expect(refresh.execute(new RefreshSignInCommand('tuwaiq', otherTokens.refreshToken))).rejects.toBeInstanceOf(UnauthorizedException);
});
