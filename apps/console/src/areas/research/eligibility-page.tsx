import { Alert, Anchor, Badge, Button, Group, Paper, Radio, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { ApiError, unwrap } from '../../api/client';
import { useApi } from '../../api/context';
import type { components } from '../../api/generated/eligibility';
import { useSession } from '../../auth/auth';
import { useLocale, useT } from '../../i18n/locale';
import type { MessageId } from '../../i18n/messages';
import { DualDate } from '../../kit/dates';
import { ErrorNotice, fieldReasons, Loading } from '../../kit/states';
import { mayCall } from '../permissions';
import { ResearchNav } from './research-nav';

type Outcome = components['schemas']['OverrideEligibilityDto']['to'];

/** A case's eligibility: the decision, each criterion with its reason (Tuwaiq 6-1), the review (6-4), the documents (6-2), and the researcher's override (6-3). */
export function EligibilityPage() {
  const { caseId = '' } = useParams();
  const api = useApi();
  const t = useT();
  const { language } = useLocale();
  const { roles } = useSession();
  const queryClient = useQueryClient();
  const view = useQuery({
    queryKey: ['eligibility-case', caseId],
    queryFn: () => unwrap(api.eligibility.GET('/cases/{caseId}', { params: { path: { caseId } } })),
  });
  const form = useForm({ mode: 'controlled', initialValues: { to: '' as Outcome | '', reason: '' } });
  const override = useMutation({
    mutationFn: () => {
      const v = form.getValues();
      return unwrap(
        api.eligibility.POST('/cases/{caseId}/eligibility/override', {
          params: { path: { caseId } },
          body: { to: (v.to || opposite(view.data?.details.outcome)) as Outcome, reason: v.reason.trim() },
        }),
      );
    },
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['eligibility-case', caseId] }),
  });
  if (view.isPending) return <Loading />;
  if (view.isError) return <ErrorNotice error={view.error} onRetry={() => void view.refetch()} />;
  const { details } = view.data;
  const outcome = (o: Outcome) => t(`research.outcome.${o}`);
  const mayOverride = mayCall('eligibility POST /cases/{caseId}/eligibility/override', roles);
  const overrideFieldsShown = override.error instanceof ApiError && (override.error.body.fields ?? []).every((f) => f.field === 'reason' || f.field === 'to');
  return (
    <Stack gap="md" maw={960}>
      <ResearchNav />
      <Title order={2}>{t('research.eligibility.title')}</Title>
      <Paper withBorder p="md" data-testid="eligibility-outcome">
        <Stack gap={4}>
          <Text fw={700} size="lg">
            {t('research.outcome', { outcome: outcome(details.outcome) })}
          </Text>
          <Text size="sm">
            {t('research.assessed', { version: details.eligibilityPolicyVersion ?? details.policyVersion })} · <DualDate value={details.assessedAt} />
          </Text>
          {details.override ? (
            <Text size="sm">
              {t('research.override.current', { from: outcome(details.override.from), to: outcome(details.override.to), reason: details.override.reason })}
            </Text>
          ) : null}
          {details.review ? (
            <Text size="sm">
              {t('research.review', { round: details.review.round, result: t(`research.review.${details.review.result}`) })}
              {details.review.reasons.map((r) => ` · ${r[language]}`).join('')}
            </Text>
          ) : null}
        </Stack>
      </Paper>
      <Title order={3} size="h4">
        {t('research.criteria')}
      </Title>
      <Table withTableBorder data-testid="criteria">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('research.criterion.result')}</Table.Th>
            <Table.Th>{t('research.col.reason')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {details.criteria.map((criterion) => (
            <Table.Tr key={criterion.criterionId}>
              <Table.Td>
                <Badge color={criterion.met ? 'athar.9' : 'red.9'} variant="filled">
                  {t(criterion.met ? 'research.criterion.met' : 'research.criterion.notMet')}
                </Badge>
              </Table.Td>
              <Table.Td>{criterion.reason[language]}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {details.documents.length > 0 ? (
        <>
          <Title order={3} size="h4">
            {t('research.documents')}
          </Title>
          <Stack gap={4} component="ul" style={{ listStyle: 'none' }} p={0}>
            {details.documents.map((d) => (
              <Group key={d.documentId} component="li" gap="sm">
                <Text size="sm">{t(`doctype.${d.documentType}` as MessageId)}</Text>
                <Text size="sm" c="gray.8">
                  {t(`research.docstatus.${d.status}`)}
                </Text>
                {d.status === 'pending' ? (
                  <Anchor size="sm" component={Link} to={`/research/cases/${caseId}/documents/${d.documentId}`}>
                    {t('research.open.document')}
                  </Anchor>
                ) : null}
              </Group>
            ))}
          </Stack>
        </>
      ) : null}
      {mayOverride ? (
        <Paper withBorder p="md" component="form" aria-label={t('research.override')} onSubmit={(e) => (e.preventDefault(), override.mutate())}>
          <Stack>
            <Title order={3} size="h4">
              {t('research.override')}
            </Title>
            {override.isSuccess ? (
              <Alert color="athar" role="status">
                {t('research.override.done')}
              </Alert>
            ) : null}
            <Radio.Group
              label={t('research.override.to')}
              value={form.getValues().to || opposite(details.outcome)}
              onChange={(value) => form.setFieldValue('to', value as Outcome)}
              error={fieldReasons(override.error, 'to', language)}
            >
              <Group mt="xs">
                <Radio value="eligible" label={outcome('eligible')} />
                <Radio value="not-eligible" label={outcome('not-eligible')} />
              </Group>
            </Radio.Group>
            <Textarea
              label={t('research.override.reason')}
              autosize
              minRows={2}
              {...form.getInputProps('reason')}
              error={fieldReasons(override.error, 'reason', language)}
            />
            {override.isError && !overrideFieldsShown ? <ErrorNotice error={override.error} /> : null}
            <Group justify="flex-end">
              <Button type="submit" loading={override.isPending}>
                {t('research.override.send')}
              </Button>
            </Group>
          </Stack>
        </Paper>
      ) : null}
    </Stack>
  );
}

function opposite(outcome: Outcome | undefined): Outcome {
  return outcome === 'eligible' ? 'not-eligible' : 'eligible';
}
