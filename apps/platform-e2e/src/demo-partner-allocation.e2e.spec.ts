import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'pg';
import type { LoopbackMailbox, RunningService } from '@athar/launcher';
import { describePartnerAllocationDemo, readPartnerAllocationDemo, seedPartnerAllocationDemo, type PartnerAllocationDemo } from '@athar/launcher';
import { eventually, PlatformUnderTest } from './platform-under-test';
import type { LoopbackTraceReceiver } from './loopback-traces';

jest.setTimeout(600_000);

/**
 * The partner-allocation demo `npm start` seeds (libs/platform/launcher/src/demo-partner-allocation.ts), run as it is
 * against a real platform with the test realm's tokens. It runs on a platform of its own: its round
 * approves shares for Awj and Quway'iyah, which would make them "served before" in the allocation-rounds
 * spec's ranking on the shared e2e platform, and the shared platform's studied requests would enter its round.
 */
describe('npm start’s partner-allocation demo (Tuwaiq, partner allocation 1–5)', () => {
  let own: { platform: PlatformUnderTest; services: RunningService[]; mailbox: LoopbackMailbox; traces: LoopbackTraceReceiver };
  let pool: Pool;
  const dir = mkdtempSync(join(tmpdir(), 'athar-demo-pa-'));
  const marker = join(dir, 'demo-partner-allocation-seeded');
  let demo: PartnerAllocationDemo;

  beforeAll(async () => {
    // PlatformUnderTest.start() points the process at the platform it starts; the other e2e files keep the shared one.
    const shared = process.env.ATHAR_E2E_STATE;
    try {
      own = await PlatformUnderTest.start();
    } finally {
      process.env.ATHAR_E2E_STATE = shared;
    }
    pool = new Pool({ connectionString: process.env.ATHAR_PG_URL ?? 'postgres://athar:athar@127.0.0.1:15432/athar' });
  });
  afterAll(async () => {
    await pool?.end();
    if (own) await PlatformUnderTest.stop(own.services, own.platform, own.mailbox, own.traces);
    rmSync(dir, { recursive: true, force: true });
  });

  const target = () => ({
    baseUrl: own.platform.url('partner-allocation'),
    token: (tenantId: string, roles: string[]) => own.platform.token(tenantId, roles as Parameters<PlatformUnderTest['token']>[1]),
    marker,
  });
  const get = async <T>(path: string, tenantId: string, role: string): Promise<T> => {
    const response = await fetch(`${own.platform.url('partner-allocation')}${path}`, {
      headers: { authorization: `Bearer ${await own.platform.token(tenantId, [role as never])}` },
    });
    expect(response.status).toBe(200);
    return (await response.json()) as T;
  };
  const eventCount = async () => (await pool.query<{ n: string }>(`SELECT count(*) AS n FROM "${own.platform.instance}_events".events`)).rows[0]!.n;

  it('seeds three partners with their studies, one approved round and an agreement in force for Awj’s share', async () => {
    demo = await seedPartnerAllocationDemo(target());
    expect(readPartnerAllocationDemo(marker)).toEqual(demo);
    expect(demo.requests.map((r) => r.partner)).toEqual(['awj', 'quwayiyah', 'outside body']);
    expect(demo.requests.every((r) => r.share > 0)).toBe(true);
    expect(demo.requests.reduce((sum, r) => sum + r.share, 0)).toBe(120);

    const round = await get<{
      status: string;
      approval: { hijriDate: string } | null;
      proposal: { ranking: Array<{ partnerRequestId: string; share: number; partner: { kind: string; tenantId: string | null } }> };
    }>(`/allocation-rounds/${demo.roundId}`, 'tuwaiq', 'empowerment-team');
    expect(round.status).toBe('approved');
    expect(round.approval?.hijriDate).toMatch(/^14\d\d-\d\d-\d\d$/);
    expect(round.proposal.ranking.map((r) => [r.partnerRequestId, r.share]).sort()).toEqual(demo.requests.map((r) => [r.partnerRequestId, r.share]).sort());
    expect(round.proposal.ranking.map((r) => r.partner.tenantId).sort()).toEqual(['awj', 'quwayiyah', null].sort());

    const awj = demo.requests.find((r) => r.partner === 'awj')!;
    const agreement = await get<{ state: string; partnerRequestId: string; allocation: { units: number; unit: string }; signatures: Record<string, unknown> }>(
      `/partner-agreements/${demo.agreement.agreementId}`,
      'tuwaiq',
      'executive-director',
    );
    expect(agreement).toMatchObject({ state: 'in-force', partnerRequestId: awj.partnerRequestId, allocation: { units: awj.share, unit: 'seats' } });
    expect(agreement.signatures.allocator && agreement.signatures.partner).toBeTruthy();
    // Awj sees it in force from its own account.
    await eventually(async () => {
      const mine = await get<{ items: Array<{ agreementId: string; state: string }> }>('/partner-agreements/mine', 'awj', 'partner-applicant');
      return mine.items.some((a) => a.agreementId === demo.agreement.agreementId && a.state === 'in-force') ? true : undefined;
    });
  });

  it('leaves one impact report overdue: the first quarter, escalated by the agreement’s workflow, first in the queue; the next not yet due', async () => {
    type Report = { reportId: string; agreementId: string; period: string; status: string; escalatedAt: string | null };
    const agreement = await get<{ reportsDue: string[] }>(`/partner-agreements/${demo.agreement.agreementId}`, 'tuwaiq', 'empowerment-team');
    expect(demo.overdueImpactReport).toMatchObject({ period: agreement.reportsDue[0], status: 'overdue' });
    expect(Date.parse(demo.overdueImpactReport!.overdueAt)).toBeLessThan(Date.now());
    const { value: reports } = await eventually(async () => {
      const page = await get<{ items: Report[] }>(`/impact-reports?agreementId=${demo.agreement.agreementId}`, 'tuwaiq', 'empowerment-team');
      return page.items.length === agreement.reportsDue.length && page.items[0]?.escalatedAt ? page.items : undefined;
    });
    expect(reports.map((r) => r.status)).toEqual(['overdue', 'due', 'due', 'due']);
    expect(reports[0]).toMatchObject({ reportId: demo.overdueImpactReport!.reportId, period: agreement.reportsDue[0] });
    // The empowerment team's queue of overdue reports lists it; Awj sees it overdue from its own account.
    const queue = await get<{ items: Report[] }>('/impact-reports?status=overdue', 'tuwaiq', 'empowerment-team');
    expect(queue.items.map((r) => r.reportId)).toEqual([demo.overdueImpactReport!.reportId]);
    const mine = await get<{ items: Report[] }>(`/impact-reports/mine?agreementId=${demo.agreement.agreementId}`, 'awj', 'partner-applicant');
    expect(mine.items.find((r) => r.reportId === demo.overdueImpactReport!.reportId)?.status).toBe('overdue');
    expect(describePartnerAllocationDemo(demo)).toContain(
      `Impact report for the period due ${agreement.reportsDue[0]}: overdue (the empowerment team's report queue, overdue first)`,
    );
  });

  it('run again (a second npm start), it changes nothing', async () => {
    // Let the first run's reactors and workflows settle (notifications, the agreement's timeline), then compare.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const before = await eventCount();
    expect(await seedPartnerAllocationDemo(target())).toEqual(demo);
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(await eventCount()).toBe(before);
    const rounds = await get<{ items: Array<{ roundId: string }> }>('/allocation-rounds', 'tuwaiq', 'empowerment-team');
    expect(rounds.items.map((r) => r.roundId)).toEqual([demo.roundId]);
    const agreements = await get<{ items: Array<{ agreementId: string }> }>('/partner-agreements', 'tuwaiq', 'empowerment-team');
    expect(agreements.items.map((a) => a.agreementId)).toEqual([demo.agreement.agreementId]);
  });
});
