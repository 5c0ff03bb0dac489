import { Anchor, Group, Paper, SegmentedControl, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { unwrap } from '../../api/client';
import { useApi } from '../../api/context';
import { useLocale, useT } from '../../i18n/locale';
import { DualDate } from '../../kit/dates';
import { PagedList } from '../../kit/paged';
import { useServices } from '../../kit/services';
import { placeName, StageBadge, STAGES, type Schemas, type Stage } from './common';
import { EmpowermentNav } from './nav';

type Item = Schemas['PartnerRequestItemDto'];

/** The partner requests received (Tuwaiq, partner allocation 1), by stage and service, keyset-paged. */
export function RequestsPage() {
  const api = useApi();
  const t = useT();
  const { language } = useLocale();
  const { services, nameOf } = useServices();
  const [stage, setStage] = useState<Stage | 'all'>('all');
  const [serviceId, setServiceId] = useState<string | null>(null);
  return (
    <Stack gap="md">
      <EmpowermentNav />
      <Title order={2}>{t('empower.requests.title')}</Title>
      <Group gap="md" wrap="wrap" align="flex-end">
        <SegmentedControl
          aria-label={t('empower.filter.stage')}
          value={stage}
          onChange={(value) => setStage(value as Stage | 'all')}
          data={[{ value: 'all', label: t('empower.filter.all') }, ...STAGES.map((s) => ({ value: s, label: t(`pa.stage.${s}`) }))]}
        />
        <Select
          label={t('empower.filter.service')}
          placeholder={t('empower.filter.all')}
          clearable
          value={serviceId}
          onChange={setServiceId}
          data={services.map((s) => ({ value: s.id, label: s.name[language] }))}
          data-testid="service-filter"
        />
      </Group>
      <PagedList<Item>
        queryKey={['partner-requests', stage, serviceId]}
        fetchPage={(cursor) =>
          unwrap(
            api.partner.GET('/partner-requests', {
              params: {
                query: { limit: 20, ...(stage === 'all' ? {} : { stage }), ...(serviceId ? { serviceId } : {}), ...(cursor ? { cursor } : {}) },
              },
            }),
          )
        }
        render={(items) => (
          <Stack gap="sm" component="ul" p={0} style={{ listStyle: 'none' }} aria-label={t('empower.requests.title')}>
            {items.map((item) => (
              <Paper key={item.partnerRequestId} component="li" withBorder p="sm" data-testid="partner-request" data-id={item.partnerRequestId}>
                <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
                  <Stack gap={4}>
                    <Text fw={700}>{item.partner.name[language]}</Text>
                    <Text size="sm">{nameOf(item.serviceId, language)}</Text>
                    <Text size="sm">
                      {placeName(item.regionId, item.governorateId, language)} · {t('pa.beneficiaries', { count: item.expectedBeneficiaries })}
                    </Text>
                    <Text size="sm">
                      {t('pa.submitted')}: <DualDate value={item.submittedAt} />
                    </Text>
                    <Text size="sm">
                      {t('pa.studyDeadline')}: <DualDate value={item.studyDeadline} />
                    </Text>
                    {item.studyTotal !== null ? <Text size="sm">{t('pa.studyTotal', { total: item.studyTotal })}</Text> : null}
                  </Stack>
                  <Stack gap={6} align="flex-end">
                    <StageBadge stage={item.stage} />
                    <Anchor component={Link} to={`/empowerment/requests/${item.partnerRequestId}`}>
                      {item.stage === 'studied' ? t('empower.open.request') : t('empower.open.study')}
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

/** The needs studies due, soonest first, with the reminders already sent (partner allocation 2). */
export function StudiesDuePage() {
  const api = useApi();
  const t = useT();
  const { language } = useLocale();
  const { nameOf } = useServices();
  const [stage, setStage] = useState<'study-pending' | 'study-overdue' | 'all'>('all');
  return (
    <Stack gap="md">
      <EmpowermentNav />
      <Title order={2}>{t('empower.studies.title')}</Title>
      <SegmentedControl
        w="fit-content"
        aria-label={t('empower.filter.stage')}
        value={stage}
        onChange={(value) => setStage(value as typeof stage)}
        data={[
          { value: 'all', label: t('empower.filter.all') },
          ...(['study-pending', 'study-overdue'] as const).map((s) => ({ value: s, label: t(`pa.stage.${s}`) })),
        ]}
      />
      <PagedList<Schemas['StudyDueDto']>
        queryKey={['studies-due', stage]}
        fetchPage={(cursor) =>
          unwrap(api.partner.GET('/needs-studies', { params: { query: { limit: 20, ...(stage === 'all' ? {} : { stage }), ...(cursor ? { cursor } : {}) } } }))
        }
        render={(items) => (
          <Stack gap="sm" component="ul" p={0} style={{ listStyle: 'none' }} aria-label={t('empower.studies.title')}>
            {items.map((item) => (
              <Paper key={item.partnerRequestId} component="li" withBorder p="sm" data-testid="study-due">
                <Group justify="space-between" align="flex-start" wrap="wrap">
                  <Stack gap={4}>
                    <Text fw={700}>{item.partner.name[language]}</Text>
                    <Text size="sm">
                      {nameOf(item.serviceId, language)} · {placeName(item.regionId, null, language)}
                    </Text>
                    <Text size="sm">
                      {t('pa.studyDeadline')}: <DualDate value={item.studyDeadline} />
                    </Text>
                    {item.remindersSent.length > 0 ? (
                      <Text size="sm">{t('empower.studies.reminders', { points: item.remindersSent.map((p) => `${p}%`).join('، ') })}</Text>
                    ) : null}
                  </Stack>
                  <Stack gap={6} align="flex-end">
                    <StageBadge stage={item.stage} />
                    <Anchor component={Link} to={`/empowerment/requests/${item.partnerRequestId}`}>
                      {t('empower.open.study')}
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
