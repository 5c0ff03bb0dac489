import { Text } from '@mantine/core';
import { gregorianDate, hijriDate } from '../i18n/dates';
import { useLocale, useT } from '../i18n/locale';

/** A date as the Kingdom reads it: Umm al-Qura Hijri first, Gregorian beside it. */
export function DualDate({ value }: { value: string | Date }) {
  const { language, digits } = useLocale();
  const t = useT();
  const instant = typeof value === 'string' ? new Date(value) : value;
  return (
    <Text component="span" data-testid="dual-date">
      <span data-calendar="islamic-umalqura" title={t('dates.hijri')}>
        {hijriDate(instant, language, digits)}
      </span>
      {/* "الموافق" (corresponding to) as Saudi letters write it; a middle dot beside Arabic-Indic digits reads as a zero */}
      {language === 'ar' ? ' الموافق ' : ' ('}
      <span data-calendar="gregory" title={t('dates.gregorian')}>
        {gregorianDate(instant, language, digits)}
      </span>
      {language === 'ar' ? '' : ')'}
    </Text>
  );
}
