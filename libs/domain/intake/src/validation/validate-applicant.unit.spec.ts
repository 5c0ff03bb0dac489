import { DomainError } from '@athar/contracts';
import { fromHijri, toHijri } from './dates';
import { normalizeDigits } from './digits';
import { luhnValid } from './national-id';
import { validateApplicant, type ApplicantInput } from './validate-applicant';

const now = new Date('2026-11-22T09:00:00Z');
const base: ApplicantInput = { fullName: 'سارة عبدالله العتيبي', nationalId: '1000000008', mobile: '0512345678' };

function problemsOf(input: ApplicantInput): Record<string, string> {
  try {
    validateApplicant(input, now);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return Object.fromEntries(error.fields.map((f) => [f.field, f.reasons[0].en]));
  }
  return {};
}

describe('validateApplicant (common step 2, Tuwaiq 5-3: the data is checked valid at the time of submission)', () => {
  it('accepts a valid applicant and normalises it', () => {
    expect(validateApplicant({ ...base, mobile: '+966 51-234-5678' }, now)).toEqual({
      fullName: 'سارة عبدالله العتيبي',
      nationalId: '1000000008',
      idKind: 'national-id',
      mobile: '+966512345678',
      preferredChannel: 'sms',
    });
  });

  it('keeps an email (trimmed, lower-cased) and the preferred channel; email is preferred only with an address (docs/adr/0025)', () => {
    expect(validateApplicant({ ...base, email: '  Sara.Otaibi@Example.ORG ', preferredChannel: 'email' }, now)).toMatchObject({
      email: 'sara.otaibi@example.org',
      preferredChannel: 'email',
    });
    expect(problemsOf({ ...base, preferredChannel: 'email' })).toEqual({ 'applicant.email': 'give an email address to be answered by email' });
    expect(problemsOf({ ...base, email: 'sara@localhost' })).toEqual({ 'applicant.email': 'the email address is not valid, e.g. name@example.com' });
    expect(problemsOf({ ...base, email: 'Sara <sara@example.org>' })).toHaveProperty(['applicant.email']);
    expect(problemsOf({ ...base, preferredChannel: 'fax' as never })).toEqual({ 'applicant.preferredChannel': 'the preferred channel is "sms" or "email"' });
  });

  it('accepts Arabic-Indic and Persian digits wherever digits are', () => {
    const result = validateApplicant(
      {
        ...base,
        nationalId: '١٠٠٠٠٠٠٠٠٨',
        mobile: '٠٥١٢٣٤٥٦٧٨',
        birthDate: { calendar: 'hijri', date: '١٤١٠-٠١-١٥' },
        nationalAddress: { shortAddress: 'rrrd٢٩٢٩', buildingNumber: '۱۲۳۴', postalCode: '١٢٣٤٥', city: 'الدمام', district: 'الشاطئ' },
      },
      now,
    );
    expect(result).toMatchObject({
      nationalId: '1000000008',
      mobile: '+966512345678',
      nationalAddress: { shortAddress: 'RRRD2929', buildingNumber: '1234', postalCode: '12345' },
    });
    expect(result.age).toBeGreaterThan(30);
  });

  it('tells an iqama from a national ID', () => {
    expect(validateApplicant({ ...base, nationalId: '2000000006' }, now).idKind).toBe('iqama');
  });

  it.each<[string, Partial<ApplicantInput>, string, RegExp]>([
    ['a 9-digit ID', { nationalId: '100000000' }, 'applicant.nationalId', /10 digits/],
    ['an 11-digit ID', { nationalId: '10000000081' }, 'applicant.nationalId', /10 digits/],
    ['an ID with letters', { nationalId: '10000000a8' }, 'applicant.nationalId', /10 digits/],
    ['an ID starting with 3', { nationalId: '3000000004' }, 'applicant.nationalId', /starts with 1/],
    ['an ID with a wrong check digit', { nationalId: '1000000007' }, 'applicant.nationalId', /check digit/],
    ['an iqama with a wrong check digit', { nationalId: '2000000007' }, 'applicant.nationalId', /check digit/],
    ['a landline number', { mobile: '0112345678' }, 'applicant.mobile', /05XXXXXXXX/],
    ['a short mobile', { mobile: '051234567' }, 'applicant.mobile', /05XXXXXXXX/],
    ['a foreign mobile', { mobile: '+971501234567' }, 'applicant.mobile', /05XXXXXXXX/],
    ['an empty name', { fullName: '   ' }, 'applicant.fullName', /required/],
    ['a name with a zero-width space', { fullName: 'سارة\u200bالعتيبي' }, 'applicant.fullName', /invisible/],
    ['a name with a right-to-left override', { fullName: 'Sara \u202eibetuO' }, 'applicant.fullName', /invisible/],
    ['a name with digits', { fullName: 'Sara 2' }, 'applicant.fullName', /letters only/],
    ['a name mixing scripts in one word', { fullName: 'Saraسارة Otaibi' }, 'applicant.fullName', /mix/],
    ['a name of 201 letters', { fullName: 'ا'.repeat(201) }, 'applicant.fullName', /200/],
    ['an expired ID (Gregorian)', { idExpiry: { calendar: 'gregorian', date: '2026-11-21' } }, 'applicant.idExpiry', /expired/],
    ['an expired ID (Hijri)', { idExpiry: { calendar: 'hijri', date: '1440-01-01' } }, 'applicant.idExpiry', /expired/],
    ['an impossible Gregorian date', { idExpiry: { calendar: 'gregorian', date: '2030-02-30' } }, 'applicant.idExpiry', /does not exist/],
    ['an impossible Hijri date', { birthDate: { calendar: 'hijri', date: '1440-13-01' } }, 'applicant.birthDate', /does not exist/],
    ['a badly written date', { birthDate: { calendar: 'gregorian', date: '22/11/1990' } }, 'applicant.birthDate', /YYYY-MM-DD/],
    ['a birth date in the future', { birthDate: { calendar: 'gregorian', date: '2027-01-01' } }, 'applicant.birthDate', /future/],
    ['an implausible birth date', { birthDate: { calendar: 'gregorian', date: '1880-01-01' } }, 'applicant.birthDate', /plausible/],
    [
      'a short address of the wrong shape',
      { nationalAddress: { shortAddress: 'RR2929', buildingNumber: '1234', postalCode: '12345', city: 'x', district: 'y' } },
      'applicant.nationalAddress.shortAddress',
      /4 letters/,
    ],
    [
      'a 3-digit building number',
      { nationalAddress: { shortAddress: 'RRRD2929', buildingNumber: '123', postalCode: '12345', city: 'x', district: 'y' } },
      'applicant.nationalAddress.buildingNumber',
      /4 digits/,
    ],
    [
      'a 4-digit postal code',
      { nationalAddress: { shortAddress: 'RRRD2929', buildingNumber: '1234', postalCode: '1234', city: 'x', district: 'y' } },
      'applicant.nationalAddress.postalCode',
      /5 digits/,
    ],
    [
      'a missing district',
      { nationalAddress: { shortAddress: 'RRRD2929', buildingNumber: '1234', postalCode: '12345', city: 'x', district: ' ' } },
      'applicant.nationalAddress.district',
      /required/,
    ],
  ])('refuses %s', (_name, patch, field, reason) => {
    const problems = problemsOf({ ...base, ...patch });
    expect(Object.keys(problems)).toEqual([field]);
    expect(problems[field]).toMatch(reason);
  });

  it('reports every problem at once', () => {
    expect(Object.keys(problemsOf({ fullName: '', nationalId: '123', mobile: 'x', idExpiry: { calendar: 'gregorian', date: '2000-01-01' } })).sort()).toEqual(
      ['applicant.fullName', 'applicant.idExpiry', 'applicant.mobile', 'applicant.nationalId'].sort(),
    );
  });

  it('counts today in Riyadh: after midnight there a birth today is not in the future, and an ID that expired yesterday has expired', () => {
    // 00:30 in Riyadh on 23 November is 21:30 UTC on 22 November
    const afterMidnight = new Date('2026-11-22T21:30:00Z');
    expect(validateApplicant({ ...base, birthDate: { calendar: 'gregorian', date: '2026-11-23' } }, afterMidnight).birthDate).toBe('2026-11-23');
    expect(() => validateApplicant({ ...base, idExpiry: { calendar: 'gregorian', date: '2026-11-22' } }, afterMidnight)).toThrow(
      expect.objectContaining({ fields: [expect.objectContaining({ field: 'applicant.idExpiry' })] }),
    );
  });

  it('accepts an ID expiring today, and an ID valid in the Hijri calendar', () => {
    expect(validateApplicant({ ...base, idExpiry: { calendar: 'gregorian', date: '2026-11-22' } }, now).idExpiry).toBe('2026-11-22');
    expect(validateApplicant({ ...base, idExpiry: { calendar: 'hijri', date: '1450-01-01' } }, now).idExpiry).toMatch(/^20\d\d-/);
  });
});

describe('calendars and digits', () => {
  it.each([
    [1446, 7, 5, '2025-01-05'],
    [1444, 6, 1, '2022-12-25'],
    [1447, 9, 1, '2026-02-18'],
  ])('converts %i-%i-%i AH to %s and back', (y, m, d, gregorian) => {
    const day = fromHijri(y, m, d);
    expect(day?.toISOString().slice(0, 10)).toBe(gregorian);
    expect(toHijri(day as Date)).toEqual({ year: y, month: m, day: d });
  });

  it('knows a 30th that does not exist in a 29-day month', () => {
    const lengths = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => (fromHijri(1446, m, 30) ? 30 : 29));
    expect(lengths.every((n) => n === 29 || n === 30)).toBe(true);
    expect(lengths).toContain(29);
  });

  it('normalises Arabic-Indic and Persian digits only', () => {
    expect(normalizeDigits('٠١٢٣٤٥٦٧٨٩ ۰۱۲۳۴۵۶۷۸۹ abc')).toBe('0123456789 0123456789 abc');
  });

  it('checks the Luhn digit both ways', () => {
    expect(luhnValid('1000000008')).toBe(true);
    expect(luhnValid('1000000009')).toBe(false);
  });
});
