import { DomainError } from '@athar/contracts';
import { parseReadPurpose } from './read-purpose';

describe('parseReadPurpose (a beneficiary record is read only for a stated purpose)', () => {
  it.each([
    ['the header', 'case-handling', undefined, 'case-handling'],
    ['the query parameter', undefined, 'audit', 'audit'],
    ['the header over the query', 'committee-review', 'audit', 'committee-review'],
    ['an empty header falling back to the query', '', 'eligibility-review', 'eligibility-review'],
  ])('takes the purpose from %s', (_name, header, query, expected) => {
    expect(parseReadPurpose(header, query)).toBe(expected);
  });

  it.each([
    ['nothing', undefined, undefined],
    ['an unknown purpose', 'curiosity', undefined],
    ['a purpose in capitals', 'AUDIT', undefined],
    ['an array of purposes', undefined, ['audit', 'audit']],
    ['an operator object', undefined, { $ne: '' }],
  ])('refuses %s with a field-level bilingual reason', (_name, header, query) => {
    let error: unknown;
    try {
      parseReadPurpose(header, query);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DomainError);
    const domain = error as DomainError;
    expect(domain.kind).toBe('invalid');
    expect(domain.fields?.[0].field).toBe('X-Purpose');
    expect(domain.fields?.[0].reasons[0].ar).toMatch(/الغرض/);
  });
});
