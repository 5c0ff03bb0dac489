import { normalizeDigits } from './digits';
import type { Problems } from './problems';

/**
 * Saudi national ID (first digit 1) or iqama (2): ten digits whose last is a Luhn check digit: from the
 * right, every second digit is doubled (subtracting 9 when above 9) and the total must end in 0.
 */
export function luhnValid(digits: string): boolean {
  const sum = [...digits].reverse().reduce((acc, ch, i) => {
    const d = Number(ch) * (i % 2 === 1 ? 2 : 1);
    return acc + (d > 9 ? d - 9 : d);
  }, 0);
  return sum % 10 === 0;
}

/** The ID as it is stored and keyed (ASCII digits, no spaces or dashes), whether or not it is valid. */
export function normalizeNationalId(raw: string): string {
  return normalizeDigits(raw).replace(/[\s-]/g, '');
}

export function validateNationalId(raw: string, field: string, problems: Problems): { value: string; kind: 'national-id' | 'iqama' } | null {
  const value = normalizeNationalId(raw);
  if (!/^\d{10}$/.test(value)) {
    problems.add(field, 'رقم الهوية أو الإقامة عشرة أرقام', 'a national ID or iqama number has exactly 10 digits');
    return null;
  }
  if (value[0] !== '1' && value[0] !== '2') {
    problems.add(field, 'يبدأ رقم الهوية الوطنية بـ 1 ورقم الإقامة بـ 2', 'a national ID starts with 1 and an iqama with 2');
    return null;
  }
  if (!luhnValid(value)) {
    problems.add(field, 'رقم الهوية غير صحيح (خانة التحقق لا تطابق)', 'the number is not valid (its check digit does not match)');
    return null;
  }
  return { value, kind: value[0] === '1' ? 'national-id' : 'iqama' };
}
