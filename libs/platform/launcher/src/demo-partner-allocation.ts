// The partner-allocation demo `npm start` seeds (Tuwaiq, distributing services to partner associations,
// clauses 1–5; ADRs 0037–0040): Tuwaiq allocates its job-seeker training programme to three partners —
// Awj and Quway'iyah applying from their own accounts (partner-applicant), and an outside body the
// empowerment team records — studies their needs, computes a round that closes within seconds, approves
// it, and puts an agreement for Awj's approved share in force (sent, signed by both sides). The agreement's
// term began four months ago, so its first quarter's impact report is past its due date and grace: the
// agreement's workflow escalates it, and the demo shows one report overdue.
// Everything goes through the public HTTP API with the roles' own tokens; a marker file makes it run once.
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

export const DEMO_ALLOCATING = 'tuwaiq';
/** Tuwaiq's training programme in its partner-allocation catalogue (apps/partner-allocation/policies/tuwaiq.partner-allocation.json). */
export const DEMO_SERVICE = 'job-seeker-training';
const FACTORS = ['scope-of-work', 'targeted-beneficiaries', 'infrastructure-readiness', 'fit-with-goals-and-plans'];

/** Where the demo runs: partner-allocation's base URL and a token for a role of a tenant (the local realm's at `npm start`, the test realm's in e2e). */
export interface PartnerAllocationDemoTarget {
  baseUrl: string;
  token(tenantId: string, roles: string[]): Promise<string>;
  /** The file that records the seeded demo: when it exists, nothing is called again. */
  marker: string;
  log?: (line: string) => void;
  /** How long to wait for the round's proposal and the agreement's read model (default 120 s). */
  timeoutMs?: number;
}

export interface PartnerAllocationDemo {
  seededAt: string;
  roundId: string;
  requests: Array<{ partner: string; partnerRequestId: string; share: number }>;
  agreement: { agreementId: string; partner: string; units: number; state: string };
  /** The agreement's first period, overdue (seedOverdueImpactReport). */
  /** Absent (null) in a demo recorded before the overdue report was seeded: the engines keep that record. */
  overdueImpactReport: OverdueImpactReport | null;
}

export interface OverdueImpactReport {
  reportId: string;
  /** The period's due date (YYYY-MM-DD). */
  period: string;
  status: 'overdue';
  overdueAt: string;
}

interface Partner {
  key: string;
  /** The tenant that applies from its own account, or the outside body Tuwaiq's empowerment team records. */
  applicant: { tenantId: string; roles: string[] };
  body: Record<string, unknown>;
  scores: number[];
}

const request = (patch: Record<string, unknown>) => ({
  serviceId: DEMO_SERVICE,
  objectives: ['تأهيل الباحثين عن عمل في المحافظة لسوق العمل', 'Prepare the governorate’s job seekers for work'],
  scopeOfWork: 'التدريب والتأهيل المهني وخدمة المجتمع في المحافظة',
  ...patch,
});

const PARTNERS: Partner[] = [
  {
    key: 'awj',
    applicant: { tenantId: 'awj', roles: ['partner-applicant'] },
    body: request({
      allocatingTenantId: DEMO_ALLOCATING,
      expectedBeneficiaries: 80,
      region: { regionId: 'qassim', governorateId: 'unaizah' },
      licenceNumber: '452',
      contact: { name: 'هدى الحربي', mobile: '0500000101', email: 'partners@awj.example' },
    }),
    scores: [4, 4, 3, 4],
  },
  {
    key: 'quwayiyah',
    applicant: { tenantId: 'quwayiyah', roles: ['partner-applicant'] },
    body: request({
      allocatingTenantId: DEMO_ALLOCATING,
      expectedBeneficiaries: 50,
      region: { regionId: 'riyadh', governorateId: 'al-quwayiyah' },
      licenceNumber: '318',
      contact: { name: 'فهد العتيبي', mobile: '0500000102', email: 'partners@quwayiyah.example' },
    }),
    scores: [5, 4, 4, 5],
  },
  {
    key: 'outside body',
    applicant: { tenantId: DEMO_ALLOCATING, roles: ['empowerment-team'] },
    body: request({
      outsideBody: { name: { ar: 'جمعية البر الخيرية بالخبر', en: 'Al-Birr Charity, Al-Khobar' } },
      expectedBeneficiaries: 40,
      region: { regionId: 'eastern', governorateId: 'al-khobar' },
      licenceNumber: '977',
      contact: { name: 'سالم الدوسري', mobile: '0500000103' },
    }),
    scores: [3, 3, 4, 3],
  },
];

