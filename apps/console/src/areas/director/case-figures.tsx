import { NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useApi } from '../../api/context';
import { unwrap } from '../../api/client';
import { BarChart } from '../../kit/bar-chart';
import { TableScroll } from '../../kit/table-scroll';
import { ErrorNotice, Loading } from '../../kit/states';
import { useT } from '../../i18n/locale';
import type { MessageId } from '../../i18n/messages';

const ALL = 'all';
const STAGE_COLOURS: Record<string, string> = { accepted: 'teal.9', refused: 'red.9', 'in-delivery': 'athar.9' };
const BUCKET_COLOURS: Record<string, string> = { 'first-half': 'teal.9', 'within-window': 'yellow.9', 'after-window': 'red.9' };

/**
 * The tenant's cases by stage, for every channel or one of them, with the stage × channel table beside
 * the bars (aggregates only: the board may see them).
 */
export function CasesByStage() {
  const api = useApi();
  const t = useT();
  const [channel, setChannel] = useState(ALL);
  const figures = useQuery({ queryKey: ['director', 'cases-by-stage'], queryFn: () => unwrap(api.intake.GET('/figures/cases-by-stage')) });
  if (figures.isPending) return <Loading />;
  if (figures.isError) return <ErrorNotice error={figures.error} onRetry={() => void figures.refetch()} />;
  const { byStage, cells } = figures.data;
  const channels = [...new Set(cells.map((c) => c.channel))];
  const channelName = (c: string) => t(`director.channel.${c}` as MessageId);
  const count = (stage: string, c: string) => cells.find((cell) => cell.stage === stage && cell.channel === c)?.count ?? 0;
  return (
    <Stack gap="sm" component="section" aria-labelledby="director-cases-by-stage">
      <Title order={3} id="director-cases-by-stage">
        {t('director.casesByStage.title')}
      </Title>
      <NativeSelect
        label={t('director.casesByStage.channel')}
        value={channel}
        onChange={(event) => setChannel(event.currentTarget.value)}
        data={[{ value: ALL, label: t('director.casesByStage.allChannels') }, ...channels.map((c) => ({ value: c, label: channelName(c) }))]}
        w="fit-content"
        data-testid="cases-channel"
      />
      <BarChart
        testId="chart-cases-by-stage"
        title={t('director.casesByStage.chart', { channel: channel === ALL ? t('director.casesByStage.allChannels') : channelName(channel) })}
        bars={byStage.map(({ stage, count: total }) => ({
          label: t(`director.caseStage.${stage}` as MessageId),
          value: channel === ALL ? total : count(stage, channel),
          color: STAGE_COLOURS[stage],
        }))}
      />
      {channels.length > 0 ? (
        <TableScroll label={t('director.casesByStage.table')} minWidth={480}>
          <Table striped data-testid="cases-by-stage-table">
            <caption>{t('director.casesByStage.table')}</caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('director.col.stage')}</Table.Th>
                {channels.map((c) => (
                  <Table.Th scope="col" key={c}>
                    {channelName(c)}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {byStage.map(({ stage }) => (
                <Table.Tr key={stage} data-stage={stage}>
                  <Table.Th scope="row" fw={400}>
                    {t(`director.caseStage.${stage}` as MessageId)}
                  </Table.Th>
                  {channels.map((c) => (
                    <Table.Td key={c} data-channel={c}>
                      {count(stage, c)}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      ) : (
        <Text c="gray.8">{t('director.casesByStage.none')}</Text>
      )}
    </Stack>
  );
}

/** How long the committee took from submission to its first decision, against the review window (Tuwaiq 5-5). */
export function TimeToDecision() {
  const api = useApi();
  const t = useT();
  const figures = useQuery({ queryKey: ['director', 'time-to-decision'], queryFn: () => unwrap(api.intake.GET('/figures/time-to-decision')) });
  if (figures.isPending) return <Loading />;
  if (figures.isError) return <ErrorNotice error={figures.error} onRetry={() => void figures.refetch()} />;
  const f = figures.data;
  return (
    <Stack gap="sm" component="section" aria-labelledby="director-time-to-decision">
      <Title order={3} id="director-time-to-decision">
        {t('director.decisionTime.title')}
      </Title>
      <Text c="gray.8" data-testid="decision-window">
        {t(f.reviewWindow.counting === 'working' ? 'director.decisionTime.windowWorking' : 'director.decisionTime.windowCalendar', {
          days: f.reviewWindow.days,
        })}
      </Text>
      <BarChart
        testId="chart-decision-time"
        title={t('director.decisionTime.chart')}
        bars={f.buckets.map(({ bucket, count }) => ({
          label: t(`director.decisionTime.bucket.${bucket}` as MessageId, { days: f.reviewWindow.days, half: f.reviewWindow.days / 2 }),
          value: count,
          color: BUCKET_COLOURS[bucket],
        }))}
      />
      <Text data-testid="decision-summary">
        {f.decided === 0 || f.medianDays === null || f.p90Days === null
          ? t('director.decisionTime.none')
          : t('director.decisionTime.summary', { decided: f.decided, median: f.medianDays, p90: f.p90Days })}
      </Text>
    </Stack>
  );
}
