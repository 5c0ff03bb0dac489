import { DomainError } from '@athar/contracts';
import type { Principal } from '@athar/identity';
import { agreementIdFor, termEndsAt } from './partner-agreement-stream';
import { signatureDaysFor } from './send-agreement/send-agreement.handler';
import { sideOf } from './sign-agreement/sign-agreement.handler';

const person = (tenantId: string, roles: Principal['roles']): Principal => ({ userId: 'u1', tenantId, roles });

describe('who signs for which side (docs/adr/0038, 0039)', () => {
  it.each([
    [
      'the partner tenant, naming the allocating association',
      person('awj', ['partner-applicant']),
      'tuwaiq',
      { party: 'partner', allocatingTenantId: 'tuwaiq', partnerIs: 'tenant' },
    ],
    [
      'the executive director, for their own association',
      person('tuwaiq', ['executive-director']),
      undefined,
      { party: 'allocator', allocatingTenantId: 'tuwaiq', partnerIs: 'any' },
    ],
    [
      'a board member naming their own association',
      person('tuwaiq', ['board-member']),
      'tuwaiq',
      { party: 'allocator', allocatingTenantId: 'tuwaiq', partnerIs: 'any' },
    ],
    [
      'the empowerment team, for an outside body',
      person('tuwaiq', ['empowerment-team']),
      undefined,
      { party: 'partner', allocatingTenantId: 'tuwaiq', partnerIs: 'outside' },
    ],
  ])('%s', (_name, principal, allocating, side) => {
    expect(sideOf(principal, allocating)).toEqual(side);
  });

  it("never lets staff write into another association's agreement, and asks a partner which association", () => {
    expect(() => sideOf(person('tuwaiq', ['executive-director']), 'awj')).toThrow(expect.objectContaining({ code: 'agreement-not-found' }));
    expect(() => sideOf(person('awj', ['partner-applicant']), undefined)).toThrow(DomainError);
  });
});

describe('the signature deadline staff may set', () => {
  const now = new Date('2027-01-01T09:00:00Z');
  it("is the template's days by default, or fewer, never more, never past", () => {
    expect(signatureDaysFor(14, undefined, now)).toBe(14);
    expect(signatureDaysFor(14, '2027-01-01T09:00:05Z', now) * 86_400_000).toBeCloseTo(5_000, 3);
    expect(() => signatureDaysFor(14, '2027-01-15T09:00:01Z', now)).toThrow(DomainError);
    expect(() => signatureDaysFor(14, '2027-01-01T09:00:00Z', now)).toThrow(DomainError);
  });
});

describe('agreement ids and the term', () => {
  it('one id per request and round, a valid uuid', () => {
    const id = agreementIdFor('6f1c1a52-1d7e-4b8a-9a43-0b0c3bd9b4f1', 'a1');
    expect(id).toBe(agreementIdFor('6f1c1a52-1d7e-4b8a-9a43-0b0c3bd9b4f1', 'a1'));
    expect(id).not.toBe(agreementIdFor('6f1c1a52-1d7e-4b8a-9a43-0b0c3bd9b4f1', 'a2'));
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
  it('ends when the last day is over in Riyadh', () => {
    expect(termEndsAt('2027-12-31')).toBe('2027-12-31T21:00:00.000Z');
  });
});