/** The recorded demo, or null when none was seeded yet. */
export function readPartnerAllocationDemo(marker: string): PartnerAllocationDemo | null {
  if (!existsSync(marker)) return null;
  try {
    return JSON.parse(readFileSync(marker, 'utf8')) as PartnerAllocationDemo;
  } catch {
    return null;
  }
}

const umAlQura = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC' });
const hijriOf = (day: Date): string => {
  const parts = Object.fromEntries(umAlQura.formatToParts(day).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
};

/** Seeds the demo once: the marker's record when it exists, else every step through the API, recorded in the marker. */
export async function seedPartnerAllocationDemo(target: PartnerAllocationDemoTarget): Promise<PartnerAllocationDemo> {
  const recorded = readPartnerAllocationDemo(target.marker);
  if (recorded) return recorded;
  const log = target.log ?? (() => undefined);
  const timeoutMs = target.timeoutMs ?? 120_000;
  const call = async <T>(token: string, path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${target.baseUrl}${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (response.status >= 300) throw new Error(`partner-allocation demo: ${body === undefined ? 'GET' : 'POST'} ${path} answered ${response.status} ${text}`);
    return JSON.parse(text) as T;
  };
  const until = async <T>(what: string, probe: () => Promise<T | undefined>): Promise<T> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await probe();
      if (value !== undefined) return value;
      if (Date.now() > deadline) throw new Error(`partner-allocation demo: ${what} not reached in ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  };
  const staff = await target.token(DEMO_ALLOCATING, ['empowerment-team']);
  const director = await target.token(DEMO_ALLOCATING, ['executive-director']);

  // 1. The three requests, and their needs studies scored by the empowerment team.
  const ids: Record<string, string> = {};
  for (const partner of PARTNERS) {
    const token = await target.token(partner.applicant.tenantId, partner.applicant.roles);
    const { partnerRequestId } = await call<{ partnerRequestId: string }>(token, '/partner-requests', partner.body);
    const scores = FACTORS.map((factorId, i) => ({ factorId, score: partner.scores[i], evidence: [randomUUID()] }));
    await call(staff, `/partner-requests/${partnerRequestId}/needs-study`, { scores });
    ids[partner.key] = partnerRequestId;
  }
  // The round takes the studied requests of its service from the read model: wait until all three are there.
  await until('the three studied requests', async () => {
    const page = await call<{ items: Array<{ partnerRequestId: string }> }>(staff, `/partner-requests?stage=studied&serviceId=${DEMO_SERVICE}&limit=200`);
    const studied = new Set(page.items.map((i) => i.partnerRequestId));
    return Object.values(ids).every((id) => studied.has(id)) ? true : undefined;
  });

  // 2. A round of 120 seats that closes in a few seconds; its workflow computes the proposal; the executive director approves it.
  const { roundId } = await call<{ roundId: string }>(staff, '/allocation-rounds', {
    serviceId: DEMO_SERVICE,
    unit: 'seat',
    capacity: 120,
    opensAt: new Date(Date.now() - 1000).toISOString(),
    closesAt: new Date(Date.now() + 5000).toISOString(),
  });
  type Round = { status: string; proposal: { ranking: Array<{ partnerRequestId: string; share: number }> } | null };
  const proposed = await until('the round’s proposal', async () => {
    const round = await call<Round>(staff, `/allocation-rounds/${roundId}`);
    return round.status === 'proposed' ? round : undefined;
  });
  const today = new Date(Date.now() + 3 * 3_600_000); // the day in Riyadh (UTC+3), as the board dates its sessions
  await call(director, `/allocation-rounds/${roundId}/approval`, {
    session: 'الجلسة الثالثة لمجلس الإدارة / 3rd board session',
    gregorianDate: today.toISOString().slice(0, 10),
    hijriDate: hijriOf(today),
  });
  const shareOf = (key: string) => proposed.proposal!.ranking.find((r) => r.partnerRequestId === ids[key])?.share ?? 0;
  const requests = PARTNERS.map((p) => ({ partner: p.key, partnerRequestId: ids[p.key]!, share: shareOf(p.key) }));
  log(`round ${roundId} approved: ${requests.map((r) => `${r.partner} ${r.share} seats`).join(', ')}`);

  // 3. Awj's agreement for its approved share: drafted, sent, signed by Awj from its own account, then by Tuwaiq's director.
  // Its term began four months ago (Riyadh calendar): the first quarter's report was due 15 days after the quarter and
  // is past its 7 days' grace; the second quarter's is not due yet (tuwaiq.partner-allocation.json's reporting).
  const awjShare = shareOf('awj');
  const startsOn = monthsBefore(new Date(), 4);
  const { agreementId } = await call<{ agreementId: string }>(staff, '/partner-agreements', {
    partnerRequestId: ids.awj,
    roundId,
    allocation: { units: awjShare, unit: 'seats' },
    startsOn,
  });
  await call(staff, `/partner-agreements/${agreementId}/sending`, {});
  await call(await target.token('awj', ['partner-applicant']), `/partner-agreements/${agreementId}/signatures`, {
    name: 'نورة القحطاني',
    capacity: 'رئيسة مجلس الإدارة / Chair of the board',
    allocatingTenantId: DEMO_ALLOCATING,
  });
  const signed = await call<{ state: string }>(director, `/partner-agreements/${agreementId}/signatures`, {
    name: 'عبدالله السبيعي',
    capacity: 'المدير التنفيذي / Executive director',
  });
  const demo: PartnerAllocationDemo = {
    seededAt: new Date().toISOString(),
    roundId,
    requests,
    agreement: { agreementId, partner: 'awj', units: awjShare, state: signed.state },
    overdueImpactReport: await seedOverdueImpactReport({ ...target, timeoutMs }, agreementId),
  };
  writeFileSync(target.marker, JSON.stringify(demo, null, 2));
  return demo;
}

/** The Riyadh calendar day `months` months before `now` (YYYY-MM-DD). */
export function monthsBefore(now: Date, months: number): string {
  const riyadh = new Date(now.getTime() + 3 * 3600_000);
  return new Date(Date.UTC(riyadh.getUTCFullYear(), riyadh.getUTCMonth() - months, riyadh.getUTCDate())).toISOString().slice(0, 10);
}

/**
 * The fourth item of the demo: one impact report overdue on the agreement (Tuwaiq, partner allocation 5;
 * docs/adr/0040). The agreement's term began in the past, so its workflow — not the demo — escalates the
 * first period at once; this waits until the empowerment team's queue shows that period overdue.
 */
export async function seedOverdueImpactReport(target: PartnerAllocationDemoTarget, agreementId: string): Promise<OverdueImpactReport> {
  const staff = await target.token(DEMO_ALLOCATING, ['empowerment-team']);
  const timeoutMs = target.timeoutMs ?? 120_000;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const response = await fetch(`${target.baseUrl}/impact-reports?agreementId=${agreementId}&status=overdue`, {
      headers: { authorization: `Bearer ${staff}` },
    });
    if (response.status >= 300) throw new Error(`partner-allocation demo: GET /impact-reports answered ${response.status} ${await response.text()}`);
    const page = (await response.json()) as { items: Array<{ reportId: string; period: string; status: string; overdueAt: string }> };
    const overdue = page.items[0];
    if (overdue) {
      target.log?.(`impact report ${overdue.reportId} for the period due ${overdue.period}: overdue`);
      return { reportId: overdue.reportId, period: overdue.period, status: 'overdue', overdueAt: overdue.overdueAt };
    }
    if (Date.now() > deadline) throw new Error(`partner-allocation demo: the overdue impact report not reached in ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** The lines `npm start` prints about the demo. */
export function describePartnerAllocationDemo(demo: PartnerAllocationDemo): string[] {
  return [
    `Partner allocation (tuwaiq, ${DEMO_SERVICE}): round ${demo.roundId} approved — ${demo.requests.map((r) => `${r.partner} ${r.share} seats`).join(', ')}`,
    `Agreement ${demo.agreement.agreementId} with ${demo.agreement.partner} for ${demo.agreement.units} seats: ${demo.agreement.state}`,
    ...(demo.overdueImpactReport
      ? [`Impact report for the period due ${demo.overdueImpactReport.period}: overdue (the empowerment team's report queue, overdue first)`]
      : []),
    `Try:       curl -sS -H "Authorization: Bearer $(npm run -s token -- --tenant tuwaiq --role empowerment-team)" http://127.0.0.1:3004/partner-agreements/${demo.agreement.agreementId}`,
  ];
}
