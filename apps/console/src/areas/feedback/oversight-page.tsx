import { Alert, Badge, Button, Group, Paper, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError, unwrap, type Bilingual } from '../../api/client';
import { useApi } from '../../api/context';
import type { components } from '../../api/generated/feedback';
import { useSession } from '../../auth/auth';
import { useLocale, useT } from '../../i18n/locale';
import { BarChart } from '../../kit/bar-chart';
import { DualDate } from '../../kit/dates';
import { PagedList } from '../../kit/paged';
import { bilingual, ErrorNotice, fieldReasons, Loading } from '../../kit/states';
import { mayCall } from '../permissions';
import { ComplaintTable } from './desk-pages';
import { categoryLabel } from './public-pages';

type Dashboard = components['schemas']['DashboardDto'];

/**
 * The executive director's and the board's view of feedback (Tuwaiq 2-2, 5-9; docs/adr/0041, 0042):
 * escalated and breached complaints and remarks about staff for the executive director only; the board's
 * agenda of general issues for the board; complaint figures and the satisfaction dashboard (aggregates under
 * the k threshold) for both.
 */
export function OversightPage() {
  const t = useT();
  const { roles } = useSession();
  const director = roles.includes('executive-director');
  return (
    <Stack gap="xl">
      <Title order={2}>{t('feedback.oversight.title')}</Title>
      {director && mayCall('feedback GET /complaints', roles) ? <Escalated /> : null}
      {mayCall('feedback GET /board-agenda', roles) ? <BoardAgenda /> : null}
      <ComplaintFigures />
      <SatisfactionDashboard />
      {director ? <StaffResults /> : null}
    </Stack>
  );
}

function Escalated() {
  const api = useApi();
  const t = useT();
  return (
    <Stack gap="sm" component="section" aria-labelledby="feedback-escalated">
      <Title order={3} id="feedback-escalated">
        {t('feedback.escalated.title')}
      </Title>
      <PagedList
        queryKey={['complaints', 'escalated-oversight']}
        fetchPage={(cursor) => unwrap(api.feedback.GET('/complaints', { params: { query: { view: 'escalated', limit: 20, ...(cursor ? { cursor } : {}) } } }))}
        render={(items) => <ComplaintTable items={items} label={t('feedback.escalated.title')} />}
      />
    </Stack>
  );
}

function ComplaintFigures() {
  const api = useApi();
  const t = useT();
  const figures = useQuery({ queryKey: ['complaint-figures'], queryFn: () => unwrap(api.feedback.GET('/complaint-figures')) });
  if (figures.isPending) return <Loading />;
  if (figures.isError) return <ErrorNotice error={figures.error} onRetry={() => void figures.refetch()} />;
  const f = figures.data;
  return (
    <Stack gap="sm" component="section" aria-labelledby="feedback-figures">
      <Title order={3} id="feedback-figures">
        {t('feedback.figures.title')}
      </Title>
      <Text data-testid="figures-total">
        {t('feedback.figures.total', {
          complaints: f.total.complaints,
          resolved: f.total.resolved,
          within: f.total.resolvedWithinLevel,
          breached: f.total.breached,
        })}
      </Text>
      <BarChart
        testId="chart-complaints-by-category"
        title={t('feedback.figures.byCategory')}
        bars={f.byCategory.map((b) => ({ label: t(categoryLabel(b.key)), value: b.complaints, color: b.key === 'abuse' ? 'red.9' : 'athar.8' }))}
      />
      <BarChart
        testId="chart-complaints-by-channel"
        title={t('feedback.figures.byChannel')}
        bars={f.byChannel.map((b) => ({ label: b.key, value: b.complaints }))}
      />
      {f.byStaff ? (
        f.byStaff.concerning.length > 0 ? (
          <BarChart
            testId="chart-staff-remarks"
            title={t('feedback.figures.staff')}
            bars={f.byStaff.concerning.map((b) => ({ label: b.key, value: b.complaints, color: 'orange.9' }))}
          />
        ) : (
          <Text data-testid="chart-staff-remarks">{t('feedback.figures.staffNone')}</Text>
        )
      ) : null}
    </Stack>
  );
}

