import { Pool } from 'pg';
import { PlatformUnderTest } from './platform-under-test';
import { askThroughLink, linkBody, newMobile, textsTo } from './public-link-flow';

jest.setTimeout(120_000);

/**
 * The public link's abuse limits with their defaults (docs/adr/0024): 60 requests an hour per client
 * address and 5 codes a day per mobile, per tenant. Finding: 60 anonymous submissions in 7.7 s from one
 * address, each a case and an SMS to any number given. Each limit is probed on a tenant no other e2e file
 * asks through the link (awj: address, quwayiyah: mobile), since all requests here come from 127.0.0.1.
 */
describe('public link abuse limits', () => {
  const platform = PlatformUnderTest.current();
  const pool = new Pool({ connectionString: process.env.ATHAR_PG_URL ?? 'postgres://athar:athar@127.0.0.1:15432/athar' });
  afterAll(() => pool.end());

  const pendingIn = async (tenantId: string): Promise<number> =>
    Number(
      (await pool.query<{ n: string }>(`SELECT count(*) AS n FROM "${platform.instance}_public_link".pending_requests WHERE tenant_id = $1`, [tenantId]))
        .rows[0].n,
    );

  it('refuses the 61st request in an hour from one address (429, Retry-After, bilingual), with no code sent or request kept beyond the limit; a forged X-Forwarded-For does not dodge it', async () => {
    const started = Date.now();
    const statuses: number[] = [];
    for (let batch = 0; batch < 6; batch += 1) {
      statuses.push(
        ...(await Promise.all(Array.from({ length: 10 }, () => askThroughLink(platform, 'awj', linkBody('member-service')).then((r) => r.status)))),
      );
    }
    expect(statuses).toEqual(Array(60).fill(202));
    const accepted = Date.now() - started;

    const over = linkBody('member-service');
    const refused = await askThroughLink(platform, 'awj', over);
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(3000);
    expect(retryAfter).toBeLessThanOrEqual(3600);
    expect(await refused.json()).toMatchObject({
      statusCode: 429,
      code: 'public-link-limit-address',
      message: { ar: expect.stringContaining('دقيقة'), en: expect.stringContaining('min') },
    });

    // No proxy is trusted (ATHAR_TRUST_PROXY unset): whatever address a caller claims, it is counted as itself.
    const spoofed = linkBody('member-service');
    for (const forwarded of ['203.0.113.7', '198.51.100.23, 203.0.113.8', '10.1.2.3']) {
      expect(
        (await askThroughLink(platform, 'awj', spoofed, { 'x-forwarded-for': forwarded, 'x-real-ip': forwarded, forwarded: `for=${forwarded.split(',')[0]}` }))
          .status,
      ).toBe(429);
    }
    expect(await textsTo(platform, 'awj', over.applicant.mobile)).toEqual([]);
    expect(await textsTo(platform, 'awj', spoofed.applicant.mobile)).toEqual([]);
    expect(await pendingIn('awj')).toBe(60);
    // Another tenant's link is counted apart.
    expect((await askThroughLink(platform, 'environment-madinah', linkBody('programmes-and-activities'))).status).toBe(202);
    console.log(`public link: 60 requests accepted in ${accepted} ms, then refused`);
  });

  it('sends at most 5 codes a day to one mobile, whatever the ID on the request (SMS pumping)', async () => {
    const victim = newMobile();
    const statuses: number[] = [];
    for (let i = 0; i < 5; i += 1) statuses.push((await askThroughLink(platform, 'quwayiyah', linkBody('beneficiary-support', { mobile: victim }))).status);
    expect(statuses).toEqual([202, 202, 202, 202, 202]);
    const refused = await askThroughLink(platform, 'quwayiyah', linkBody('beneficiary-support', { mobile: victim }));
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(86_000);
    expect(await refused.json()).toMatchObject({ code: 'public-link-limit-mobile', message: { ar: expect.any(String), en: expect.any(String) } });
    expect(await textsTo(platform, 'quwayiyah', victim)).toHaveLength(5);
    // Another mobile from the same address is still served.
    expect((await askThroughLink(platform, 'quwayiyah', linkBody('beneficiary-support'))).status).toBe(202);
  });
});
