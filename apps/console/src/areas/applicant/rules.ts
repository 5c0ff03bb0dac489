import { latinDigits } from '../../i18n/dates';

/** A Saudi national ID (1…) or iqama (2…): ten digits whose Luhn sum is a multiple of ten (as the API checks). */
export function isNationalId(value: string): boolean {
  const digits = latinDigits(value.trim());
  if (!/^[12]\d{9}$/.test(digits)) return false;
  const sum = [...digits].reverse().reduce((acc, digit, index) => {
    const d = Number(digit) * (index % 2 === 1 ? 2 : 1);
    return acc + (d > 9 ? d - 9 : d);
  }, 0);
  return sum % 10 === 0;
}

/** A Saudi mobile in the usual forms: 05XXXXXXXX, 9665XXXXXXXX, +9665XXXXXXXX. */
export function isSaudiMobile(value: string): boolean {
  return /^(05\d{8}|\+?9665\d{8})$/.test(latinDigits(value.replace(/[\s-]/g, '')));
}