/** The API refuses a figure under k with 422 below-minimum-group; that is a state to show, not an error. */
function DashboardFigures({ query, testId }: { query: { isPending: boolean; error: unknown; data?: Dashboard; refetch: () => unknown }; testId: string }) {
  const t = useT();
  const { language } = useLocale();
  if (query.isPending) return <Loading />;
  if (query.error instanceof ApiError && query.error.status === 422)
    return (
      <Alert color="gray" title={t('feedback.dashboard.belowK')} data-testid={`${testId}-below-k`} role="status">
        {bilingual(query.error.body.message as Bilingual, language)}
      </Alert>
    );
  if (query.error || !query.data) return <ErrorNotice error={query.error} onRetry={() => void query.refetch()} />;
  const d = query.data;
  const totals = d.totals.figures;
  const bars = [
    totals.csat?.csat ? { label: t('feedback.dashboard.csat'), value: totals.csat.csat.mean } : null,
    totals.csat?.csat ? { label: t('feedback.dashboard.satisfied'), value: totals.csat.csat.satisfiedPercent } : null,
    totals.nps?.nps ? { label: t('feedback.dashboard.nps'), value: totals.nps.nps.score } : null,
    totals.effort?.effort ? { label: t('feedback.dashboard.effort'), value: totals.effort.effort.mean } : null,
  ].filter((b): b is { label: string; value: number } => b !== null);
  return (
    <Stack gap="xs" data-testid={testId}>
      <Text c="gray.8">{t('feedback.dashboard.k', { k: d.k })}</Text>
      <Text>{t('feedback.dashboard.responses', { responses: d.totals.responses, sent: d.totals.sent })}</Text>
      <BarChart title={t('feedback.dashboard.chart')} bars={bars} testId={`${testId}-chart`} />
    </Stack>
  );
}

function SatisfactionDashboard() {
  const api = useApi();
  const t = useT();
  const dashboard = useQuery({ queryKey: ['satisfaction-dashboard'], retry: false, queryFn: () => unwrap(api.feedback.GET('/satisfaction/dashboard')) });
  return (
    <Stack gap="sm" component="section" aria-labelledby="feedback-dashboard">
      <Title order={3} id="feedback-dashboard">
        {t('feedback.dashboard.title')}
      </Title>
      <DashboardFigures query={dashboard} testId="satisfaction" />
    </Stack>
  );
}

/** One staff member's results: only the executive director (and the person themself) may see them. */
function StaffResults() {
  const api = useApi();
  const t = useT();
  const [draft, setDraft] = useState('');
  const [userId, setUserId] = useState('');
  const results = useQuery({
    queryKey: ['staff-dashboard', userId],
    enabled: userId !== '',
    retry: false,
    queryFn: () => unwrap(api.feedback.GET('/satisfaction/staff/{userId}/dashboard', { params: { path: { userId } } })),
  });
  return (
    <Stack gap="sm" component="section" aria-labelledby="feedback-staff">
      <Title order={3} id="feedback-staff">
        {t('feedback.staff.title')}
      </Title>
      <Group align="flex-end" component="form" onSubmit={(e) => (e.preventDefault(), setUserId(draft.trim()))}>
        <TextInput label={t('feedback.staff.userId')} value={draft} onChange={(e) => setDraft(e.currentTarget.value)} dir="ltr" required />
        <Button type="submit" variant="default">
          {t('feedback.staff.show')}
        </Button>
      </Group>
      {userId ? <DashboardFigures query={results} testId="staff-results" /> : null}
    </Stack>
  );
}

