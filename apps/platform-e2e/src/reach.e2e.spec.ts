import { eventually, PlatformUnderTest } from './platform-under-test';

jest.setTimeout(60_000);

describe('reach of indirect beneficiaries (Tuwaiq 2-2)', () => {
  const platform = PlatformUnderTest.current();
  const contentItemId = `guide-${Date.now()}`;
  const post = async (token: string, body: unknown) =>
    fetch(`${platform.url('intake')}/reach`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const report = { contentItemId, serviceId: 'published-content', channel: 'social-media', count: 1200, periodStart: '2026-10-01T00:00:00Z', periodEnd: '2026-10-08T00:00:00Z' };

  it('sums reports per content item and channel, and keeps no personal data', async () => {
    const token = await platform.token('tuwaiq', ['empowerment-team']);
    expect((await post(token, report)).status).toBe(201);
    expect((await post(token, { ...report, count: 300, periodStart: '2026-10-08T00:00:00Z', periodEnd: '2026-10-15T00:00:00Z' })).status).toBe(201);
    expect((await post(token, { ...report, channel: 'website', count: 50 })).status).toBe(201);
    const { value } = await eventually(async () => {
      const body = (await (await fetch(`${platform.url('intake')}/reach?serviceId=published-content`, { headers: { authorization: `Bearer ${token}` } })).json()) as {
        items: Array<{ contentItemId: string; channel: string; total: number }>;
      };
      const mine = body.items.filter((i) => i.contentItemId === contentItemId);
      return mine.length === 2 && mine.some((i) => i.total === 1500) ? mine : undefined;
    });
    expect(value).toEqual([
      { contentItemId, channel: 'social-media', total: 1500 },
      { contentItemId, channel: 'website', total: 50 },
    ]);
  });

  it('refuses a direct-beneficiary service, and a tenant without indirect beneficiaries', async () => {
    const token = await platform.token('tuwaiq', ['empowerment-team']);
    expect((await post(token, { ...report, serviceId: 'job-seeker-training' })).status).toBe(422);
    expect((await post(await platform.token('awj', ['tenant-admin']), { ...report, serviceId: 'member-service', channel: 'website' })).status).toBe(422);
  });
});
