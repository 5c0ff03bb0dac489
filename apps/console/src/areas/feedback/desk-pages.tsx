import { Alert, Anchor, Badge, Button, Group, NativeSelect, Paper, SegmentedControl, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { unwrap, type Bilingual } from '../../api/client';
import { useApi } from '../../api/context';
import type { components } from '../../api/generated/feedback';
import { useSession } from '../../auth/auth';
import { useLocale, useT } from '../../i18n/locale';
import type { MessageId } from '../../i18n/messages';
import { DualDate } from '../../kit/dates';
import { PagedList } from '../../kit/paged';
import { bilingual, ErrorNotice, fieldReasons, Loading } from '../../kit/states';
import { TableScroll } from '../../kit/table-scroll';
import { mayCall } from '../permissions';
import { categoryLabel } from './public-pages';

type Item = components['schemas']['ComplaintItemDto'];
type View = 'all' | 'mine' | 'breached' | 'escalated';
const STATUSES = ['acknowledged', 'assigned', 'under-investigation', 'resolved', 'closed'] as const;
const PRIORITIES = ['urgent', 'high', 'normal', 'low'] as const;
const LEVEL_COLOURS: Record<string, string> = {
  open: 'athar.8',
  'at-risk': 'yellow.3',
  breached: 'red.8',
  resolved: 'teal.9',
  'resolved-late': 'orange.9',
  closed: 'gray.7',
};

export const statusLabel = (s: string): MessageId => `feedback.status.${s}` as MessageId;

export function LevelBadge({ level }: { level: string }) {
  const t = useT();
  return (
    <Badge color={LEVEL_COLOURS[level] ?? 'gray.7'} variant="filled" autoContrast data-level={level}>
      {t(`feedback.level.${level}` as MessageId)}
    </Badge>
  );
}

/** Complaints as a table, each row opening the complaint's page. */
export function ComplaintTable({ items, label }: { items: Item[]; label: string }) {
  const t = useT();
  return (
    <TableScroll label={label} minWidth={640}>
      <Table striped data-testid="complaints">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('feedback.col.reference')}</Table.Th>
            <Table.Th>{t('feedback.col.category')}</Table.Th>
            <Table.Th>{t('feedback.col.status')}</Table.Th>
            <Table.Th>{t('feedback.col.level')}</Table.Th>
            <Table.Th>{t('feedback.col.resolveBy')}</Table.Th>
            <Table.Th>{t('feedback.col.assignee')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((row) => (
            <Table.Tr key={row.complaintId} data-reference={row.reference}>
              <Table.Td>
                <Anchor component={Link} to={`/complaints/${row.complaintId}`} dir="ltr">
                  {row.reference}
                </Anchor>
              </Table.Td>
              <Table.Td>{t(categoryLabel(row.categoryId))}</Table.Td>
              <Table.Td>{t(statusLabel(row.status))}</Table.Td>
              <Table.Td>
                <LevelBadge level={row.serviceLevel} />
              </Table.Td>
              <Table.Td>
                <DualDate value={row.resolveBy} />
              </Table.Td>
              <Table.Td dir="ltr">{row.assignee ?? '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}

/** The complaints desk (GET /complaints): views all, mine, breached, escalated; filters; keyset pages (docs/adr/0042). */
export function ComplaintsQueuePage() {
  const api = useApi();
  const t = useT();
  const [view, setView] = useState<View>('all');
  const [status, setStatus] = useState('');
  const [priority, setPriority] = useState('');
  const all = { value: '', label: t('feedback.filter.all') };
  return (
    <Stack gap="md">
      <Title order={2}>{t('feedback.desk.title')}</Title>
      <Stack gap={4}>
        <Text size="sm" fw={500} id="complaints-view">
          {t('feedback.view')}
        </Text>
        <SegmentedControl
          aria-labelledby="complaints-view"
          value={view}
          onChange={(v) => setView(v as View)}
          data={(['all', 'mine', 'breached', 'escalated'] as const).map((v) => ({ value: v, label: t(`feedback.view.${v}` as MessageId) }))}
        />
      </Stack>
      <Group align="flex-end" gap="sm">
        <NativeSelect
          label={t('feedback.filter.status')}
          value={status}
          onChange={(e) => setStatus(e.currentTarget.value)}
          data={[all, ...STATUSES.map((s) => ({ value: s, label: t(statusLabel(s)) }))]}
        />
        <NativeSelect
          label={t('feedback.filter.priority')}
          value={priority}
          onChange={(e) => setPriority(e.currentTarget.value)}
          data={[all, ...PRIORITIES.map((p) => ({ value: p, label: t(`feedback.priority.${p}` as MessageId) }))]}
        />
      </Group>
      <PagedList
        queryKey={['complaints', view, status, priority]}
        fetchPage={(cursor) =>
          unwrap(
            api.feedback.GET('/complaints', {
              params: {
                query: {
                  limit: 20,
                  view,
                  ...(cursor ? { cursor } : {}),
                  ...(status ? { status: status as (typeof STATUSES)[number] } : {}),
                  ...(priority ? { priority: priority as (typeof PRIORITIES)[number] } : {}),
                },
              },
            }),
          )
        }
        render={(items) => <ComplaintTable items={items} label={t('feedback.desk.title')} />}
      />
    </Stack>
  );
}

type Action =
  | { kind: 'assignment'; assignee: string }
  | { kind: 'investigation' }
  | { kind: 'resolution'; response: Bilingual }
  | { kind: 'closure' }
  | { kind: 'reopening'; reason: string }
  | { kind: 'general-issue' };

/** One complaint and its lifecycle actions (assign, investigate, resolve with a bilingual answer, close, reopen, mark general). */
export function ComplaintPage() {
  const { complaintId = '' } = useParams();
  const api = useApi();
  const t = useT();
  const { language } = useLocale();
  const { roles } = useSession();
  const queryClient = useQueryClient();
  // GET /complaints/{complaintId} gives the event stream's revision but the status of the read model, which follows the
  // command's event shortly after: the last action's answer is where the complaint stands while nothing newer happened to
  // it (kept across actions: a mutation forgets its answer when the next one starts); read again until the read model has it
  const [answered, setAnswered] = useState<{ revision: number; status: Item['status'] } | null>(null);
  const complaint = useQuery({
    queryKey: ['complaint', complaintId],
    queryFn: () => unwrap(api.feedback.GET('/complaints/{complaintId}', { params: { path: { complaintId } } })),
    refetchInterval: (q) => (answered && q.state.data && q.state.data.revision <= answered.revision && q.state.data.status !== answered.status ? 500 : false),
  });
  const [assignee, setAssignee] = useState('');
  const [responseAr, setResponseAr] = useState('');
  const [responseEn, setResponseEn] = useState('');
  const [reason, setReason] = useState('');
  const act = useMutation({
    mutationFn: (action: Action) => {
      const path = { params: { path: { complaintId } } };
      switch (action.kind) {
        case 'assignment':
          return unwrap(api.feedback.POST('/complaints/{complaintId}/assignment', { ...path, body: { assignee: action.assignee } }));
        case 'investigation':
          return unwrap(api.feedback.POST('/complaints/{complaintId}/investigation', path));
        case 'resolution':
          return unwrap(api.feedback.POST('/complaints/{complaintId}/resolution', { ...path, body: { response: action.response } }));
        case 'closure':
          return unwrap(api.feedback.POST('/complaints/{complaintId}/closure', path));
        case 'reopening':
          return unwrap(api.feedback.POST('/complaints/{complaintId}/reopening', { ...path, body: { reason: action.reason } }));
        case 'general-issue':
          return unwrap(api.feedback.POST('/complaints/{complaintId}/general-issue', path));
      }
    },
    onSuccess: (done) => {
      setAnswered({ revision: done.revision, status: done.status });
      void queryClient.invalidateQueries({ queryKey: ['complaint', complaintId] });
      void queryClient.invalidateQueries({ queryKey: ['complaints'] });
    },
  });
  if (complaint.isPending) return <Loading />;
  if (complaint.isError) return <ErrorNotice error={complaint.error} onRetry={() => void complaint.refetch()} />;
  const c = answered && answered.revision >= complaint.data.revision ? { ...complaint.data, status: answered.status } : complaint.data;
  const may = (op: string) => mayCall(`feedback POST /complaints/{complaintId}/${op}` as `feedback POST /${string}`, roles);
  const open = c.status !== 'resolved' && c.status !== 'closed';
  const err = (field: string) => fieldReasons(act.error, field, language);
  return (
    <Stack maw={840} gap="md">
      <Anchor component={Link} to="/complaints">
        {t('feedback.desk.title')}
      </Anchor>
      {/* the reference is a left-to-right isolate inside the Arabic title */}
      <Title order={2}>{t('feedback.complaint.title', { reference: `\u2066${c.reference}\u2069` })}</Title>
      <Group gap="md">
        <Badge variant="outline" color="dark.9" data-testid="complaint-status" data-status={c.status}>
          {t(statusLabel(c.status))}
        </Badge>
        <LevelBadge level={c.serviceLevel} />
        <Text>{t(categoryLabel(c.categoryId))}</Text>
        <Text>{t(`feedback.priority.${c.priority}` as MessageId)}</Text>
      </Group>
      <Text>
        {t('feedback.col.resolveBy')}: <DualDate value={c.resolveBy} />
      </Text>
      {c.escalated ? <Alert color="red">{t('feedback.complaint.escalated')}</Alert> : null}
      {c.issueId ? <Alert color="blue">{t('feedback.complaint.general')}</Alert> : null}
      <Paper withBorder p="md">
        <Title order={3} size="h4" mb="xs">
          {t('feedback.complaint.text')}
        </Title>
        <Text style={{ whiteSpace: 'pre-wrap' }}>{c.text}</Text>
        <Text mt="xs" c="gray.8">
          {t('feedback.complaint.concerns')}: {t(`feedback.concerns.${c.concernsKind}` as MessageId)}{' '}
          {c.concernsId ? <span dir="ltr">{c.concernsId}</span> : null}
          {c.anonymous ? ` · ${t('feedback.complaint.anonymous')}` : ''}
        </Text>
      </Paper>
      {c.response ? (
        <Paper withBorder p="md" data-testid="complaint-response">
          <Title order={3} size="h4" mb="xs">
            {t('feedback.complaint.response')}
          </Title>
          <Text>{bilingual(c.response as Bilingual, language)}</Text>
        </Paper>
      ) : null}
      {c.rating !== null ? <Text data-testid="complaint-rating">{t('feedback.complaint.rating', { rating: c.rating })}</Text> : null}
      {act.data ? (
        <Alert color="athar" role="status" data-testid="action-done">
          {t('feedback.action.done', { status: t(statusLabel(act.data.status)) })}
        </Alert>
      ) : null}
      {act.isError ? <ErrorNotice error={act.error} /> : null}
      {open && may('assignment') ? (
        <Group align="flex-end" component="form" onSubmit={(e) => (e.preventDefault(), act.mutate({ kind: 'assignment', assignee: assignee.trim() }))}>
          <TextInput
            label={t('feedback.action.assignee')}
            value={assignee}
            onChange={(e) => setAssignee(e.currentTarget.value)}
            dir="ltr"
            required
            error={err('assignee')}
          />
          <Button type="submit" loading={act.isPending}>
            {t('feedback.action.assign')}
          </Button>
        </Group>
      ) : null}
      {(c.status === 'assigned' || c.status === 'acknowledged') && may('investigation') ? (
        <Button w="fit-content" variant="default" onClick={() => act.mutate({ kind: 'investigation' })}>
          {t('feedback.action.investigate')}
        </Button>
      ) : null}
      {open && may('resolution') ? (
        <Stack
          gap="sm"
          component="form"
          onSubmit={(e) => (e.preventDefault(), act.mutate({ kind: 'resolution', response: { ar: responseAr, en: responseEn } }))}
        >
          <Textarea
            label={t('feedback.action.responseAr')}
            value={responseAr}
            onChange={(e) => setResponseAr(e.currentTarget.value)}
            dir="rtl"
            lang="ar"
            required
            error={err('response.ar')}
          />
          <Textarea
            label={t('feedback.action.responseEn')}
            value={responseEn}
            onChange={(e) => setResponseEn(e.currentTarget.value)}
            dir="ltr"
            lang="en"
            required
            error={err('response.en')}
          />
          <Button type="submit" w="fit-content" loading={act.isPending}>
            {t('feedback.action.resolve')}
          </Button>
        </Stack>
      ) : null}
      <Group>
        {c.status === 'resolved' && may('closure') ? (
          <Button variant="default" onClick={() => act.mutate({ kind: 'closure' })}>
            {t('feedback.action.close')}
          </Button>
        ) : null}
        {!c.issueId && may('general-issue') ? (
          <Button variant="default" onClick={() => act.mutate({ kind: 'general-issue' })}>
            {t('feedback.action.general')}
          </Button>
        ) : null}
      </Group>
      {!open && may('reopening') ? (
        <Group align="flex-end" component="form" onSubmit={(e) => (e.preventDefault(), act.mutate({ kind: 'reopening', reason }))}>
          <TextInput label={t('feedback.action.reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} required error={err('reason')} />
          <Button type="submit" variant="default">
            {t('feedback.action.reopen')}
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}
