import { ERASED, type EligibilityOverriddenV1 } from '@athar/contracts';
import { loadTenantPolicies, TenantRegistry } from '@athar/tenancy';
import { acknowledgement, goesToCommittee, overrideMessage, policyReviewMessage } from './applicant-messages';
import { replyRoute } from './reply-route';

const tenants = new TenantRegistry(loadTenantPolicies());
const madinah = tenants.get('environment-madinah');
const awj = tenants.get('awj');
const mobile = '+966512345678';
const email = 'sara@example.org';

describe('where the applicant is answered (docs/adr/0025)', () => {
  it('answers a request that came by email by email, where the tenant offers email', () => {
    expect(replyRoute(madinah, 'email', { mobile, email, preferredChannel: 'sms' }, true)).toEqual({ channel: 'email', to: email });
  });

  it('otherwise by the preferred channel when the tenant offers it', () => {
    expect(replyRoute(madinah, 'visit', { mobile, email, preferredChannel: 'email' }, true)).toEqual({ channel: 'email', to: email });
    expect(replyRoute(madinah, 'visit', { mobile, email, preferredChannel: 'sms' }, true)).toEqual({ channel: 'sms', to: mobile });
  });

  it('falls back to SMS where the tenant has no email channel, no SMTP server is configured, or the email was erased', () => {
    expect(replyRoute(awj, 'website', { mobile, email, preferredChannel: 'email' }, true)).toEqual({ channel: 'sms', to: mobile });
    expect(replyRoute(madinah, 'email', { mobile, email, preferredChannel: 'email' }, false)).toEqual({ channel: 'sms', to: mobile });
    expect(replyRoute(madinah, 'email', { mobile, email: ERASED, preferredChannel: 'email' }, true)).toEqual({ channel: 'sms', to: mobile });
    expect(replyRoute(madinah, 'email', { mobile: ERASED, email: ERASED, preferredChannel: 'email' }, true)).toBeNull();
  });
});

describe('what the applicant is told', () => {
  it('acknowledges receipt without promising a committee: eligibility has not spoken yet', () => {
    const { body } = acknowledgement('ENV-1448-000001');
    expect(body.ar).toContain('ENV-1448-000001');
    expect(`${body.ar} ${body.en}`).not.toMatch(/لجنة|committee/i);
  });

  it('names the committee and the answer date once the request qualifies (common step 5)', () => {
    const { body } = goesToCommittee(madinah, 'ENV-1448-000001', '2026-12-15T09:00:00Z');
    expect(body.ar).toContain(madinah.committee.name.ar);
    expect(body.en).toContain('15 December 2026');
  });

  it("tells an override's decision and reason either way", () => {
    const overridden: EligibilityOverriddenV1 = {
      caseId: 'c',
      serviceId: 's',
      from: 'not-eligible',
      to: 'eligible',
      reason: 'شهادة الضمان سارية',
      overriddenBy: 'researcher-1',
      overriddenAt: '2026-01-02T00:00:00.000Z',
      submittedAt: '2026-01-01T00:00:00.000Z',
      reviewWindow: { days: 14, counting: 'calendar' },
    };
    expect(overrideMessage('TWQ-1448-000002', overridden).body.ar).toMatch(/مستوفٍ[\s\S]*شهادة الضمان سارية/);
    expect(overrideMessage('TWQ-1448-000002', { ...overridden, to: 'not-eligible' }).body.en).toMatch(/does not meet[\s\S]*شهادة الضمان سارية/);
  });

  it('tells staff which policy version is due for review, Arabic first', () => {
    const tuwaiq = tenants.get('tuwaiq');
    const message = policyReviewMessage(tuwaiq, {
      round: 'r',
      eligibilityPolicyVersion: 1,
      effectiveFrom: '2024-01-01T00:00:00Z',
      approval: null,
      dueAt: '2025-01-01T00:00:00Z',
    });
    expect(message.body.ar).toContain('الإصدار 1');
    expect(message.body.en).toContain('version 1');
    expect(tuwaiq.staffContacts?.policyReview?.email).toBe('policy-review@tuwaiq.athar.local');
  });
});
