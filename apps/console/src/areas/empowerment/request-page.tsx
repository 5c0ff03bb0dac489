import { Alert, Button, Group, List, NumberInput, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { unwrap } from '../../api/client';
import { useApi } from '../../api/context';
import { useLocale, useT } from '../../i18n/locale';
import { DualDate } from '../../kit/dates';
import { useServices } from '../../kit/services';
import { ErrorNotice, Loading } from '../../kit/states';
import { TableScroll } from '../../kit/table-scroll';
import { allInFields, placeName, reasonsUnder, StageBadge, type Schemas } from './common';
import { EmpowermentNav } from './nav';

/** A partner request as received (partner allocation 1) and its needs study: each factor's score and evidence (2). */
export function RequestPage() {
  const { partnerRequestId = '' } = useParams();
  const api = useApi();
  const t = useT();
  const { language } = useLocale();
  const { nameOf } = useServices();
  const view = useQuery({
    queryKey: ['partner-request', partnerRequestId],
    queryFn: () => unwrap(api.partner.GET('/partner-requests/{partnerRequestId}', { params: { path: { partnerRequestId } } })),
  });
  // The needs study's factors as the tenant's policy names them (partner allocation 2), not a copy in the console.
  const factors = useQuery({
    queryKey: ['study-factors'],
    queryFn: () => unwrap(api.partner.GET('/needs-studies/factors')),
    staleTime: Infinity,
  });
  if (view.isPending || factors.isPending) return <Loading />;
  if (view.isError) return <ErrorNotice error={view.error} onRetry={() => void view.refetch()} />;
  if (factors.isError) return <ErrorNotice error={factors.error} onRetry={() => void factors.refetch()} />;
  const request = view.data;
  return (
    <Stack gap="md" maw={960}>
      <EmpowermentNav />
      <Group justify="space-between" wrap="wrap">
        <Title order={2}>{t('empower.request.title', { partner: request.partner.name[language] })}</Title>
        <StageBadge stage={request.stage} />
      </Group>
      <Paper withBorder p="md" data-testid="request-details">
        <Stack gap={4}>
          <Text>
            {t('pa.service')}: {nameOf(request.serviceId, language)}
          </Text>
          <Text>
            {t('pa.region')}: {placeName(request.region.regionId, request.region.governorateId, language)}
          </Text>
          <Text>{t('pa.beneficiaries', { count: request.expectedBeneficiaries })}</Text>
          <Text>
            {t('pa.licence')}:{' '}
            <Text component="span" dir="ltr">
              {request.licenceNumber}
            </Text>
          </Text>
          <Text>
            {t('pa.scope')}: {request.scopeOfWork}
          </Text>
          <Text>{t('pa.objectives')}:</Text>
          <List size="sm">
            {request.objectives.map((o, i) => (
              <List.Item key={i}>{o}</List.Item>
            ))}
          </List>
          <Text>
            {t('pa.contact')}: {request.contact.name} ·{' '}
            <Text component="span" dir="ltr">
              {request.contact.mobile}
            </Text>
            {request.contact.email ? ` · ${request.contact.email}` : ''}
          </Text>
          <Text size="sm">
            {t('pa.submitted')}: <DualDate value={request.submittedAt} /> ({t(`pa.from.${request.submittedFrom}`)})
          </Text>
          <Text size="sm">
            {t('pa.studyDeadline')}: <DualDate value={request.studyDeadline} />
          </Text>
        </Stack>
      </Paper>
      {request.study ? (
        <StudyView study={request.study} factors={factors.data.factors} />
      ) : (
        <StudyForm partnerRequestId={partnerRequestId} factors={factors.data.factors} />
      )}
    </Stack>
  );
}

type StudyFactor = Schemas['StudyFactorDto'];

function StudyView({ study, factors }: { study: Schemas['NeedsStudyViewDto']; factors: StudyFactor[] }) {
  const t = useT();
  const { language } = useLocale();
  return (
    <Paper withBorder p="md" data-testid="study-view">
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t('empower.study.done', { total: study.total, max: study.maxTotal })}
        </Title>
        <Text size="sm">
          {t('empower.study.assessed', { by: study.assessedBy })} · <DualDate value={study.completedAt} />
          {study.late ? ` · ${t('empower.study.late')}` : ''}
        </Text>
        <TableScroll label={t('empower.study.factors')} minWidth={520}>
          <Table withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('empower.study.factor')}</Table.Th>
                <Table.Th>{t('empower.study.score')}</Table.Th>
                <Table.Th>{t('empower.study.evidence')}</Table.Th>
                <Table.Th>{t('empower.study.note')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {study.factors.map((f) => (
                <Table.Tr key={f.factorId}>
                  <Table.Td>{factors.find((known) => known.id === f.factorId)?.name[language] ?? f.factorId}</Table.Td>
                  <Table.Td>{t('empower.study.outOf', { score: f.score, max: f.maxScore })}</Table.Td>
                  <Table.Td dir="ltr" ff="monospace" fz="xs">
                    {f.evidence.join(' ')}
                  </Table.Td>
                  <Table.Td>{f.note ?? '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      </Stack>
    </Paper>
  );
}

/** One score per factor of the policy (0 to its highest), the evidence (document ids), a note; the API's reasons in the factor's fields. */
function StudyForm({ partnerRequestId, factors }: { partnerRequestId: string; factors: StudyFactor[] }) {
  const api = useApi();
  const t = useT();
  const { language } = useLocale();
  const queryClient = useQueryClient();
  const form = useForm({
    mode: 'controlled',
    initialValues: { scores: factors.map(({ id: factorId }) => ({ factorId, score: '' as number | string, evidence: '', note: '' })) },
  });
  const score = useMutation({
    mutationFn: () =>
      unwrap(
        api.partner.POST('/partner-requests/{partnerRequestId}/needs-study', {
          params: { path: { partnerRequestId } },
          body: {
            scores: form.getValues().scores.map((s) => ({
              factorId: s.factorId,
              score: typeof s.score === 'number' ? s.score : Number.NaN,
              evidence: s.evidence.split(/[\s,،]+/).filter(Boolean),
              ...(s.note.trim() ? { note: s.note.trim() } : {}),
            })),
          },
        }),
      ),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['partner-request', partnerRequestId] });
      void queryClient.invalidateQueries({ queryKey: ['partner-requests'] });
      void queryClient.invalidateQueries({ queryKey: ['studies-due'] });
    },
  });
  return (
    <Paper withBorder p="md" component="form" aria-label={t('empower.study.title')} onSubmit={(e) => (e.preventDefault(), score.mutate())}>
      <Stack>
        <Title order={3} size="h4">
          {t('empower.study.title')}
        </Title>
        <Text size="sm" c="gray.8">
          {t('empower.study.help', { max: Math.max(...factors.map((f) => f.maxScore)) })}
        </Text>
        {factors.map((factor, i) => (
          <Paper key={factor.id} withBorder p="sm" data-testid={`factor-${factor.id}`}>
            <Stack gap="xs">
              <Text fw={700}>{factor.name[language]}</Text>
              <Group grow wrap="wrap" align="flex-start">
                <NumberInput
                  label={t('empower.study.score')}
                  min={0}
                  max={factor.maxScore}
                  allowDecimal={false}
                  {...form.getInputProps(`scores.${i}.score`)}
                  error={reasonsUnder(score.error, `scores.${i}.score`, language)}
                />
                <TextInput
                  label={t('empower.study.evidence')}
                  description={t('empower.study.evidence.help')}
                  dir="ltr"
                  {...form.getInputProps(`scores.${i}.evidence`)}
                  error={reasonsUnder(score.error, `scores.${i}.evidence`, language)}
                />
              </Group>
              <TextInput
                label={t('empower.study.note')}
                {...form.getInputProps(`scores.${i}.note`)}
                error={reasonsUnder(score.error, `scores.${i}.note`, language)}
              />
              {reasonsUnder(score.error, `scores.${i}.factorId`, language) ? (
                <Text c="red.9" size="sm">
                  {reasonsUnder(score.error, `scores.${i}.factorId`, language)}
                </Text>
              ) : null}
            </Stack>
          </Paper>
        ))}
        {score.isError &&
        !allInFields(
          score.error,
          factors.map((_, i) => `scores.${i}`),
        ) ? (
          <ErrorNotice error={score.error} />
        ) : null}
        {score.isSuccess ? (
          <Alert color="athar" role="status">
            {t('empower.study.saved', { total: score.data.total, max: score.data.maxTotal })}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button type="submit" loading={score.isPending} data-testid="record-study">
            {t('empower.study.record')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