/** The board's agenda: general issues, and the discussion and solution the board records for each. */
function BoardAgenda() {
  const api = useApi();
  const t = useT();
  const { roles } = useSession();
  const records = mayCall('feedback POST /board-agenda/{issueId}/solution', roles);
  return (
    <Stack gap="sm" component="section" aria-labelledby="feedback-agenda">
      <Title order={3} id="feedback-agenda">
        {t('feedback.agenda.title')}
      </Title>
      <PagedList
        queryKey={['board-agenda']}
        fetchPage={(cursor) => unwrap(api.feedback.GET('/board-agenda', { params: { query: { limit: 20, ...(cursor ? { cursor } : {}) } } }))}
        render={(items) => (
          <Stack gap="sm">
            {items.map((issue) => (
              <AgendaIssue key={issue.issueId} issue={issue} records={records} />
            ))}
          </Stack>
        )}
      />
    </Stack>
  );
}

function AgendaIssue({ issue: listed, records }: { issue: components['schemas']['GeneralIssueDto']; records: boolean }) {
  const api = useApi();
  const t = useT();
  const { language } = useLocale();
  const queryClient = useQueryClient();
  const [discussion, setDiscussion] = useState('');
  const [solutionAr, setSolutionAr] = useState('');
  const [solutionEn, setSolutionEn] = useState('');
  const [meetingDate, setMeetingDate] = useState('');
  const record = useMutation({
    mutationFn: () =>
      unwrap(
        api.feedback.POST('/board-agenda/{issueId}/solution', {
          params: { path: { issueId: listed.issueId } },
          body: { discussion, solution: { ar: solutionAr, en: solutionEn }, meetingDate: meetingDate.trim() },
        }),
      ),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['board-agenda'] }),
  });
  // the agenda is a read model that follows the recorded solution shortly after: the issue as the POST answered it until then
  const issue = listed.solution ? listed : (record.data ?? listed);
  const err = (field: string) => fieldReasons(record.error, field, language);
  return (
    <Paper withBorder p="md" data-testid="agenda-issue" data-issue={issue.issueId} data-status={issue.status}>
      <Group justify="space-between">
        <Text fw={600}>{t('feedback.agenda.issue', { category: t(categoryLabel(issue.categoryId)), complaints: issue.complaints })}</Text>
        <Badge color={issue.status === 'solved' ? 'teal.9' : 'yellow.3'} variant="filled" autoContrast>
          {t(issue.status === 'solved' ? 'feedback.agenda.solved' : 'feedback.agenda.onAgenda')}
        </Badge>
      </Group>
      <Text size="sm">
        {t('feedback.agenda.raised')}: <DualDate value={issue.raisedAt} />
      </Text>
      {issue.solution ? (
        <Stack gap={4} mt="sm" data-testid="agenda-solution">
          <Text>
            {t('feedback.agenda.solution')}: {bilingual(issue.solution.solution as Bilingual, language)}
          </Text>
          <Text size="sm">{issue.solution.discussion}</Text>
        </Stack>
      ) : records ? (
        <Stack gap="sm" mt="sm" component="form" onSubmit={(e) => (e.preventDefault(), record.mutate())}>
          <Textarea
            label={t('feedback.agenda.discussion')}
            value={discussion}
            onChange={(e) => setDiscussion(e.currentTarget.value)}
            required
            error={err('discussion')}
          />
          <Textarea
            label={t('feedback.agenda.solutionAr')}
            value={solutionAr}
            onChange={(e) => setSolutionAr(e.currentTarget.value)}
            dir="rtl"
            lang="ar"
            required
            error={err('solution.ar')}
          />
          <Textarea
            label={t('feedback.agenda.solutionEn')}
            value={solutionEn}
            onChange={(e) => setSolutionEn(e.currentTarget.value)}
            dir="ltr"
            lang="en"
            required
            error={err('solution.en')}
          />
          <TextInput
            label={t('feedback.agenda.meetingDate')}
            value={meetingDate}
            onChange={(e) => setMeetingDate(e.currentTarget.value)}
            dir="ltr"
            required
            error={err('meetingDate')}
          />
          {record.isError && !fieldReasons(record.error, 'meetingDate', language) ? <ErrorNotice error={record.error} /> : null}
          <Button type="submit" w="fit-content" loading={record.isPending}>
            {t('feedback.agenda.record')}
          </Button>
        </Stack>
      ) : null}
    </Paper>
  );
}
