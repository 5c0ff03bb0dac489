import { DomainError } from '@athar/contracts';
import { contactProblems, submitApplication, type IntakeTerms, type SubmitApplication } from './submit-application';

const awjTerms: IntakeTerms = {
  policyVersion: 1,
  channels: ['interview', 'phone', 'website', 'social-media', 'letters', 'help-request-service', 'volunteering'],
  services: [
    { id: 'member-service', beneficiaryType: 'direct' },
    { id: 'published-content', beneficiaryType: 'indirect' },
  ],
  reviewWindow: { days: 14, counting: 'calendar' },
};
const command: SubmitApplication = {
  caseId: 'c-1',
  caseNumber: 'AWJ-1448-000001',
  servedBeforeElsewhere: false,
  serviceId: 'member-service',
  channel: 'website',
  applicant: { fullName: 'سارة العتيبي', nationalId: '1000000008', mobile: '0500000000', preferredChannel: 'sms' },
};
const now = new Date('2026-11-22T07:00:00Z');

function problemsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error.fields.map((f) => f.field);
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('submitApplication', () => {
  it('records the request with the expected response date = submission + the review window (000 step 5)', () => {
    expect(submitApplication(command, awjTerms, now)).toMatchObject({
      caseId: 'c-1',
      submittedAt: '2026-11-22T07:00:00.000Z',
      expectedResponseBy: '2026-12-06T07:00:00.000Z',
      policyVersion: 1,
      beneficiaryType: 'direct',
    });
  });

  it('keeps only the window itself in the event, not the policy bookkeeping around it', () => {
    const terms = { ...awjTerms, reviewWindow: { ...awjTerms.reviewWindow, source: '000 step 5' } };
    expect(submitApplication(command, terms, now).reviewWindow).toEqual({ days: 14, counting: 'calendar' });
  });

  it('refuses a channel the tenant does not offer (seeds README, "Channels")', () => {
    expect(problemsOf(() => submitApplication({ ...command, channel: 'email' }, awjTerms, now))).toEqual(['channel']);
  });

  it('refuses an unknown service and an indirect-beneficiary service, naming every problem at once', () => {
    expect(problemsOf(() => submitApplication({ ...command, serviceId: 'nope', channel: 'email' }, awjTerms, now))).toEqual(['channel', 'serviceId']);
    expect(problemsOf(() => submitApplication({ ...command, serviceId: 'published-content' }, awjTerms, now))).toEqual(['serviceId']);
  });
});

describe('how the applicant is answered (docs/adr/0025)', () => {
  const madinahTerms = { ...awjTerms, channels: [...awjTerms.channels, 'email'] };

  it('keeps the email and the preferred channel in the submission', () => {
    const applicant = { ...command.applicant, email: 'sara@example.org', preferredChannel: 'email' as const };
    expect(submitApplication({ ...command, channel: 'email', applicant }, madinahTerms, now).applicant).toMatchObject({
      email: 'sara@example.org',
      preferredChannel: 'email',
    });
  });

  it('refuses a request that came by email without the address to answer', () => {
    expect(problemsOf(() => submitApplication({ ...command, channel: 'email' }, madinahTerms, now))).toEqual(['applicant.email']);
  });

  it('refuses email as the preferred channel where the tenant does not answer by email', () => {
    const applicant = { ...command.applicant, email: 'sara@example.org', preferredChannel: 'email' as const };
    expect(problemsOf(() => submitApplication({ ...command, applicant }, awjTerms, now))).toEqual(['applicant.preferredChannel']);
    expect(contactProblems('website', applicant, madinahTerms.channels)).toEqual([]);
  });
});
