import { Alert, Anchor, Box, Button, Group, Paper, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { unwrap } from '../../api/client';
import { useApi } from '../../api/context';
import { useLocale, useT } from '../../i18n/locale';
import type { MessageId } from '../../i18n/messages';
import { DualDate } from '../../kit/dates';
import { ErrorNotice, fieldReasons, Loading } from '../../kit/states';
import { TableScroll } from '../../kit/table-scroll';
import { OperationsNav, ReasonDialog, RiskBadge, StatusBadge, useLateness, useMayCall, useTenantName, When, type Schemas } from './common';

type Action = 'signal' | 'cancel' | 'terminate' | 'reset' | 'retry';
const ACTIONS: Action[] = ['signal', 'cancel', 'terminate', 'reset'];
const RETRY = 'committee-review POST /ops/workflows/{workflowId}/activities/{activityId}/retry';
type Outcome = Schemas['WorkflowActionDto'];

/**
 * One workflow (docs/adr/0045): its status, deadline and lateness, next timer, pending activities and
 * history, and the actions the person's roles allow, each confirmed with a reason; a failing activity
 * (one with a last failure) offers "retry now" (Temporal's ResetActivity, docs/adr/0045). After an action the
 * screen reads the workflow again (and, after a cancellation, until it has stopped).
 */
export function WorkflowPage() {
  const api = useApi();
  const t = useT();
  const { language } = useLocale();
  const may = useMayCall();
  const tenantName = useTenantName();
  const lateness = useLateness();
  const queryClient = useQueryClient();
  const workflowId = useParams()['*'] ?? '';
  // back to the list as it was filtered (the filters are in its address)
  const from = (useLocation().state as { list?: unknown } | null)?.list;
  const list = typeof from === 'string' && from.startsWith('?') ? from : '';
  const [action, setAction] = useState<Action | null>(null);
  const [retryOf, setRetryOf] = useState<Schemas['PendingActivityDto'] | null>(null);
  const [signal, setSignal] = useState('');
  const [args, setArgs] = useState('');
  const [argsError, setArgsError] = useState<string | undefined>();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const detail = useQuery({
    queryKey: ['ops', 'workflow', workflowId],
    queryFn: () => unwrap(api.committee.GET('/ops/workflows/{workflowId}', { params: { path: { workflowId } } })),
    // a cancellation is asked, not done: read again until the workflow has stopped
    refetchInterval: (query) => (outcome?.action === 'workflow-cancel' && query.state.data?.status === 'Running' ? 1000 : false),
  });
  const act = useMutation({
    mutationFn: async ({ what, reason }: { what: Action; reason: string }): Promise<Outcome> => {
      const path = { workflowId };
      switch (what) {
        case 'signal': {
          const parsed: unknown[] | undefined = args.trim() ? (JSON.parse(args) as unknown[]) : undefined;
          return unwrap(api.committee.POST('/ops/workflows/{workflowId}/signal', { params: { path }, body: { reason, signal: signal.trim(), args: parsed } }));
        }
        case 'cancel':
          return unwrap(api.committee.POST('/ops/workflows/{workflowId}/cancel', { params: { path }, body: { reason } }));
        case 'terminate':
          return unwrap(api.committee.POST('/ops/workflows/{workflowId}/terminate', { params: { path }, body: { reason } }));
        case 'reset':
          return unwrap(api.committee.POST('/ops/workflows/{workflowId}/reset', { params: { path }, body: { reason } }));
        case 'retry':
          return unwrap(
            api.committee.POST('/ops/workflows/{workflowId}/activities/{activityId}/retry', {
              params: { path: { workflowId, activityId: retryOf?.activityId ?? '' } },
              body: { reason },
            }),
          );
      }
    },
    onSuccess: async (done) => {
      setOutcome(done);
      setAction(null);
      await queryClient.invalidateQueries({ queryKey: ['ops'] });
    },
  });
  const open = (what: Action) => {
    act.reset();
    setArgsError(undefined);
    setAction(what);
  };
  const confirm = (reason: string) => {
    if (action === 'signal' && args.trim()) {
      try {
        if (!Array.isArray(JSON.parse(args))) throw new Error('not an array');
      } catch {
        return setArgsError(t('ops.signal.argsInvalid'));
      }
    }
    setArgsError(undefined);
    if (action) act.mutate({ what: action, reason });
  };
  const allowed = ACTIONS.filter((a) => may(`committee-review POST /ops/workflows/{workflowId}/${a}`));
  const mayRetry = may(RETRY);

  return (
    <Stack gap="md" maw={1100}>
      <OperationsNav />
      <Anchor component={Link} to={`/operations${list}`} c="athar.9" w="fit-content">
        {t('ops.detail.back')}
      </Anchor>
      {detail.isPending ? <Loading /> : null}
      {detail.isError ? <ErrorNotice error={detail.error} onRetry={() => void detail.refetch()} /> : null}
      {detail.data ? (
        <>
          <Group gap="sm" align="center" wrap="wrap">
            <Title order={2}>
              {t('ops.detail.title')}: {t(`ops.type.${detail.data.type}`)}
            </Title>
            <StatusBadge status={detail.data.status} />
            {detail.data.status === 'Running' ? <RiskBadge risk={detail.data.risk} /> : null}
          </Group>
          {outcome ? (
            <Alert color="athar" role="status" data-testid="ops-outcome" data-action={outcome.action}>
              {t(`ops.outcome.${outcome.action}` as MessageId, { position: outcome.position })}
              {outcome.action === 'workflow-cancel' && detail.data.status === 'Running' ? <Text mt={4}>{t('ops.status.waiting')}</Text> : null}
            </Alert>
          ) : null}
          <Paper withBorder p="md">
            <Box
              component="dl"
              data-testid="ops-workflow"
              style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(16rem, 1fr))', gap: 'var(--mantine-spacing-xs)', margin: 0 }}
            >
              <Field label={t('ops.detail.id')}>
                <Text span dir="ltr" style={{ wordBreak: 'break-all' }}>
                  {detail.data.workflowId}
                </Text>
              </Field>
              <Field label={t('ops.col.tenant')}>{tenantName(detail.data.tenantId)}</Field>
              <Field label={t('ops.col.subject')}>
                <Text span dir="ltr">
                  {detail.data.caseId ?? '—'}
                </Text>
              </Field>
              <Field label={t('ops.col.stage')}>
                <Text span dir="ltr">
                  {detail.data.stage ?? '—'}
                </Text>
              </Field>
              <Field label={t('ops.col.deadline')} testId="ops-deadline">
                {detail.data.deadline ? <When value={detail.data.deadline} /> : '—'}
              </Field>
              <Field label={t('ops.col.late')} testId="ops-late">
                {lateness(detail.data.lateBySeconds)}
              </Field>
              <Field label={t('ops.detail.started')}>
                <DualDate value={detail.data.startedAt} />
              </Field>
              <Field label={t('ops.detail.nextTimer')}>
                {detail.data.nextTimer ? (
                  <>
                    <When value={detail.data.nextTimer.firesAt} />{' '}
                    <Text span dir="ltr" c="gray.8" size="sm">
                      ({detail.data.nextTimer.timerId})
                    </Text>
                  </>
                ) : (
                  t('ops.detail.noTimer')
                )}
              </Field>
              <Field label={t('ops.detail.pendingActivities')} testId="ops-pending">
                {t('common.number', { value: detail.data.pendingActivities })}
              </Field>
              <Field label={t('ops.detail.historyLength')} testId="ops-history">
                {t('common.number', { value: detail.data.historyLength })}
              </Field>
              <Field label={t('ops.detail.taskQueue')}>
                <Text span dir="ltr">
                  {detail.data.taskQueue}
                </Text>
              </Field>
              <Field label={t('ops.detail.run')}>
                <Text span dir="ltr" style={{ wordBreak: 'break-all' }}>
                  {detail.data.runId}
                </Text>
              </Field>
            </Box>
          </Paper>
          <Stack gap="xs" component="section" aria-labelledby="ops-activities">
            <Title order={3} id="ops-activities">
              {t('ops.activities.title')}
            </Title>
            {detail.data.activities.length === 0 ? (
              <Text c="gray.8" data-testid="ops-activities-none">
                {t('ops.activities.none')}
              </Text>
            ) : (
              <TableScroll label={t('ops.activities.title')} minWidth={760}>
                <Table striped data-testid="ops-activities-table">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('ops.col.activity')}</Table.Th>
                      <Table.Th>{t('ops.col.activityState')}</Table.Th>
                      <Table.Th>{t('ops.col.attempt')}</Table.Th>
                      <Table.Th>{t('ops.col.lastFailure')}</Table.Th>
                      <Table.Th>{t('ops.col.nextAttempt')}</Table.Th>
                      {mayRetry ? <Table.Th>{t('ops.col.activityAction')}</Table.Th> : null}
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {detail.data.activities.map((a) => (
                      <Table.Tr key={a.activityId} data-activity={a.activityType} data-attempt={a.attempt}>
                        <Table.Td dir="ltr">{a.activityType}</Table.Td>
                        <Table.Td>{t(`ops.activity.${a.state}`)}</Table.Td>
                        <Table.Td>
                          {a.maximumAttempts
                            ? t('ops.attempt.of', { attempt: a.attempt, maximum: a.maximumAttempts })
                            : t('common.number', { value: a.attempt })}
                        </Table.Td>
                        <Table.Td dir="ltr" style={{ wordBreak: 'break-word' }}>
                          {a.lastFailure ?? '—'}
                        </Table.Td>
                        <Table.Td>{a.nextAttemptAt ? <When value={a.nextAttemptAt} /> : '—'}</Table.Td>
                        {mayRetry ? (
                          <Table.Td>
                            {a.lastFailure !== null && detail.data.status === 'Running' ? (
                              <Button
                                size="xs"
                                variant="default"
                                aria-label={t('ops.action.retryOf', { activity: a.activityType })}
                                onClick={() => {
                                  setRetryOf(a);
                                  open('retry');
                                }}
                                data-testid={`ops-retry-${a.activityId}`}
                              >
                                {t('ops.action.retry')}
                              </Button>
                            ) : (
                              '—'
                            )}
                          </Table.Td>
                        ) : null}
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </TableScroll>
            )}
          </Stack>
          <Stack gap="xs" component="section" aria-labelledby="ops-history-title">
            <Title order={3} id="ops-history-title">
              {t('ops.history.title')}
            </Title>
            <TableScroll label={t('ops.history.title')} minWidth={420}>
              <Table striped data-testid="ops-history-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>#</Table.Th>
                    <Table.Th>{t('ops.col.event')}</Table.Th>
                    <Table.Th>{t('ops.col.at')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {detail.data.recentHistory.map((e) => (
                    <Table.Tr key={e.eventId} data-event-type={e.type}>
                      <Table.Td>{t('common.number', { value: Number(e.eventId) })}</Table.Td>
                      <Table.Td dir="ltr">{e.type}</Table.Td>
                      <Table.Td>
                        <When value={e.at} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </TableScroll>
          </Stack>
          {allowed.length > 0 ? (
            <Stack gap="xs" component="section" aria-labelledby="ops-actions">
              <Title order={3} id="ops-actions">
                {t('ops.actions.title')}
              </Title>
              <Text c="gray.8">{t('ops.actions.intro')}</Text>
              {detail.data.status !== 'Running' ? <Text c="gray.8">{t('ops.actions.notRunning')}</Text> : null}
              <Group gap="sm" wrap="wrap">
                {allowed.map((a) => (
                  <Button
                    key={a}
                    variant={a === 'terminate' ? 'filled' : 'default'}
                    color={a === 'terminate' ? 'red.9' : undefined}
                    disabled={a !== 'reset' && detail.data.status !== 'Running'}
                    onClick={() => open(a)}
                    data-testid={`ops-action-${a}`}
                  >
                    {t(`ops.action.${a}`)}
                  </Button>
                ))}
              </Group>
            </Stack>
          ) : null}
          {action ? (
            <ReasonDialog
              opened
              title={t(`ops.action.${action}`)}
              detail={action === 'retry' ? t('ops.action.retry.detail', { activity: retryOf?.activityType ?? '' }) : t(`ops.action.${action}.detail`)}
              confirm={t('ops.action.confirm', { action: t(`ops.action.${action}`) })}
              danger={action === 'terminate' || action === 'reset'}
              pending={act.isPending}
              error={act.error}
              fields={action === 'signal' ? ['signal', 'args'] : []}
              onClose={() => setAction(null)}
              onConfirm={confirm}
            >
              {action === 'signal' ? (
                <>
                  <TextInput
                    label={t('ops.signal.label')}
                    value={signal}
                    onChange={(e) => setSignal(e.currentTarget.value)}
                    error={fieldReasons(act.error, 'signal', language)}
                    required
                    dir="ltr"
                    data-testid="ops-signal"
                  />
                  <Textarea
                    label={t('ops.signal.args')}
                    description={t('ops.signal.argsDescription')}
                    value={args}
                    onChange={(e) => setArgs(e.currentTarget.value)}
                    error={argsError ?? fieldReasons(act.error, 'args', language)}
                    dir="ltr"
                    autosize
                    minRows={1}
                    data-testid="ops-signal-args"
                  />
                </>
              ) : null}
            </ReasonDialog>
          ) : null}
        </>
      ) : null}
    </Stack>
  );
}

function Field({ label, testId, children }: { label: string; testId?: string; children: ReactNode }) {
  return (
    <div data-testid={testId}>
      <Text component="dt" size="sm" c="gray.8">
        {label}
      </Text>
      <Text component="dd" m={0}>
        {children}
      </Text>
    </div>
  );
}
