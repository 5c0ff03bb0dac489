/**
 * A fresh, checksum-valid Saudi national ID (first digit 1) or iqama (2), as intake validates it (Luhn
 * check digit): a new demo or test person each call.
 */
export function newNationalId(kind: 'national-id' | 'iqama' = 'national-id'): string {
  const body = `${kind === 'iqama' ? 2 : 1}${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
  for (let check = 0; check <= 9; check += 1) {
    const candidate = `${body}${check}`;
    const sum = [...candidate].reverse().reduce((acc, digit, index) => {
      const d = Number(digit) * (index % 2 === 1 ? 2 : 1);
      return acc + (d > 9 ? d - 9 : d);
    }, 0);
    if (sum % 10 === 0) return candidate;
  }
  throw new Error('unreachable: one check digit always completes a Luhn sum');
}
