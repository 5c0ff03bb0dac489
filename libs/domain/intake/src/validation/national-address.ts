import { normalizeDigits } from './digits';
import type { Problems } from './problems';

export interface NationalAddressInput {
  shortAddress: string;
  buildingNumber: string;
  postalCode: string;
  additionalNumber?: string;
  city: string;
  district: string;
}

/** The Saudi national address: short address (4 letters + 4 digits), building number, postal code. */
export function validateNationalAddress(input: NationalAddressInput, field: string, problems: Problems): NationalAddressInput | null {
  const before = problems.list.length;
  const shortAddress = normalizeDigits(input.shortAddress).replace(/\s/g, '').toUpperCase();
  const buildingNumber = normalizeDigits(input.buildingNumber).trim();
  const postalCode = normalizeDigits(input.postalCode).trim();
  const additionalNumber = input.additionalNumber === undefined ? undefined : normalizeDigits(input.additionalNumber).trim();
  if (!/^[A-Z]{4}\d{4}$/.test(shortAddress))
    problems.add(`${field}.shortAddress`, 'العنوان المختصر أربعة حروف وأربعة أرقام مثل RRRD2929', 'the short address is 4 letters and 4 digits, e.g. RRRD2929');
  if (!/^\d{4}$/.test(buildingNumber)) problems.add(`${field}.buildingNumber`, 'رقم المبنى أربعة أرقام', 'the building number has 4 digits');
  if (!/^\d{5}$/.test(postalCode)) problems.add(`${field}.postalCode`, 'الرمز البريدي خمسة أرقام', 'the postal code has 5 digits');
  if (additionalNumber !== undefined && !/^\d{4}$/.test(additionalNumber))
    problems.add(`${field}.additionalNumber`, 'الرقم الإضافي أربعة أرقام', 'the additional number has 4 digits');
  if (!input.city.trim()) problems.add(`${field}.city`, 'المدينة مطلوبة', 'the city is required');
  if (!input.district.trim()) problems.add(`${field}.district`, 'الحي مطلوب', 'the district is required');
  if (problems.list.length > before) return null;
  return { shortAddress, buildingNumber, postalCode, additionalNumber, city: input.city.trim(), district: input.district.trim() };
}
