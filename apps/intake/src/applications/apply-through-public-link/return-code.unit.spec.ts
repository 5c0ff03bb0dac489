import { checklist } from '@athar/domain-intake';
import { formatReturnCode, newReturnCode, normalizeReturnCode, returnMessage } from './return-code';

describe('return codes of public-link drafts (docs/adr/0026)', () => {
  it('draws 16 Crockford symbols in groups of four, different each time', () => {
    const codes = Array.from({ length: 200 }, newReturnCode);
    for (const code of codes) expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
    expect(new Set(codes).size).toBe(200);
  });

  it('reads a code as a person types it back: case, dashes, spaces, Arabic-Indic digits, O for 0 and I or L for 1', () => {
    const code = 'K7M2-QX9P-4HTR-8BC0';
    expect(normalizeReturnCode(code)).toBe('K7M2QX9P4HTR8BC0');
    expect(normalizeReturnCode('k7m2 qx9p 4htr 8bco')).toBe('K7M2QX9P4HTR8BC0');
    expect(normalizeReturnCode('١١١١-AAAA-BBBB-CCCC')).toBe('1111AAAABBBBCCCC');
    expect(normalizeReturnCode('IlIl-AAAA-BBBB-CCCC')).toBe('1111AAAABBBBCCCC');
    expect(formatReturnCode('K7M2QX9P4HTR8BC0')).toBe(code);
  });

  it('refuses what cannot be a code', () => {
    for (const bad of [undefined, '', 'K7M2-QX9P-4HTR', 'K7M2-QX9P-4HTR-8BCDE', 'UUUU-AAAA-BBBB-CCCC', "K7M2-QX9P-4HTR-8BC'", 'x'.repeat(100)]) {
      expect(normalizeReturnCode(bad)).toBeNull();
    }
  });

  it('names each missing document in Arabic with its English name beside it, with the case number and the code', () => {
    const items = checklist(['national-id', 'national-address', 'cv', 'qualification'], ['cv'], ['birthDate'], undefined);
    const { body } = returnMessage(
      { ar: 'جمعية طويق', en: 'Tuwaiq' },
      'TWQ-1447-000012',
      items.filter((i) => !i.done),
      'K7M2-QX9P-4HTR-8BCD',
      'draft',
    );
    expect(body.ar).toContain('الهوية الوطنية (national ID)، العنوان الوطني (national address)، المؤهل (qualification)');
    expect(body.ar).toContain('تاريخ الميلاد (birth date)');
    expect(body.ar).not.toContain('السيرة الذاتية');
    expect(body.en).toContain('Still missing: birth date, national ID, national address, qualification.');
    for (const text of [body.ar, body.en]) {
      expect(text).toContain('TWQ-1447-000012');
      expect(text).toContain('K7M2-QX9P-4HTR-8BCD');
    }
  });
});
