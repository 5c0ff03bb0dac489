import { Alert, Button, Center, Loader, Stack, Text } from '@mantine/core';
import { ApiError, type Bilingual } from '../api/client';
import { useLocale, useT } from '../i18n/locale';
import { bilingual } from './bilingual';

export { bilingual };

/** The reasons the API gave for a field, ready for a Mantine input's `error`. */
export function fieldReasons(error: unknown, field: string, language: 'ar' | 'en'): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const reasons = error.reasonsFor(field);
  return reasons.length > 0 ? reasons.map((r) => bilingual(r, language)).join(' · ') : undefined;
}

export function Loading() {
  const t = useT();
  return (
    <Center p="xl" role="status" aria-live="polite">
      <Loader size="sm" aria-hidden />
      <Text ms="sm">{t('common.loading')}</Text>
    </Center>
  );
}

export function Empty() {
  const t = useT();
  return (
    <Text c="gray.8" p="md" role="status">
      {t('common.empty')}
    </Text>
  );
}

/** An API refusal as a person reads it: the service's bilingual message, never raw JSON or a stack. */
export function ErrorNotice({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { language } = useLocale();
  const t = useT();
  const message = error instanceof ApiError ? bilingual(error.body.message as Bilingual, language) : t('common.error');
  return (
    <Alert color="red" title={t('common.error')} role="alert">
      <Stack gap="xs">
        <Text>{message}</Text>
        {onRetry ? (
          <Button variant="light" color="red" onClick={onRetry} w="fit-content">
            {t('common.retry')}
          </Button>
        ) : null}
      </Stack>
    </Alert>
  );
}
