// The console checks a field as it is typed with the intake domain's own rules (libs/domain/intake), so the
// live reason is word for word the one the API would give (Tuwaiq 5-2: complete and valid data).
import { normalizeSaudiMobile } from '../../../../../libs/domain/intake/src/validation/mobile';
import { validateNationalId } from '../../../../../libs/domain/intake/src/validation/national-id';
import { bilingual } from '../../kit/bilingual';
import { Problems } from '../../../../../libs/domain/intake/src/validation/problems';

/** One reason, Arabic with English beside it (the API's shape). */
type Bilingual = Problems['list'][number]['reasons'][number];

function reasons(check: (problems: Problems) => void): Bilingual[] {
  const problems = new Problems();
  check(problems);
  return problems.list.flatMap((p) => p.reasons);
}

/** Why a Saudi national ID (1…) or iqama (2…) is refused, as the API words it; empty when valid. */
export function nationalIdReasons(value: string): Bilingual[] {
  return reasons((problems) => validateNationalId(value, 'nationalId', problems));
}

/** Why a Saudi mobile is refused, as the API words it; empty when valid (05…, 9665…, +9665…). */
export function mobileReasons(value: string): Bilingual[] {
  return reasons((problems) => normalizeSaudiMobile(value, 'mobile', problems));
}

export const isNationalId = (value: string): boolean => nationalIdReasons(value).length === 0;
export const isSaudiMobile = (value: string): boolean => mobileReasons(value).length === 0;

/** The first of the domain's reasons, in the page's language with the other beside it (null: valid), for a form's live check. */
export function liveReason(reasons: Bilingual[], language: 'ar' | 'en'): string | null {
  return reasons[0] ? bilingual(reasons[0], language) : null;
}
