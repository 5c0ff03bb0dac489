import { DomainError } from '@athar/contracts';
import { signDeclaration, type SigningContext } from './sign-declaration';

const context: SigningContext = {
  caseId: 'c-1',
  channel: 'interview',
  applicantFullName: 'سارة  عبدالله العتيبي',
  currentVersion: 2,
  staffId: 'staff-7',
  client: { userAgent: 'Mozilla/5.0', ip: '127.0.0.1' },
  now: new Date('2026-11-22T07:00:00Z'),
};
const input = { accepted: true, signedName: 'سارة عبدالله العتيبي', declarationVersion: 2 };

function fieldsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error.fields.map((f) => f.field);
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('signDeclaration (common process step 4: the applicant confirms the data and signs it)', () => {
  it('records an in-person signature witnessed by the staff member, without client details', () => {
    expect(signDeclaration(input, context)).toEqual({
      caseId: 'c-1',
      declarationVersion: 2,
      signedName: 'سارة عبدالله العتيبي',
      acceptedAt: '2026-11-22T07:00:00.000Z',
      channel: 'interview',
      witnessedBy: 'staff-7',
      client: null,
    });
  });

  it('records the client details for an electronic request, with no witness', () => {
    expect(signDeclaration(input, { ...context, channel: 'website', staffId: null })).toMatchObject({
      witnessedBy: null,
      client: { userAgent: 'Mozilla/5.0', ip: '127.0.0.1' },
    });
  });

  it.each([
    ['no declaration at all', undefined, context, ['declaration']],
    ['acceptance not given', { ...input, accepted: false }, context, ['declaration.accepted']],
    ['a different name typed', { ...input, signedName: 'Someone Else' }, context, ['declaration.signedName']],
    ['an outdated declaration text', { ...input, declarationVersion: 1 }, context, ['declaration.declarationVersion']],
    ['an in-person request with no staff member', input, { ...context, staffId: null }, ['channel']],
  ])('refuses %s', (_name, given, ctx, fields) => {
    expect(fieldsOf(() => signDeclaration(given, ctx))).toEqual(fields);
  });
});
