import { Alert, Button, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useSession } from '../auth/auth';
import type { Area } from '../areas/area';
import { mayCall } from '../areas/permissions';
import { useT } from '../i18n/locale';

/**
 * A staff area's screens open only to a signed-in person whose roles may call what the area uses (the
 * permission matrix, docs/permissions.md); the services refuse anyway, this spares the person a page of refusals.
 */
export function AreaGuard({ area, children }: { area: Area; children: ReactNode }) {
  const session = useSession();
  const t = useT();
  if (!area.inNavigation) return <>{children}</>;
  if (!session.user)
    return (
      <Stack maw={480} gap="sm">
        <Text>{t('guard.signIn')}</Text>
        <Button w="fit-content" onClick={() => void session.signIn()}>
          {t('shell.signIn')}
        </Button>
      </Stack>
    );
  if (!area.uses.every((operation) => mayCall(operation, session.roles)))
    return (
      <Alert color="orange.9" role="alert" title={t('guard.notAllowed')}>
        {t('guard.notAllowed.detail')}
      </Alert>
    );
  return <>{children}</>;
}
