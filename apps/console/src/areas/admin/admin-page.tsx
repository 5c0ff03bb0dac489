import { Divider, Stack, Title } from '@mantine/core';
import { useT } from '../../i18n/locale';
import { Erasure } from './erasure';
import { Staff } from './staff';

/** The association administrator's page: staff accounts and roles (docs/adr/0034), a person's erasure (docs/adr/0013). */
export function AdminPage() {
  const t = useT();
  return (
    <Stack gap="xl">
      <Title order={2}>{t('admin.title')}</Title>
      <Staff />
      <Divider />
      <Erasure />
    </Stack>
  );
}
