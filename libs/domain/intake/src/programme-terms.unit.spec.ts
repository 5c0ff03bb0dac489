import { DomainError } from '@athar/contracts';
import { acceptProgrammeTerms } from './programme-terms';

const client = { userAgent: 'Mozilla/5.0', ip: '127.0.0.1' };
const now = new Date('2026-11-22T07:00:00Z');

describe('acceptProgrammeTerms (Tuwaiq 5-7: applying through the link is consent to the programme terms)', () => {
  it('records the accepted version with time and client details', () => {
    expect(acceptProgrammeTerms({ accepted: true, termsVersion: 3 }, 3, 'c-1', client, now)).toEqual({
      caseId: 'c-1',
      termsVersion: 3,
      acceptedAt: now.toISOString(),
      client,
    });
  });

  it.each([
    ['acceptance missing', { accepted: false, termsVersion: 3 }, 'consent.accepted'],
    ['an outdated version', { accepted: true, termsVersion: 2 }, 'consent.termsVersion'],
  ])('refuses %s', (_name, consent, field) => {
    try {
      acceptProgrammeTerms(consent, 3, 'c-1', client, now);
      throw new Error('expected a refusal');
    } catch (error) {
      expect((error as DomainError).fields.map((f) => f.field)).toEqual([field]);
    }
  });
});
