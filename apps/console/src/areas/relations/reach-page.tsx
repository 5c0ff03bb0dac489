import { Alert, Button, Group, NumberInput, Paper, Select, SimpleGrid, Stack, Table, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { FormattedNumber } from 'react-intl';
import { ApiError, unwrap } from '../../api/client';
import { useApi } from '../../api/context';
import { useLocale, useT } from '../../i18n/locale';
import { Empty, ErrorNotice, fieldReasons, Loading } from '../../kit/states';
import { TableScroll } from '../../kit/table-scroll';
import { channelLabel, CHANNELS, RelationsNav, type Channel } from './common';

/**
 * Reach of indirect beneficiaries (Tuwaiq 2-2): figures per content item and channel, largest total first,
 * as an accessible table (no chart library is installed; docs/adr/0036), and a figure recorded for a period.
 */
export function ReachPage() {
  const api = useApi();
  const t = useT();
  const { language } = useLocale();
  const queryClient = useQueryClient();
  const reach = useQuery({ queryKey: ['relations-reach'], queryFn: () => unwrap(api.intake.GET('/reach', { params: { query: { limit: 50 } } })) });
  const form = useForm({
    mode: 'controlled',
    validateInputOnChange: true,
    initialValues: { serviceId: 'published-content', contentItemId: '', channel: '', count: 0 as number | string, periodStart: '', periodEnd: '' },
    validate: {
      serviceId: (v) => (!v.trim() ? t('relations.validation.required') : null),
      contentItemId: (v) => (!v.trim() ? t('relations.validation.required') : null),
      channel: (v) => (!v ? t('relations.validation.required') : null),
      count: (v) => (typeof v !== 'number' || !Number.isInteger(v) || v < 0 ? t('relations.validation.count') : null),
      periodStart: (v) => (!v ? t('relations.validation.required') : null),
      periodEnd: (v) => (!v ? t('relations.validation.required') : null),
    },
  });
  const record = useMutation({
    mutationFn: () => {
      const v = form.getValues();
      return unwrap(
        api.intake.POST('/reach', {
          body: {
            serviceId: v.serviceId.trim(),
            contentItemId: v.contentItemId.trim(),
            channel: v.channel as Channel,
            count: Number(v.count),
            periodStart: `${v.periodStart}T00:00:00Z`,
            periodEnd: `${v.periodEnd}T00:00:00Z`,
          },
        }),
      );
    },
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['relations-reach'] }),
  });
  const reason = (field: string) => fieldReasons(record.error, field, language);
  const unplaced = record.isError && !(record.error instanceof ApiError && record.error.body.code === 'validation-failed');
  return (
    <Stack gap="md">
      <RelationsNav />
      <Title order={2}>{t('relations.reach.title')}</Title>
      {reach.isPending ? <Loading /> : null}
      {reach.isError ? <ErrorNotice error={reach.error} onRetry={() => void reach.refetch()} /> : null}
      {reach.data && reach.data.items.length === 0 ? <Empty /> : null}
      {reach.data && reach.data.items.length > 0 ? (
        <TableScroll label={t('relations.reach.title')}>
          <Table striped data-testid="reach" captionSide="top">
            <Table.Caption>{t('relations.reach.title')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('relations.reach.item')}</Table.Th>
                <Table.Th>{t('relations.reach.channel')}</Table.Th>
                <Table.Th>{t('relations.reach.total')}</Table.Th>
                <Table.Th>{t('relations.reach.corrected')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {reach.data.items.map((item) => (
                <Table.Tr key={`${item.contentItemId}.${item.channel}`} data-item={item.contentItemId}>
                  <Table.Td dir="ltr">{item.contentItemId}</Table.Td>
                  <Table.Td>{t(channelLabel(item.channel))}</Table.Td>
                  <Table.Td>
                    <FormattedNumber value={item.total} />
                  </Table.Td>
                  <Table.Td>{t(item.corrected ? 'relations.reach.yes' : 'relations.reach.no')}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      ) : null}
      <Paper withBorder p="md" maw={720} component="form" noValidate onSubmit={form.onSubmit(() => record.mutate())}>
        <Stack>
          <Title order={3} size="h4">
            {t('relations.reach.record')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('relations.reach.service')}
              required
              dir="ltr"
              {...form.getInputProps('serviceId')}
              error={form.errors.serviceId ?? reason('serviceId')}
            />
            <TextInput
              label={t('relations.reach.contentItemId')}
              required
              dir="ltr"
              {...form.getInputProps('contentItemId')}
              error={form.errors.contentItemId ?? reason('contentItemId')}
            />
            <Select
              label={t('relations.reach.channel')}
              required
              data={CHANNELS.map((c) => ({ value: c, label: t(channelLabel(c)) }))}
              {...form.getInputProps('channel')}
              error={form.errors.channel ?? reason('channel')}
            />
            <NumberInput
              label={t('relations.reach.count')}
              required
              min={0}
              allowDecimal={false}
              {...form.getInputProps('count')}
              error={form.errors.count ?? reason('count')}
            />
            <TextInput
              type="date"
              label={t('relations.reach.periodStart')}
              required
              {...form.getInputProps('periodStart')}
              error={form.errors.periodStart ?? reason('periodStart')}
            />
            <TextInput
              type="date"
              label={t('relations.reach.periodEnd')}
              required
              {...form.getInputProps('periodEnd')}
              error={form.errors.periodEnd ?? reason('periodEnd')}
            />
          </SimpleGrid>
          {record.isSuccess ? (
            <Alert color="athar" role="status">
              {t('relations.reach.saved')}
            </Alert>
          ) : null}
          {unplaced ? <ErrorNotice error={record.error} /> : null}
          <Group justify="flex-end">
            <Button type="submit" loading={record.isPending}>
              {t('relations.reach.save')}
            </Button>
          </Group>
        </Stack>
      </Paper>
    </Stack>
  );
}
