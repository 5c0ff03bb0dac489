import fc from 'fast-check';
import { MASK, maskComment } from './mask-comment';

const digit = fc.constantFrom(...'0123456789');
const eightDigits = fc.array(digit, { minLength: 8, maxLength: 8 }).map((d) => d.join(''));
const nineDigits = fc.array(digit, { minLength: 9, maxLength: 9 }).map((d) => d.join(''));
const arabicIndic = (s: string): string => s.replace(/[0-9]/g, (c) => String.fromCharCode(0x0660 + Number(c)));
const filler = fc.constantFrom('شكرًا على الخدمة', 'the service was good', 'تواصلوا معي على', 'call me on', 'رقمي', '');

describe('the remark masker (Environment Madinah: not for exposure; docs/adr/0041)', () => {
  it('masks every Saudi mobile, in any of its written forms, wherever it stands in the text', () => {
    fc.assert(
      fc.property(filler, filler, eightDigits, fc.constantFrom('05', '+9665', '9665', '009665'), fc.boolean(), (before, after, rest, prefix, indic) => {
        const raw = `${prefix}${rest}`;
        const mobile = indic ? arabicIndic(raw) : raw;
        const masked = maskComment(`${before} ${mobile} ${after}`);
        expect(masked).not.toContain(mobile);
        expect(masked).not.toContain(indic ? arabicIndic(rest) : rest);
        expect(masked).toContain(MASK);
      }),
    );
  });

  it('masks every national ID or iqama number (10 digits from 1 or 2), also spaced or dashed', () => {
    fc.assert(
      fc.property(filler, fc.constantFrom('1', '2'), nineDigits, fc.constantFrom('', ' ', '-'), (before, first, rest, sep) => {
        const id = `${first}${rest.slice(0, 4)}${sep}${rest.slice(4)}`;
        const masked = maskComment(`${before} ${id}.`);
        expect(masked.replace(/\D/g, '')).not.toContain(`${first}${rest}`);
        expect(masked).toContain(MASK);
      }),
    );
  });

  it('masks the name after an honorific or a naming phrase, in Arabic and English', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('الأستاذ', 'الموظف', 'الأخت', 'Mr', 'Ms.', 'Dr', 'my name is', 'اسمي'),
        fc.constantFrom('خالد', 'Noura', 'عبدالله العتيبي', 'Sara Alharbi'),
        (cue, name) => {
          const masked = maskComment(`تعامل ${cue} ${name} كان ممتازًا`);
          expect(masked).not.toContain(name.split(' ')[0]);
          expect(masked).toContain(MASK);
        },
      ),
    );
  });

  it('masks the staff names it is given wherever they appear', () => {
    expect(maskComment('شكرًا لنورة على المتابعة، ونورة الحربي خدومة', ['نورة الحربي'])).not.toMatch(/نورة|الحربي/);
  });

  it('leaves a remark without identifiers as it was, and never grows a masked text back', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z ،.]{0,60}$/), (text) => {
        expect(maskComment(text)).toBe(text);
        expect(maskComment(maskComment(`${text} 0551234567`))).toBe(maskComment(`${text} 0551234567`));
      }),
    );
  });

  it('keeps short numbers (a rating, a year, a count of days)', () => {
    expect(maskComment('انتظرت 3 أيام في 2026 وتقييمي 4')).toBe('انتظرت 3 أيام في 2026 وتقييمي 4');
  });
});
