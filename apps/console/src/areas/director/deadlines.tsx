import { Badge, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useApi } from '../../api/context';
import { TableScroll } from '../../kit/table-scroll';
import { unwrap } from '../../api/client';
import type { components } from '../../api/generated/committee-review';
import { BarChart } from '../../kit/bar-chart';
import { DualDate } from '../../kit/dates';
import { PagedList } from '../../kit/paged';
import { ErrorNotice, Loading } from '../../kit/states';
import { useT } from '../../i18n/locale';

type Watched = components['schemas']['WatchedCaseDto'];
const OPEN_STAGES = ['under-review', 'at-risk', 'deadline-breached'] as const;
const DAY = 24 * 3600_000;

/** Requests near or past the committee's review window, and whether they were escalated (Tuwaiq 5-5; docs/adr/0029). */
export function Deadlines() {
  const api = useApi();
  const t = useT();
  return (
    <Stack gap="xs" component="section" aria-labelledby="director-deadlines">
      <Title order={3} id="director-deadlines">
        {t('director.deadlines.title')}
      </Title>
      <Text c="gray.8">{t('director.deadlines.intro')}</Text>
      <PagedList<Watched>
        queryKey={['director', 'deadlines']}
        fetchPage={(cursor) => unwrap(api.committee.GET('/committee/deadlines', { params: { query: { limit: 20, cursor } } }))}
        empty={
          <Text c="gray.8" role="status">
            {t('director.deadlines.none')}
          </Text>
        }
        render={(items) => (
          <TableScroll label={t('director.deadlines.title')} minWidth={640}>
            <Table striped data-testid="deadlines">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('director.col.case')}</Table.Th>
                  <Table.Th>{t('director.col.service')}</Table.Th>
                  <Table.Th>{t('director.col.round')}</Table.Th>
                  <Table.Th>{t('director.col.stage')}</Table.Th>
                  <Table.Th>{t('director.col.deadline')}</Table.Th>
                  <Table.Th>{t('director.col.escalated')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((item) => (
                  <Table.Tr key={item.caseId} data-case={item.caseId}>
                    {/* the watch carries no case number (it is the applicant's, docs/adr/0029): the id's first part tells rows apart */}
                    <Table.Td dir="ltr">{item.caseId.slice(0, 8)}</Table.Td>
                    <Table.Td>{item.serviceId ?? '—'}</Table.Td>
                    <Table.Td>{item.round ?? '—'}</Table.Td>
                    <Table.Td>
                      <Badge color={item.breached ? 'red.9' : 'orange.9'} variant="filled">
                        {t(item.breached ? 'director.stage.deadline-breached' : 'director.stage.at-risk')}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{item.deadline ? <DualDate value={item.deadline} /> : '—'}</Table.Td>
                    <Table.Td>{t(item.escalated ? 'director.escalated.yes' : 'director.escalated.no')}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        )}
      />
    </Stack>
  );
}

/**
 * The committee's open requests by stage (each stage's total, as the queue counts it) and how much of the
 * review window the watched ones have left: bars with the figures in a table beside them.
 */
export function Figures() {
  const api = useApi();
  const t = useT();
  const byStage = useQuery({
    queryKey: ['director', 'by-stage'],
    queryFn: async () =>
      Promise.all(
        OPEN_STAGES.map(async (stage) => ({
          stage,
          total: (await unwrap(api.committee.GET('/committee/queue', { params: { query: { stage, limit: 1 } } }))).total,
        })),
      ),
  });
  const watched = useQuery({
    queryKey: ['director', 'window'],
    queryFn: () => unwrap(api.committee.GET('/committee/deadlines', { params: { query: { limit: 200 } } })),
  });
  if (byStage.isPending || watched.isPending) return <Loading />;
  if (byStage.isError) return <ErrorNotice error={byStage.error} onRetry={() => void byStage.refetch()} />;
  if (watched.isError) return <ErrorNotice error={watched.error} onRetry={() => void watched.refetch()} />;
  const now = Date.now();
  const left = watched.data.items.map((item) => (item.deadline ? Date.parse(item.deadline) - now : 0));
  const count = (test: (ms: number) => boolean) => left.filter(test).length;
  return (
    <Stack gap="md" component="section" aria-labelledby="director-figures">
      <Title order={3} id="director-figures">
        {t('director.charts.title')}
      </Title>
      <BarChart
        testId="chart-stage"
        title={t('director.charts.byStage')}
        bars={byStage.data.map(({ stage, total }) => ({
          label: t(`director.stage.${stage}`),
          value: total,
          color: stage === 'deadline-breached' ? 'red.9' : stage === 'at-risk' ? 'orange.9' : 'athar.8',
        }))}
      />
      <BarChart
        testId="chart-window"
        title={t('director.charts.window')}
        bars={[
          { label: t('director.window.past'), value: count((ms) => ms <= 0), color: 'red.9' },
          { label: t('director.window.day'), value: count((ms) => ms > 0 && ms < DAY), color: 'orange.9' },
          { label: t('director.window.days'), value: count((ms) => ms >= DAY && ms <= 3 * DAY), color: 'yellow.9' },
          { label: t('director.window.more'), value: count((ms) => ms > 3 * DAY) },
        ]}
      />
    </Stack>
  );
}
