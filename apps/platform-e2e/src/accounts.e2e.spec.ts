import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { applicationBody, claimsOf, eventually, PlatformUnderTest } from './platform-under-test';
import { applyThroughLink, caseOpenedBy, linkBody, newMobile, textsTo } from './public-link-flow';

jest.setTimeout(300_000);

/**
 * Accounts from the person's side (docs/adr/0033, 0034), signed in through the run's Keycloak realm:
 * an association's administrator manages its staff and a deactivated member loses personal data at
 * once; an applicant who applied through the public link signs in with a code sent to their phone and
 * finds their own case.
 */
describe('accounts: staff managed by their association, applicants signed in by a code to their phone', () => {
  const platform = PlatformUnderTest.current();
  const intake = (path: string, token: string, init: RequestInit = {}) =>
    fetch(`${platform.url('intake')}${path}`, {
      ...init,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...(init.headers as Record<string, string>) },
    });
  const pool = new Pool({ connectionString: process.env.ATHAR_PG_URL ?? 'postgres://athar:athar@127.0.0.1:15432/athar' });
  afterAll(() => pool.end());

  it("lets an association's administrator deactivate a researcher, who then reads no personal data with a still-valid token; another association's administrator cannot touch them", async () => {
    const admin = await platform.token('tuwaiq', ['tenant-admin']);
    const otherAdmin = await platform.token('awj', ['tenant-admin']);
    const officer = await platform.token('tuwaiq', ['relations-officer']);
    const researcher = await platform.newPerson('tuwaiq', ['social-researcher']);
    const submitted = await intake('/applications', officer, {
      method: 'POST',
      body: JSON.stringify(applicationBody('partner-association-services', 'website', 'هند سعد القحطاني')),
    });
    expect(submitted.status).toBe(201);
    const { caseId } = (await submitted.json()) as { caseId: string };
    const read = () => intake(`/applications/${caseId}`, researcher.token, { headers: { 'x-purpose': 'case-handling' } });
    expect((await read()).status).toBe(200);

    // another association: the same answer as for an account that does not exist, and nothing changes
    const foreign = await intake(`/staff/${encodeURIComponent(researcher.userId)}`, otherAdmin, { method: 'PATCH', body: JSON.stringify({ active: false }) });
    const missing = await intake(`/staff/${randomUUID()}`, otherAdmin, { method: 'PATCH', body: JSON.stringify({ active: false }) });
    expect(foreign.status).toBe(404);
    expect({ code: ((await foreign.json()) as { code: string }).code }).toEqual({ code: ((await missing.json()) as { code: string }).code });
    expect((await read()).status).toBe(200);
    // a member of staff who is not the administrator may not manage accounts
    expect(
      (await intake(`/staff/${encodeURIComponent(researcher.userId)}`, officer, { method: 'PATCH', body: JSON.stringify({ active: false }) })).status,
    ).toBe(403);

    const deactivated = await intake(`/staff/${encodeURIComponent(researcher.userId)}`, admin, { method: 'PATCH', body: JSON.stringify({ active: false }) });
    expect(deactivated.status).toBe(200);
    expect(await deactivated.json()).toMatchObject({ userId: researcher.userId, enabled: false });
    // the access token has not expired, but the personal-data read asks the identity provider first
    expect(claimsOf(researcher.token).exp * 1000).toBeGreaterThan(Date.now());
    const refused = await read();
    expect(refused.status).toBe(401);
    expect(await refused.json()).toMatchObject({ code: 'account-deactivated', message: { ar: expect.any(String), en: expect.any(String) } });
    // the change is on the association's record of its staff
    const { rows } = await pool.query<{ type: string }>(
      `SELECT type FROM "${platform.instance}_events".events WHERE stream_id = $1 AND data->>'userId' = $2 ORDER BY global_position`,
      ['intake.staff.tuwaiq.accounts', researcher.userId],
    );
    expect(rows.map((r) => r.type)).toEqual(['StaffDeactivated']);
  });

  it('signs in an applicant who applied through the public link with a code sent to their phone, and shows them their own case', async () => {
    const mobile = newMobile();
    const { confirmed, correlationId } = await applyThroughLink(platform, 'tuwaiq', linkBody('partner-association-services', { mobile }));
    expect(confirmed.status).toBe(202);
    const opened = (await eventually(() => caseOpenedBy(pool, platform, correlationId))).value;

    const asked = await fetch(`${platform.url('intake')}/public/tuwaiq/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ mobile }),
    });
    expect(asked.status).toBe(202);
    // what the applicant's phone shows: the code, Arabic first
    const sms = (await textsTo(platform, 'tuwaiq', mobile)).find((text) => /sign-in code: \d{6}/.test(text));
    expect(sms).toMatch(/^[\u0600-\u06FF]/);
    const code = /sign-in code: (\d{6})/.exec(sms as string)?.[1] as string;
    const verify = (attempt: string) =>
      fetch(`${platform.url('intake')}/public/tuwaiq/sign-in/verify`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ mobile, code: attempt }),
      });
    expect((await verify(code === '000000' ? '000001' : '000000')).status).toBe(422);
    const signedIn = await verify(code);
    expect(signedIn.status).toBe(200);
    const { accessToken } = (await signedIn.json()) as { accessToken: string };
    expect(claimsOf(accessToken)).toMatchObject({ tenant_id: 'tuwaiq', roles: ['applicant'] });
    // the same code does not work twice
    expect((await verify(code)).status).toBe(422);

    const mine = await eventually(async () => {
      const list = (await (await intake('/applications', accessToken)).json()) as { items: Array<{ caseId: string }> };
      return list.items.some((item) => item.caseId === opened.caseId) ? list : undefined;
    });
    expect(mine.value.items.every((item) => item.caseId === opened.caseId)).toBe(true);
    // another applicant's case stays closed to this token
    const officer = await platform.token('tuwaiq', ['relations-officer']);
    const other = (await (
      await intake('/applications', officer, { method: 'POST', body: JSON.stringify(applicationBody('partner-association-services', 'website')) })
    ).json()) as {
      caseId: string;
    };
    expect([403, 404]).toContain((await intake(`/applications/${other.caseId}`, accessToken, { headers: { 'x-purpose': 'case-handling' } })).status);
  });
});
