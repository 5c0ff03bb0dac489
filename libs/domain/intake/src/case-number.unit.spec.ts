import { DomainError } from '@athar/contracts';
import { formatCaseNumber, hijriYear } from './case-number';
import { claimOpenRequest, registerOpenRequest } from './open-requests';

describe('case numbers (a human-readable case number per tenant)', () => {
  it('uses the Hijri year in Riyadh', () => {
    expect(hijriYear(new Date('2025-01-05T12:00:00Z'))).toBe(1446);
    expect(hijriYear(new Date('2026-11-22T12:00:00Z'))).toBe(1448);
  });

  it('pads the sequence so numbers sort and read evenly', () => {
    expect(formatCaseNumber('AWJ', 1448, 123)).toBe('AWJ-1448-000123');
  });
});

describe('registerOpenRequest (a second open request is refused with the existing case number)', () => {
  it('registers the first request', () => {
    expect(registerOpenRequest([], 'c-1', 'AWJ-1448-000001')).toEqual({
      type: 'OpenRequestRegistered',
      data: { caseId: 'c-1', caseNumber: 'AWJ-1448-000001' },
    });
  });

  it('refuses a second one while the first is open, naming its case number in both languages', () => {
    const open = [registerOpenRequest([], 'c-1', 'AWJ-1448-000001')];
    try {
      registerOpenRequest(open, 'c-2', 'AWJ-1448-000002');
      throw new Error('expected a refusal');
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).kind).toBe('conflict');
      expect((error as DomainError).text.ar).toContain('AWJ-1448-000001');
      expect((error as DomainError).text.en).toContain('AWJ-1448-000001');
    }
  });

  it('accepts a new request once the earlier one is closed', () => {
    const history = [registerOpenRequest([], 'c-1', 'N-1'), { type: 'OpenRequestClosed' as const, data: { caseId: 'c-1', caseNumber: 'N-1' } }];
    expect(registerOpenRequest(history, 'c-2', 'N-2').type).toBe('OpenRequestRegistered');
  });
});

describe('claimOpenRequest (the registration step on the folded open-request stream)', () => {
  const open = { caseId: 'c-1', caseNumber: 'N-1' };
  it('registers on a free stream, is a no-op for its own case (a retry), and takes over only the case it found abandoned', () => {
    expect(claimOpenRequest(null, 'c-2', 'N-2', null)).toEqual([{ type: 'OpenRequestRegistered', data: { caseId: 'c-2', caseNumber: 'N-2' } }]);
    expect(claimOpenRequest(open, 'c-1', 'N-1', null)).toEqual([]);
    expect(claimOpenRequest(open, 'c-2', 'N-2', 'c-1')).toHaveLength(1);
  });
  it('refuses when another request registered meanwhile (it is open and in flight)', () => {
    expect(() => claimOpenRequest(open, 'c-2', 'N-2', null)).toThrow(/N-1/);
    expect(() => claimOpenRequest(open, 'c-3', 'N-3', 'c-9')).toThrow(/N-1/);
  });
});
