import { Alert, Anchor, Button, Group, NumberInput, Paper, SegmentedControl, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { unwrap } from '../../api/client';
import { useApi } from '../../api/context';
import { useSession } from '../../auth/auth';
import { useLocale, useT } from '../../i18n/locale';
import { DualDate } from '../../kit/dates';
import { PagedList } from '../../kit/paged';
import { useServices } from '../../kit/services';
import { ErrorNotice, fieldReasons } from '../../kit/states';
import { mayCall } from '../permissions';
import { allInFields, riyadhInstant, ROUND_STATUSES, RoundBadge, UNITS, useUnits, type RoundStatus, type RoundUnit, type Schemas } from './common';

/** The association's allocation rounds, newest first (partner allocation 3), and for the empowerment team the form to schedule one. */
export function RoundsList({ base, nav }: { base: string; nav: React.ReactNode }) {
  const api = useApi();
  const t = useT();
  const { language } = useLocale();
  const { roles } = useSession();
  const { nameOf } = useServices();
  const units = useUnits();
  const [status, setStatus] = useState<RoundStatus | 'all'>(base === '/allocation' ? 'proposed' : 'all');
  return (
    <Stack gap="md">
      {nav}
      <Title order={2}>{t('pa.rounds.title')}</Title>
      {mayCall('partner-allocation POST /allocation-rounds', roles) ? <ScheduleRound /> : null}
      <SegmentedControl
        w="fit-content"
        aria-label={t('pa.rounds.status')}
        value={status}
        onChange={(value) => setStatus(value as RoundStatus | 'all')}
        data={[{ value: 'all', label: t('empower.filter.all') }, ...ROUND_STATUSES.map((s) => ({ value: s, label: t(`pa.round.${s}`) }))]}
      />
      <PagedList<Schemas['AllocationRoundItemDto']>
        queryKey={['allocation-rounds', status]}
        fetchPage={(cursor) =>
          unwrap(
            api.partner.GET('/allocation-rounds', { params: { query: { limit: 20, ...(status === 'all' ? {} : { status }), ...(cursor ? { cursor } : {}) } } }),
          )
        }
        render={(items) => (
          <Stack gap="sm" component="ul" p={0} style={{ listStyle: 'none' }} aria-label={t('pa.rounds.title')}>
            {items.map((round) => (
              <Paper key={round.roundId} component="li" withBorder p="sm" data-testid="round" data-id={round.roundId}>
                <Group justify="space-between" align="flex-start" wrap="wrap">
                  <Stack gap={4}>
                    <Text fw={700}>{nameOf(round.serviceId, language)}</Text>
                    <Text size="sm">
                      {t('pa.capacity')}: {units(round.capacity, round.unit)}
                      {round.allocated !== null ? ` · ${t('pa.allocated')}: ${units(round.allocated, round.unit)}` : ''}
                      {round.requestCount !== null ? ` · ${t('pa.requestCount', { count: round.requestCount })}` : ''}
                    </Text>
                    <Text size="sm">
                      {t('pa.opens')}: <DualDate value={round.opensAt} />
                    </Text>
                    <Text size="sm">
                      {t('pa.closes')}: <DualDate value={round.closesAt} />
                    </Text>
                    {round.approvedAt ? (
                      <Text size="sm">
                        {t('pa.approvedAt')}: <DualDate value={round.approvedAt} />
                      </Text>
                    ) : null}
                  </Stack>
                  <Stack gap={6} align="flex-end">
                    <RoundBadge status={round.status} />
                    <Anchor component={Link} to={`${base}/rounds/${round.roundId}`}>
                      {t('pa.open.round')}
                    </Anchor>
                  </Stack>
                </Group>
              </Paper>
            ))}
          </Stack>
        )}
      />
    </Stack>
  );
}

/** Schedule a round: service, what the capacity counts and how much, when it opens and closes (Riyadh time). */
function ScheduleRound() {
  const api = useApi();
  const t = useT();
  const { language } = useLocale();
  const { services } = useServices();
  const queryClient = useQueryClient();
  const form = useForm({
    mode: 'controlled',
    initialValues: {
      serviceId: '',
      unit: 'seat' as RoundUnit,
      capacity: '' as number | string,
      unitsPerBeneficiary: 1 as number | string,
      opensAt: '',
      closesAt: '',
    },
  });
  const schedule = useMutation({
    mutationFn: () => {
      const v = form.getValues();
      return unwrap(
        api.partner.POST('/allocation-rounds', {
          body: {
            serviceId: v.serviceId,
            unit: v.unit,
            capacity: typeof v.capacity === 'number' ? (v.unit === 'halala' ? Math.round(v.capacity * 100) : v.capacity) : Number.NaN,
            unitsPerBeneficiary: typeof v.unitsPerBeneficiary === 'number' ? v.unitsPerBeneficiary : 1,
            opensAt: riyadhInstant(v.opensAt),
            closesAt: riyadhInstant(v.closesAt),
          },
        }),
      );
    },
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['allocation-rounds'] }),
  });
  const reason = (field: string) => fieldReasons(schedule.error, field, language);
  return (
    <Paper withBorder p="md" component="form" aria-label={t('empower.schedule.title')} onSubmit={(e) => (e.preventDefault(), schedule.mutate())}>
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t('empower.schedule.title')}
        </Title>
        <Group grow wrap="wrap" align="flex-start">
          <Select
            label={t('pa.service')}
            data={services.map((s) => ({ value: s.id, label: s.name[language] }))}
            {...form.getInputProps('serviceId')}
            error={reason('serviceId')}
          />
          <Select
            label={t('empower.schedule.unit')}
            data={UNITS.map((u) => ({ value: u, label: t(`pa.unit.${u}`) }))}
            allowDeselect={false}
            {...form.getInputProps('unit')}
            error={reason('unit')}
          />
        </Group>
        <Group grow wrap="wrap" align="flex-start">
          <NumberInput
            label={form.getValues().unit === 'halala' ? t('empower.schedule.capacity.money') : t('pa.capacity')}
            min={1}
            {...form.getInputProps('capacity')}
            error={reason('capacity')}
          />
          <NumberInput
            label={t('empower.schedule.perBeneficiary')}
            min={1}
            {...form.getInputProps('unitsPerBeneficiary')}
            error={reason('unitsPerBeneficiary')}
          />
        </Group>
        <Group grow wrap="wrap" align="flex-start">
          <TextInput
            type="datetime-local"
            label={t('pa.opens')}
            description={t('empower.schedule.riyadh')}
            {...form.getInputProps('opensAt')}
            error={reason('opensAt')}
          />
          <TextInput
            type="datetime-local"
            label={t('pa.closes')}
            description={t('empower.schedule.riyadh')}
            {...form.getInputProps('closesAt')}
            error={reason('closesAt')}
          />
        </Group>
        {schedule.isError && !allInFields(schedule.error, ['serviceId', 'unit', 'capacity', 'unitsPerBeneficiary', 'opensAt', 'closesAt']) ? (
          <ErrorNotice error={schedule.error} />
        ) : null}
        {schedule.isSuccess ? (
          <Alert color="athar" role="status">
            {t('empower.schedule.done')} <DualDate value={schedule.data.opensAt} /> — <DualDate value={schedule.data.closesAt} />
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button type="submit" loading={schedule.isPending}>
            {t('empower.schedule.send')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
