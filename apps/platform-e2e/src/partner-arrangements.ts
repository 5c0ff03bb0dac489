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
