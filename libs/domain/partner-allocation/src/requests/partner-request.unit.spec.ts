import { DomainError, type RecordedEventOf } from '@athar/contracts';
import {
  evolvePartnerRequest,
  initialPartnerRequestState,
  submitPartnerRequest,
  type PartnerAllocationPolicy,
  type PartnerRequestInput,
  type PartnerRequestState,
} from './partner-request';
import { SAUDI_REGIONS } from './saudi-regions';

const policy: PartnerAllocationPolicy = {
  tenantId: 'tuwaiq',
  services: [{ serviceId: 'partner-association-services', name: { ar: 'خدمات', en: 'Services' } }],
  needsStudy: { windowDays: 14, remindAtPercents: [50, 80], factors: [] },
};
const now = new Date('2026-03-01T08:00:00Z');
const input = (patch: Partial<PartnerRequestInput> = {}): PartnerRequestInput => ({
  partnerRequestId: 'r-1',
  partner: { kind: 'tenant', tenantId: 'awj', name: { ar: 'أوج', en: 'Awj' } },
  serviceId: 'partner-association-services',
  expectedBeneficiaries: 120,
  objectives: ['تأهيل 120 باحثاً عن عمل', 'Train trainers'],
  region: { regionId: 'qassim', governorateId: 'unaizah' },
  licenceNumber: '٤٥٢',
  scopeOfWork: 'Training, development and consulting for members in Al-Qassim',
  contact: { name: 'Huda', mobile: '0551234567', email: 'Huda@Awj.example' },
  submittedBy: { tenantId: 'awj', userId: 'u-1', role: 'partner-applicant' },
  ...patch,
});

/** The field problems a refusal names, or a failure when it was not refused as invalid. */
function refusal(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError && error.kind === 'invalid') return error.fields.map((f) => f.field);
    throw error;
  }
  throw new Error('not refused');
}

describe('submitPartnerRequest (Tuwaiq, partner allocation 1)', () => {
  it('records a complete request with normalised licence, mobile and email, and the study deadline from the policy window', () => {
    const submitted = submitPartnerRequest(initialPartnerRequestState, 'tuwaiq', policy, input(), now);
    expect(submitted).toMatchObject({
      partnerRequestId: 'r-1',
      licenceNumber: '452',
      contact: { name: 'Huda', mobile: '+966551234567', email: 'huda@awj.example' },
      submittedAt: '2026-03-01T08:00:00.000Z',
      studyDeadline: '2026-03-15T08:00:00.000Z',
    });
  });

  it('refuses when the allocating association distributes nothing to partners', () => {
    expect(refusal(() => submitPartnerRequest(initialPartnerRequestState, 'awj', null, input(), now))).toEqual(['allocatingTenantId']);
  });

  it('refuses an association applying to itself', () => {
    const self = input({ partner: { kind: 'tenant', tenantId: 'tuwaiq', name: { ar: 'طويق', en: 'Tuwaiq' } } });
    expect(refusal(() => submitPartnerRequest(initialPartnerRequestState, 'tuwaiq', policy, self, now))).toEqual(['allocatingTenantId']);
  });

  it.each([
    ['a service outside the catalogue', { serviceId: 'job-seeker-training' }, ['serviceId']],
    ['an unknown region', { region: { regionId: 'atlantis', governorateId: 'unaizah' } }, ['region.regionId']],
    ['a governorate of another region', { region: { regionId: 'eastern', governorateId: 'unaizah' } }, ['region.governorateId']],
    ['a licence with a leading zero', { licenceNumber: '0452' }, ['licenceNumber']],
    ['a licence of 7 digits', { licenceNumber: '1234567' }, ['licenceNumber']],
    ['a licence with letters', { licenceNumber: 'NCNP-12' }, ['licenceNumber']],
    ['a landline', { contact: { name: 'Huda', mobile: '0112345678' } }, ['contact.mobile']],
    ['a repeated objective', { objectives: ['Train trainers', ' Train trainers'] }, ['objectives.1']],
    ['an objective of two letters', { objectives: ['ab'] }, ['objectives.0']],
    ['a zero-width space in the scope', { scopeOfWork: 'Training\u200b and development for members' }, ['scopeOfWork']],
    ['a right-to-left override in the contact name', { contact: { name: 'Huda\u202e', mobile: '0551234567' } }, ['contact.name']],
    ['a scope of work too short to study', { scopeOfWork: 'Training' }, ['scopeOfWork']],
    [
      'an outside body with a control character in its name',
      { partner: { kind: 'outside' as const, name: { ar: 'جمعية\u0007', en: 'Body' } } },
      ['partner.name.ar'],
    ],
  ])('refuses %s, naming the field', (_name, patch, fields) => {
    expect(refusal(() => submitPartnerRequest(initialPartnerRequestState, 'tuwaiq', policy, input(patch as Partial<PartnerRequestInput>), now))).toEqual(
      fields,
    );
  });

  it('names every problem at once', () => {
    const bad = input({ serviceId: 'nope', licenceNumber: 'x', region: { regionId: 'riyadh', governorateId: 'jeddah' } });
    expect(refusal(() => submitPartnerRequest(initialPartnerRequestState, 'tuwaiq', policy, bad, now))).toEqual([
      'serviceId',
      'region.governorateId',
      'licenceNumber',
    ]);
  });

  it('refuses a second submission on the same stream (conflict)', () => {
    const submitted = submitPartnerRequest(initialPartnerRequestState, 'tuwaiq', policy, input(), now);
    const state = evolvePartnerRequest(initialPartnerRequestState, {
      type: 'PartnerRequestSubmitted',
      data: submitted,
    } as RecordedEventOf<'PartnerRequestSubmitted'>);
    expect(() => submitPartnerRequest(state as PartnerRequestState, 'tuwaiq', policy, input(), now)).toThrow(expect.objectContaining({ kind: 'conflict' }));
  });
});

describe('SAUDI_REGIONS', () => {
  it('lists the thirteen administrative regions, with unique governorate ids inside each', () => {
    expect(SAUDI_REGIONS).toHaveLength(13);
    for (const region of SAUDI_REGIONS) expect(new Set(region.governorates.map((g) => g.id)).size).toBe(region.governorates.length);
  });
});
