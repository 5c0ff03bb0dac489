import { randomUUID } from 'node:crypto';

// The partner-request e2e journeys' arrangements (Tuwaiq allocating to Awj, Quway'iyah and outside
// bodies), shared by the partner-requests and allocation-rounds specs.

/** The allocating association (Tuwaiq's partner-allocation clauses), a partner tenant (Awj), another partner (Quway'iyah), a stranger (Madinah). */
export const ALLOCATING = 'tuwaiq';
export const PARTNER = 'awj';
export const OTHER_PARTNER = 'quwayiyah';
export const STRANGER = 'environment-madinah';
export const SERVICE = 'partner-association-services';
export const FACTORS = ['scope-of-work', 'targeted-beneficiaries', 'infrastructure-readiness', 'fit-with-goals-and-plans'];

export const mobile = () => `05${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
export const requestBody = (patch: Record<string, unknown> = {}) => ({
  allocatingTenantId: ALLOCATING,
  serviceId: SERVICE,
  expectedBeneficiaries: 120,
  objectives: ['تأهيل 120 من الباحثين عن عمل في عنيزة', 'Train ten trainers of trainers'],
  region: { regionId: 'qassim', governorateId: 'unaizah' },
  licenceNumber: '452',
  scopeOfWork: 'التدريب والتطوير والاستشارات لأعضاء الجمعية في منطقة القصيم',
  contact: { name: 'هدى الحربي', mobile: mobile(), email: `partners-${randomUUID().slice(0, 8)}@awj.example` },
  ...patch,
});
export const studyBody = (patch: Array<Record<string, unknown>> = []) => ({
  scores: FACTORS.map((factorId, i) => ({ factorId, score: 4 - (i % 2), evidence: [randomUUID()], ...(patch[i] ?? {}) })),
});

const umAlQura = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC' });
/** Now, shifted to Riyadh (UTC+3): its UTC date is the day in Riyadh, as the board dates its sessions. */
export const riyadhNow = (): Date => new Date(Date.now() + 3 * 3_600_000);

/** The Umm al-Qura date of a day, as the round's approval records it (YYYY-MM-DD). */
export const hijri = (day: Date): string => {
  const parts = Object.fromEntries(umAlQura.formatToParts(day).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
};

/**
 * An approved round in which the request has a share (an agreement carries the approved round's share,
 * Tuwaiq partner allocation 3–4; docs/adr/0039): rounds of ample capacity closing in seconds are set up,
 * computed and approved until one gives the request its share (a partner's later request for the same
 * service waits for a round after its earlier one). Every studied request of the service on the platform
 * enters these rounds: callers use the share the round gave, not a figure of their own.
 */
export async function approvedShareOf(
  baseUrl: string,
  tokens: { staff: string; director: string },
  serviceId: string,
  partnerRequestId: string,
  shape: { unit: 'seat' | 'session' | 'halala'; capacity: number; unitsPerBeneficiary?: number } = { unit: 'seat', capacity: 100_000 },
): Promise<{ roundId: string; share: number }> {
  const call = async (path: string, token: string, body?: unknown): Promise<Record<string, unknown>> => {
    const response = await fetch(`${baseUrl}${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (response.status >= 300) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as Record<string, unknown>;
  };
  for (let attempt = 0; attempt < 4; attempt += 1) {
    const { roundId } = (await call('/allocation-rounds', tokens.staff, {
      serviceId,
      ...shape,
      opensAt: new Date(Date.now() - 1000).toISOString(),
      closesAt: new Date(Date.now() + 4000).toISOString(),
    })) as { roundId: string };
    let round: { status: string; proposal: { ranking: Array<{ partnerRequestId: string; share: number }> } | null } | undefined;
    for (let waited = 0; waited < 120_000 && round?.status !== 'proposed'; waited += 500) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      round = (await call(`/allocation-rounds/${roundId}`, tokens.staff)) as typeof round;
    }
    if (round?.status !== 'proposed') throw new Error(`round ${roundId} was not proposed in time`);
    const today = riyadhNow();
    await call(`/allocation-rounds/${roundId}/approval`, tokens.director, {
      session: 'جلسة مجلس الإدارة',
      gregorianDate: today.toISOString().slice(0, 10),
      hijriDate: hijri(today),
    });
    const share = round.proposal!.ranking.find((r) => r.partnerRequestId === partnerRequestId)?.share ?? 0;
    if (share > 0) return { roundId, share };
  }
  throw new Error(`no approved round gave ${partnerRequestId} a share`);
}
