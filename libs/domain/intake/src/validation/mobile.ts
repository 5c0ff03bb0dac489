import { normalizeDigits } from './digits';
import type { Problems } from './problems';

/** Saudi mobile numbers in any usual form (05…, 5…, +9665…, 009665…, 9665…), as E.164 +9665XXXXXXXX. */
export function normalizeSaudiMobile(raw: string, field: string, problems: Problems): string | null {
  const compact = normalizeDigits(raw).replace(/[\s\-().]/g, '');
  const match = /^(?:\+966|00966|966|0)?(5\d{8})$/.exec(compact);
  if (!match) {
    problems.add(field, 'رقم الجوال السعودي يبدأ بـ 05 ويتكون من عشرة أرقام', 'a Saudi mobile number looks like 05XXXXXXXX');
    return null;
  }
  return `+966${match[1]}`;
}
