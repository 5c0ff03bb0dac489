import { DomainError, type ReferralReceivedV1 } from '@athar/contracts';
import {
  decideReferral,
  evolveIncomingReferral,
  evolveOutgoingReferral,
  initialIncomingReferralState,
  initialOutgoingReferralState,
  receiveReferral,
  receiveReferralOutcome,
  referApplication,
  referralDecisionMessage,
  referralNoticeMessage,
  type ReferApplication,
} from './referrals';

const command: ReferApplication = {
  referralId: 'r-1',
  fromTenantId: 'tuwaiq',
  target: { kind: 'tenant', tenantId: 'awj' },
  requestedService: 'دعم مالي',
  reason: 'الخدمة ليست من اختصاص جمعية طويق',
  applicant: { fullName: 'سارة', mobile: '+966512345678', nationalId: '1000000008' },
  consentedFields: ['fullName', 'mobile'],
};
const now = new Date('2026-11-22T07:00:00Z');
const tenants = ['tuwaiq', 'awj'];

describe('referApplication (Tuwaiq 5-10: refer out-of-scope requests to the competent association)', () => {
  it('sends only the fields the applicant consented to share', () => {
    const referral = referApplication(command, tenants, now);
    expect(referral.sharedData).toEqual({ fullName: 'سارة', mobile: '+966512345678' });
    expect(JSON.stringify(referral)).not.toContain('1000000008');
  });

  it('records an external body as it is', () => {
    expect(referApplication({ ...command, target: { kind: 'external', name: 'جمعية البر' } }, tenants, now).target).toEqual({
      kind: 'external',
      name: 'جمعية البر',
    });
  });

  it.each([
    ['to itself', { ...command, target: { kind: 'tenant' as const, tenantId: 'tuwaiq' } }],
    ['to a tenant not on the platform', { ...command, target: { kind: 'tenant' as const, tenantId: 'ghost' } }],
  ])('refuses a referral %s', (_name, given) => {
    expect(() => referApplication(given, tenants, now)).toThrow(DomainError);
  });

  it('lets the receiving association decide once', () => {
    const received: ReferralReceivedV1 = {
      referralId: 'r-1',
      fromTenantId: 'tuwaiq',
      fromTenantName: { ar: 'جمعية طويق', en: 'Tuwaiq Association' },
      requestedService: 'x',
      reason: 'y',
      sharedData: {},
      receivedAt: now.toISOString(),
    };
    const state = evolveIncomingReferral(initialIncomingReferralState, { type: 'ReferralReceived', data: received });
    const decided = decideReferral(state, 'r-1', 'declined', ' لا تتوفر سعة ', now);
    expect(decided).toEqual({
      referralId: 'r-1',
      fromTenantId: 'tuwaiq',
      decision: 'declined',
      reason: 'لا تتوفر سعة',
      decidedAt: now.toISOString(),
    });
    const after = evolveIncomingReferral(state, { type: 'ReferralDecided', data: decided });
    expect(() => decideReferral(after, 'r-1', 'accepted', 'x', now)).toThrow(expect.objectContaining({ kind: 'conflict' }) as DomainError);
  });

  it('decides nothing on a referral never received', () => {
    expect(() => decideReferral(initialIncomingReferralState, 'r-1', 'accepted', 'x', now)).toThrow(
      expect.objectContaining({ kind: 'not-found' }) as DomainError,
    );
  });

  it('receives a referral, and its outcome, once', () => {
    const received = {
      referralId: 'r-1',
      fromTenantId: 'tuwaiq',
      fromTenantName: { ar: 'أ', en: 'A' },
      requestedService: 'x',
      reason: 'y',
      sharedData: {},
      receivedAt: now.toISOString(),
    };
    expect(receiveReferral(initialIncomingReferralState, received)).toEqual([received]);
    expect(receiveReferral(evolveIncomingReferral(initialIncomingReferralState, { type: 'ReferralReceived', data: received }), received)).toEqual([]);
    const outcome = { referralId: 'r-1', decision: 'accepted' as const, reason: 'x', decidedAt: now.toISOString() };
    expect(receiveReferralOutcome(initialOutgoingReferralState, outcome)).toEqual([outcome]);
    expect(receiveReferralOutcome(evolveOutgoingReferral(initialOutgoingReferralState, { type: 'ReferralOutcomeReceived', data: outcome }), outcome)).toEqual(
      [],
    );
  });
});

describe('what the referred applicant is told (Tuwaiq 5-10)', () => {
  const awj = { ar: 'جمعية أوج', en: 'Awj Association' };

  it('keeps the applicant mobile to tell them, whatever they consented to share', () => {
    const referral = referApplication({ ...command, consentedFields: [] }, tenants, now);
    expect(referral.sharedData).toEqual({});
    expect(referral.contact).toEqual({ mobile: '+966512345678' });
  });

  it('names the receiving association in Arabic with English beside it, and then its decision and reason', () => {
    const notice = referralNoticeMessage({ ar: 'جمعية طويق', en: 'Tuwaiq' }, awj, 'استشارة');
    expect(notice.body.ar).toContain('جمعية أوج (Awj Association)');
    expect(notice.body.en).toContain('Awj Association');
    const declined = referralDecisionMessage(awj, 'declined', 'لا تتوفر سعة');
    expect(declined.body.ar).toContain('اعتذرت جمعية أوج (Awj Association)');
    expect(declined.body.ar).toContain('لا تتوفر سعة');
    expect(referralDecisionMessage(awj, 'accepted', 'نستقبل').body.en).toContain('Awj Association accepted');
  });
});
