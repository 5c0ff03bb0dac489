import { Alert, Button, Group, Modal, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useApi } from '../../api/context';
import { TableScroll } from '../../kit/table-scroll';
import { unwrap } from '../../api/client';
import type { components } from '../../api/generated/intake';
import { DualDate } from '../../kit/dates';
import { ErrorNotice, fieldReasons } from '../../kit/states';
import { useLocale, useT } from '../../i18n/locale';

type Reason = components['schemas']['ErasePersonDto']['reason'];
const REASONS: Reason[] = ['beneficiary-request', 'retention-expired', 'legal-obligation'];

/**
 * Erasure of a person's personal data in every case, referral and inquiry of the association (docs/adr/0013):
 * the administrator types the ID number a second time in a confirmation before anything is destroyed, and
 * sees what the service says it erased.
 */
export function Erasure() {
  const api = useApi();
  const t = useT();
  const { language } = useLocale();
  const [nationalId, setNationalId] = useState('');
  const [mobile, setMobile] = useState('');
  const [reason, setReason] = useState<Reason | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [typed, setTyped] = useState('');
  const erase = useMutation({
    mutationFn: () =>
      unwrap(
        api.intake.POST('/beneficiaries/personal-data/erasure', {
          body: { nationalId: nationalId.trim(), reason: reason as Reason, ...(mobile.trim() ? { mobile: mobile.trim() } : {}) },
        }),
      ),
    onSettled: () => {
      setConfirming(false);
      setTyped('');
    },
  });
  const reasonFor = (field: string) => fieldReasons(erase.error, field, language);
  const fieldsNamed = ['nationalId', 'mobile', 'reason'].some((field) => reasonFor(field));
  const matches = typed.trim() === nationalId.trim();
  return (
    <Stack gap="xs" component="section" aria-labelledby="admin-erasure">
      <Title order={3} id="admin-erasure">
        {t('admin.erasure.title')}
      </Title>
      <Text c="gray.8">{t('admin.erasure.intro')}</Text>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          erase.reset();
          setConfirming(true);
        }}
      >
        <Stack gap="xs">
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput
              label={t('admin.erasure.nationalId')}
              value={nationalId}
              onChange={(e) => setNationalId(e.currentTarget.value)}
              error={reasonFor('nationalId')}
              dir="ltr"
              inputMode="numeric"
              required
            />
            <TextInput
              label={t('admin.erasure.mobile')}
              value={mobile}
              onChange={(e) => setMobile(e.currentTarget.value)}
              error={reasonFor('mobile')}
              dir="ltr"
              inputMode="tel"
            />
            <Select
              label={t('admin.erasure.reason')}
              value={reason}
              onChange={(value) => setReason(value as Reason | null)}
              data={REASONS.map((r) => ({ value: r, label: t(`admin.erasure.reason.${r}`) }))}
              error={reasonFor('reason')}
              required
            />
          </SimpleGrid>
          <Button type="submit" color="red.9" w="fit-content" disabled={!nationalId.trim() || !reason}>
            {t('admin.erasure.start')}
          </Button>
        </Stack>
      </form>
      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t('admin.erasure.confirm.title')}
        closeButtonProps={{ 'aria-label': t('admin.cancel') }}
      >
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (matches) erase.mutate();
          }}
        >
          <Stack gap="sm">
            <Text>{t('admin.erasure.confirm.detail', { nationalId: nationalId.trim() })}</Text>
            <TextInput
              label={t('admin.erasure.confirm.field')}
              value={typed}
              onChange={(e) => setTyped(e.currentTarget.value)}
              error={typed && !matches ? t('admin.erasure.confirm.mismatch') : undefined}
              dir="ltr"
              inputMode="numeric"
              data-autofocus
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setConfirming(false)}>
                {t('admin.cancel')}
              </Button>
              <Button type="submit" color="red.9" disabled={!matches} loading={erase.isPending}>
                {t('admin.erasure.confirm.go')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
      {erase.isError && !fieldsNamed ? <ErrorNotice error={erase.error} /> : null}
      {erase.data ? (
        <Stack gap="xs" data-testid="erased">
          <Alert color={erase.data.cases.length + erase.data.referrals.length + erase.data.inquiries.length > 0 ? 'athar' : 'gray'} role="status">
            {erase.data.cases.length + erase.data.referrals.length + erase.data.inquiries.length > 0
              ? t('admin.erasure.done', { cases: erase.data.cases.length, referrals: erase.data.referrals.length, inquiries: erase.data.inquiries.length })
              : t('admin.erasure.none')}
          </Alert>
          {erase.data.cases.length > 0 ? (
            <TableScroll label={t('admin.erasure.title')} minWidth={480}>
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('admin.erasure.col.case')}</Table.Th>
                    <Table.Th>{t('admin.erasure.reason')}</Table.Th>
                    <Table.Th>{t('admin.erasure.col.documents')}</Table.Th>
                    <Table.Th>{t('admin.erasure.col.when')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {erase.data.cases.map((c) => (
                    <Table.Tr key={c.caseId}>
                      <Table.Td dir="ltr">{c.caseId.slice(0, 8)}</Table.Td>
                      <Table.Td>{t(`admin.erasure.reason.${c.reason}`)}</Table.Td>
                      <Table.Td>{c.documentsRemoved}</Table.Td>
                      <Table.Td>
                        <DualDate value={c.erasedAt} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </TableScroll>
          ) : null}
        </Stack>
      ) : null}
    </Stack>
  );
}
