import { UnprocessableEntityException, ValidationPipe, type ValidationError } from '@nestjs/common';
import type { Bilingual, FieldProblem } from '@athar/contracts';

/** Arabic and English for class-validator's constraints; anything unlisted falls back to its English text. */
const REASONS: Record<string, (constraint: string) => Bilingual> = {
  isDefined: () => ({ ar: 'الحقل مطلوب', en: 'is required' }),
  isNotEmpty: () => ({ ar: 'الحقل مطلوب ولا يقبل قيمة فارغة', en: 'must not be empty' }),
  isString: () => ({ ar: 'يجب أن يكون نصاً', en: 'must be text' }),
  isIn: (c) => ({ ar: `القيمة غير مقبولة: ${c}`, en: c }),
  isEnum: (c) => ({ ar: `القيمة غير مقبولة: ${c}`, en: c }),
  matches: () => ({ ar: 'الصيغة غير صحيحة', en: 'has the wrong format' }),
  maxLength: (c) => ({ ar: `النص أطول من المسموح: ${c}`, en: c }),
  minLength: (c) => ({ ar: `النص أقصر من المسموح: ${c}`, en: c }),
  isUuid: () => ({ ar: 'يجب أن يكون معرّفاً صالحاً (UUID)', en: 'must be a UUID' }),
  isObject: () => ({ ar: 'يجب أن يكون كائناً', en: 'must be an object' }),
  nestedValidation: () => ({ ar: 'يجب أن يكون كائناً صالحاً', en: 'must be a valid object' }),
  whitelistValidation: () => ({ ar: 'حقل غير معروف ولا يُقبل', en: 'is not an accepted field' }),
  isInt: () => ({ ar: 'يجب أن يكون عدداً صحيحاً', en: 'must be an integer' }),
  min: (c) => ({ ar: `القيمة أصغر من المسموح: ${c}`, en: c }),
  max: (c) => ({ ar: `القيمة أكبر من المسموح: ${c}`, en: c }),
  isIso8601: () => ({ ar: 'يجب أن يكون تاريخاً ووقتاً بصيغة ISO 8601', en: 'must be an ISO 8601 date and time' }),
};

export function toFieldProblems(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own: FieldProblem[] = error.constraints
      ? [{ field, reasons: Object.entries(error.constraints).map(([name, text]) => (REASONS[name] ?? ((c: string) => ({ ar: c, en: c })))(text)) }]
      : [];
    return [...own, ...toFieldProblems(error.children ?? [], field)];
  });
}

/** Every body and query is checked against its DTO; unknown fields are refused, not silently dropped. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) =>
      new UnprocessableEntityException({
        code: 'validation-failed',
        message: { ar: 'البيانات المرسلة غير صحيحة', en: 'The request has invalid fields' },
        fields: toFieldProblems(errors),
      }),
  });
}
