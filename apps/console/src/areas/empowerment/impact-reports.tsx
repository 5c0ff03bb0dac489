import { Badge, Button, Group, Paper, Select, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { unwrap } from '../../api/client';
import { useApi } from '../../api/context';
import { useSession } from '../../auth/auth';
import { latinDigits } from '../../i18n/dates';
import { useLocale, useT } from '../../i18n/locale';
import { DualDate } from '../../kit/dates';
import { PagedList } from '../../kit/paged';
import { ErrorNotice, Loading } from '../../kit/states';
import { mayCall } from '../permissions';
import { allInFields, reasonsUnder, type Schemas } from './common';
import { EmpowermentNav } from './nav';

// Impact reports and the partnership's evaluation (Tuwaiq, partner allocation 5; docs/adr/0040): each
// reporting period with its due date and status, the report's late and overspent flags, the partner's
// submit form and the empowerment team's DAC evaluation once the agreement is over.

export type ImpactReport = Schemas['ImpactReportDto'];
export type ReportStatus = 'due' | 'overdue' | 'submitted' | 'not-owed';
/** The queue's order: what is overdue first, then what is due, then what is in. */
export const QUEUE_ORDER: ReportStatus[] = ['overdue', 'due', 'submitted', 'not-owed'];
export const DAC_CRITERIA = ['relevance', 'coherence', 'effectiveness', 'efficiency', 'impact', 'sustainability'] as const;

const dayOf = (day: string) => `${day}T12:00:00+03:00`;

export function ReportStatusBadge({ status }: { status: string }) {
  const t = useT();
  const s = status as ReportStatus;
  return (
    <Badge variant="filled" color={s === 'overdue' ? 'red.9' : s === 'submitted' ? 'athar.9' : 'gray.8'} data-testid="report-status">
      {t(`pa.report.${s}`)}
    </Badge>
  );
}

/** One reporting period as a row: the period, when it becomes overdue, its status, and the report once in. */
export function ReportRow({ report: r, showPartner, children }: { report: ImpactReport; showPartner?: boolean; children?: ReactNode }) {
  const t = useT();
  const { language } = useLocale();
  const s = r.submission;
  return (
    <Paper component="li" withBorder p="sm" data-testid="impact-report" data-id={r.reportId} data-period={r.period}>
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <Stack gap={4}>
          {showPartner ? <Text fw={700}>{r.partner.name[language]}</Text> : null}
          <Text size="sm">
            {t('pa.report.period')}: <DualDate value={dayOf(r.period)} />
          </Text>
          {s ? (
            <>
              <Text size="sm">
                {t('pa.report.submittedAt')}: <DualDate value={s.submittedAt} />
              </Text>
              <Text size="sm">{t('pa.report.reached', { direct: s.beneficiaries.direct, indirect: s.beneficiaries.indirect })}</Text>
              <Text size="sm">
                {t('pa.report.spent', { spent: s.spentSar })}
                {s.allocationSar !== null ? ` · ${t('pa.report.allocated', { allocated: s.allocationSar })}` : ''}
              </Text>
              <Text size="sm">{s.activities.join(' · ')}</Text>
            </>
          ) : r.status !== 'not-owed' ? (
            <Text size="sm">
              {t('pa.report.overdueAt')}: <DualDate value={r.overdueAt} />
            </Text>
          ) : null}
        </Stack>
        <Stack gap={6} align="flex-end">
          <ReportStatusBadge status={r.status} />
          {s?.late ? (
            <Badge variant="outline" color="red.9" data-testid="late">
              {t('pa.report.late')}
            </Badge>
          ) : null}
          {s?.overspent ? (
            <Badge variant="outline" color="red.9" data-testid="overspent">
              {t('pa.report.overspent')}
            </Badge>
          ) : null}
          {children}
        </Stack>
      </Group>
    </Paper>
  );
}

/** The agreement page's tab: its periods, and the DAC evaluation once the agreement has ended or was terminated. */
export function AgreementReports({ agreement }: { agreement: Schemas['PartnerAgreementDto'] }) {
  const api = useApi();
  const t = useT();
  const { roles } = useSession();
  const over = agreement.state === 'ended' || agreement.state === 'terminated';
  return (
    <Stack gap="md">
      <Title order={3} size="h4">
        {t('pa.reports.title')}
      </Title>
      <PagedList<ImpactReport>
        queryKey={['impact-reports', 'agreement', agreement.agreementId]}
        fetchPage={(cursor) =>
          unwrap(api.partner.GET('/impact-reports', { params: { query: { agreementId: agreement.agreementId, limit: 20, ...(cursor ? { cursor } : {}) } } }))
        }
        empty={<Text c="gray.8">{t('pa.reports.none')}</Text>}
        render={(items) => (
          <Stack gap="sm" component="ul" p={0} style={{ listStyle: 'none' }} aria-label={t('pa.reports.title')}>
            {items.map((r) => (
              <ReportRow key={r.reportId} report={r} />
            ))}
          </Stack>
        )}
      />
      {over && mayCall('partner-allocation POST /partner-agreements/{agreementId}/evaluation', roles) ? (
        <EvaluationForm agreementId={agreement.agreementId} />
      ) : !over ? (
        <Text size="sm" c="gray.8">
          {t('pa.evaluation.later')}
        </Text>
      ) : null}
    </Stack>
  );
}

/** The partnership's evaluation on the six OECD DAC criteria, each 1–4 with a comment (partner allocation 5). */
export function EvaluationForm({ agreementId }: { agreementId: string }) {
  const api = useApi();
  const t = useT();
  const { language } = useLocale();
  const form = useForm({
    mode: 'controlled',
    initialValues: {
      assessorName: '',
      ...Object.fromEntries(
        DAC_CRITERIA.flatMap((c) => [
          [`${c}_score`, ''],
          [`${c}_comment`, ''],
        ]),
      ),
    } as Record<string, string>,
  });
  const evaluate = useMutation({
    mutationFn: () => {
      const v = form.getValues();
      return unwrap(
        api.partner.POST('/partner-agreements/{agreementId}/evaluation', {
          params: { path: { agreementId } },
          body: {
            assessorName: (v.assessorName ?? '').trim(),
            evidence: [],
            criteria: DAC_CRITERIA.map((criterion) => ({
              criterion,
              score: Number(v[`${criterion}_score`] || 0),
              comment: (v[`${criterion}_comment`] ?? '').trim(),
            })),
          },
        }),
      );
    },
  });
  if (evaluate.isSuccess) {
    const e = evaluate.data;
    return (
      <Paper withBorder p="md" data-testid="evaluation">
        <Stack gap="xs">
          <Title order={3} size="h4">
            {t('pa.evaluation.title')}
          </Title>
          <Text fw={700}>{t('pa.evaluation.overall', { score: e.overallScore })}</Text>
          {e.criteria.map((c) => (
            <Text key={c.criterion} size="sm">
              {t(`pa.dac.${c.criterion as (typeof DAC_CRITERIA)[number]}`)}: {t(`pa.dac.score.${c.score as 1 | 2 | 3 | 4}`)} — {c.comment}
            </Text>
          ))}
          <Text size="sm">
            {e.assessor.name} · <DualDate value={e.evaluatedAt} />
          </Text>
        </Stack>
      </Paper>
    );
  }
  // The API names a criterion by its place in the list (criteria.0.score …).
  const reasonOf = (criterion: string, part: 'score' | 'comment') => {
    const i = DAC_CRITERIA.indexOf(criterion as (typeof DAC_CRITERIA)[number]);
    return reasonsUnder(evaluate.error, `criteria.${i}.${part}`, language);
  };
  return (
    <Paper withBorder p="md" component="form" aria-label={t('pa.evaluation.title')} onSubmit={(e) => (e.preventDefault(), evaluate.mutate())}>
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t('pa.evaluation.title')}
        </Title>
        <Text size="sm">{t('pa.evaluation.help')}</Text>
        {DAC_CRITERIA.map((c) => (
          <Stack key={c} gap={4} data-testid={`criterion-${c}`}>
            <Text fw={700}>{t(`pa.dac.${c}`)}</Text>
            <Group grow wrap="wrap" align="flex-start">
              <Select
                label={t('pa.evaluation.score')}
                data={([1, 2, 3, 4] as const).map((n) => ({ value: String(n), label: t(`pa.dac.score.${n}`) }))}
                {...form.getInputProps(`${c}_score`)}
                error={reasonOf(c, 'score')}
              />
              <Textarea label={t('pa.evaluation.comment')} autosize minRows={1} {...form.getInputProps(`${c}_comment`)} error={reasonOf(c, 'comment')} />
            </Group>
          </Stack>
        ))}
        <TextInput label={t('pa.evaluation.assessor')} {...form.getInputProps('assessorName')} error={reasonsUnder(evaluate.error, 'assessorName', language)} />
        {evaluate.isError && !allInFields(evaluate.error, ['criteria', 'assessorName']) ? <ErrorNotice error={evaluate.error} /> : null}
        <Group justify="flex-end">
          <Button type="submit" loading={evaluate.isPending} data-testid="evaluate">
            {t('pa.evaluation.send')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/** The empowerment team's queue of report periods: overdue first, then due, then submitted, then not owed. */
export function ImpactReportsQueue() {
  const api = useApi();
  const t = useT();
  return (
    <Stack gap="md" maw={960}>
      <EmpowermentNav />
      <Title order={2}>{t('pa.reports.queue')}</Title>
      {QUEUE_ORDER.map((status) => (
        <Stack key={status} gap="xs" component="section" aria-labelledby={`reports-${status}`} data-testid={`reports-${status}`}>
          <Title order={3} size="h4" id={`reports-${status}`}>
            {t(`pa.reports.section.${status}`)}
          </Title>
          <PagedList<ImpactReport>
            queryKey={['impact-reports', 'queue', status]}
            fetchPage={(cursor) => unwrap(api.partner.GET('/impact-reports', { params: { query: { status, limit: 20, ...(cursor ? { cursor } : {}) } } }))}
            empty={<Text c="gray.8">{t('pa.reports.none')}</Text>}
            render={(items) => (
              <Stack gap="sm" component="ul" p={0} style={{ listStyle: 'none' }} aria-labelledby={`reports-${status}`}>
                {items.map((r) => (
                  <ReportRow key={r.reportId} report={r} showPartner />
                ))}
              </Stack>
            )}
          />
        </Stack>
      ))}
    </Stack>
  );
}

/** A partner's periods of one agreement, each owed one with its submit form (the API's reasons in the fields). */
export function OwedReports({ agreement }: { agreement: Schemas['PartnerAgreementDto'] }) {
  const api = useApi();
  const t = useT();
  const [open, setOpen] = useState<string | null>(null);
  const view = useQuery({
    queryKey: ['my-impact-reports', agreement.agreementId],
    queryFn: () => unwrap(api.partner.GET('/impact-reports/mine', { params: { query: { agreementId: agreement.agreementId, limit: 200 } } })),
  });
  if (view.isPending) return <Loading />;
  if (view.isError) return <ErrorNotice error={view.error} onRetry={() => void view.refetch()} />;
  if (view.data.items.length === 0) return null;
  return (
    <Stack gap="sm" data-testid="my-reports">
      <Title order={3} size="h4">
        {t('pa.reports.title')}
      </Title>
      <Stack gap="sm" component="ul" p={0} style={{ listStyle: 'none' }} aria-label={t('pa.reports.title')}>
        {view.data.items.map((r) => (
          <ReportRow key={r.reportId} report={r}>
            {r.status === 'due' || r.status === 'overdue' ? (
              <Button
                size="xs"
                variant="default"
                aria-expanded={open === r.period}
                onClick={() => setOpen(open === r.period ? null : r.period)}
                data-testid="open-report-form"
              >
                {t('pa.report.write')}
              </Button>
            ) : null}
          </ReportRow>
        ))}
      </Stack>
      {open ? <ReportForm agreement={agreement} period={open} onDone={() => setOpen(null)} /> : null}
    </Stack>
  );
}

function ReportForm({ agreement, period, onDone }: { agreement: Schemas['PartnerAgreementDto']; period: string; onDone: () => void }) {
  const api = useApi();
  const t = useT();
  const { language } = useLocale();
  const queryClient = useQueryClient();
  const form = useForm({ mode: 'controlled', initialValues: { direct: '', indirect: '', activities: '', spentSar: '' } });
  const count = (value: string) => (value.trim() === '' ? Number.NaN : Number(latinDigits(value.trim())));
  const submit = useMutation({
    mutationFn: () => {
      const v = form.getValues();
      return unwrap(
        api.partner.POST('/partner-agreements/{agreementId}/impact-reports', {
          params: { path: { agreementId: agreement.agreementId } },
          body: {
            period,
            allocatingTenantId: agreement.allocatingTenantId,
            beneficiaries: { direct: count(v.direct), indirect: count(v.indirect) },
            activities: v.activities
              .split('\n')
              .map((a) => a.trim())
              .filter((a) => a.length > 0),
            spentSar: count(v.spentSar),
            evidence: [],
          },
        }),
      );
    },
    // The answer is the period as it now stands; the list's read model catches up a moment later.
    onSuccess: (report) => {
      queryClient.setQueryData<Schemas['ImpactReportPageDto']>(['my-impact-reports', agreement.agreementId], (page) =>
        page ? { ...page, items: page.items.map((r) => (r.reportId === report.reportId ? report : r)) } : page,
      );
      onDone();
    },
  });
  return (
    <Paper
      withBorder
      p="md"
      component="form"
      aria-label={t('pa.report.form')}
      onSubmit={(e) => (e.preventDefault(), submit.mutate())}
      data-testid="report-form"
    >
      <Stack gap="sm">
        <Title order={4} size="h5">
          {t('pa.report.form')} — <DualDate value={dayOf(period)} />
        </Title>
        <Group grow wrap="wrap" align="flex-start">
          <TextInput
            label={t('pa.report.direct')}
            inputMode="numeric"
            {...form.getInputProps('direct')}
            error={reasonsUnder(submit.error, 'beneficiaries.direct', language)}
          />
          <TextInput
            label={t('pa.report.indirect')}
            inputMode="numeric"
            {...form.getInputProps('indirect')}
            error={reasonsUnder(submit.error, 'beneficiaries.indirect', language)}
          />
        </Group>
        <Textarea
          label={t('pa.report.activities')}
          description={t('pa.report.activities.help')}
          autosize
          minRows={2}
          {...form.getInputProps('activities')}
          error={reasonsUnder(submit.error, 'activities', language)}
        />
        <TextInput
          label={t('pa.report.spentSar')}
          inputMode="decimal"
          {...form.getInputProps('spentSar')}
          error={reasonsUnder(submit.error, 'spentSar', language)}
        />
        {submit.isError && !allInFields(submit.error, ['beneficiaries', 'activities', 'spentSar']) ? <ErrorNotice error={submit.error} /> : null}
        <Group justify="flex-end">
          <Button type="submit" loading={submit.isPending} data-testid="submit-report">
            {t('pa.report.send')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
