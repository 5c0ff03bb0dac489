import { eventually, PlatformUnderTest } from './platform-under-test';

jest.setTimeout(60_000);

describe('reach of indirect beneficiaries (Tuwaiq 2-2)', () => {
  const platform = PlatformUnderTest.current();
  const contentItemId = `guide-${Date.now()}`;
  const post = async (token: string, body: unknown, path = '/reach') =>
    fetch(`${platform.url('intake')}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  interface ReachItem {
    contentItemId: string;
    channel: string;
    total: number;
    corrected: boolean;
    figures: Array<{
      periodStart: string;
      count: number;
      recordedBy: string;
      corrections: Array<{ from: number; to: number; reason: string | null; by: string; at: string }>;
    }>;
  }
  const reportFor = async (token: string, item: string): Promise<ReachItem[]> =>
    (
      (await (await fetch(`${platform.url('intake')}/reach?serviceId=published-content`, { headers: { authorization: `Bearer ${token}` } })).json()) as {
        items: ReachItem[];
      }
    ).items.filter((i) => i.contentItemId === item);
  const report = {
    contentItemId,
    serviceId: 'published-content',
    channel: 'social-media',
    count: 1200,
    periodStart: '2026-10-01T00:00:00Z',
    periodEnd: '2026-10-08T00:00:00Z',
  };

  it('sums reports per content item and channel, and keeps no personal data', async () => {
    const token = await platform.token('tuwaiq', ['empowerment-team']);
    expect((await post(token, report)).status).toBe(201);
    expect((await post(token, { ...report, count: 300, periodStart: '2026-10-08T00:00:00Z', periodEnd: '2026-10-15T00:00:00Z' })).status).toBe(201);
    expect((await post(token, { ...report, channel: 'website', count: 50 })).status).toBe(201);
    const { value } = await eventually(async () => {
      const mine = await reportFor(token, contentItemId);
      return mine.length === 2 && mine.some((i) => i.total === 1500) ? mine : undefined;
    });
    expect(value.map(({ contentItemId: item, channel, total, corrected }) => ({ contentItemId: item, channel, total, corrected }))).toEqual([
      { contentItemId, channel: 'social-media', total: 1500, corrected: false },
      { contentItemId, channel: 'website', total: 50, corrected: false },
    ]);
  });

  it('refuses the same item, channel and period recorded twice (409 pointing to the correction); a correction replaces the figure, and the report shows it corrected, by whom, why and when', async () => {
    const team = await platform.token('tuwaiq', ['empowerment-team']);
    const item = `guide-twice-${Date.now()}`;
    const figure = { ...report, contentItemId: item, count: 1250 };
    expect((await post(team, figure)).status).toBe(201);
    const again = await post(team, figure);
    expect(again.status).toBe(409);
    expect(again.headers.get('link')).toBe('</reach/corrections>; rel="edit"');
    const refusal = (await again.json()) as { code: string; message: { ar: string; en: string } };
    expect(refusal.code).toBe('reach-already-recorded');
    expect(refusal.message.en).toContain('POST /reach/corrections');
    expect(refusal.message.ar).toContain('POST /reach/corrections');

    const key = { channel: figure.channel, periodStart: figure.periodStart, periodEnd: figure.periodEnd };
    const noReason = await post(team, { contentItemId: item, ...key, count: 1100, reason: 'bots' }, '/reach/corrections');
    expect(noReason.status).toBe(422);
    expect(((await noReason.json()) as { fields: Array<{ field: string }> }).fields.map((f) => f.field)).toEqual(['reason']);
    expect(
      (await post(team, { contentItemId: `${item}-none`, ...key, count: 1100, reason: 'the platform report counted bots' }, '/reach/corrections')).status,
    ).toBe(404);
    const corrected = await post(team, { contentItemId: item, ...key, count: 1100, reason: 'the platform report counted bots' }, '/reach/corrections');
    expect(corrected.status).toBe(201);
    expect(await corrected.json()).toMatchObject({ count: 1100, previousCount: 1250, reason: 'the platform report counted bots' });

    const { value } = await eventually(async () => {
      const mine = await reportFor(team, item);
      return mine.length === 1 && mine[0].corrected ? mine[0] : undefined;
    });
    expect(value).toMatchObject({ channel: 'social-media', total: 1100, corrected: true });
    expect(value.figures).toHaveLength(1);
    expect(value.figures[0]).toMatchObject({
      count: 1100,
      corrections: [{ from: 1250, to: 1100, reason: 'the platform report counted bots', by: expect.any(String), at: expect.any(String) }],
    });
  });

  it('refuses a direct-beneficiary service, and a tenant without indirect beneficiaries', async () => {
    const token = await platform.token('tuwaiq', ['empowerment-team']);
    expect((await post(token, { ...report, serviceId: 'job-seeker-training' })).status).toBe(422);
    expect((await post(await platform.token('awj', ['tenant-admin']), { ...report, serviceId: 'member-service', channel: 'website' })).status).toBe(422);
  });
});
