import { Anchor, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useApi } from '../../api/context';
import { useLocale, useT } from '../../i18n/locale';
import { DualDate } from '../../kit/dates';
import { PagedList } from '../../kit/paged';
import { useServices } from '../../kit/services';
import { Empty } from '../../kit/states';
import { queuePage, type QueueItem } from './queue';

/** The committee's queue by decision deadline, nearest first (Tuwaiq 6-4: the committee answers within its window). */
export function QueuePage() {
  const api = useApi();
  const t = useT();
  const total = useQuery({ queryKey: ['committee-queue', 'total'], queryFn: () => queuePage(api, undefined, 1) });
  return (
    <Stack gap="md">
      <Title order={2}>{t('committee.queue.title')}</Title>
      <Text c="gray.8">{t('committee.queue.intro')}</Text>
      {total.data ? <Text data-testid="queue-total">{t('committee.queue.total', { count: total.data.total })}</Text> : null}
      <PagedList<QueueItem>
        queryKey={['committee-queue']}
        fetchPage={(cursor) => queuePage(api, cursor)}
        empty={<Empty />}
        render={(items) => (
          <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('committee.queue.title')}>
            {items.map((item) => (
              <QueueRow key={item.caseId} item={item} />
            ))}
          </Stack>
        )}
      />
    </Stack>
  );
}

function QueueRow({ item }: { item: QueueItem }) {
  const t = useT();
  const { language } = useLocale();
  const { nameOf } = useServices();
  const outcome = item.eligibility?.outcome;
  return (
    <Card component="li" withBorder data-testid="queue-row" data-case={item.caseId}>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
        <Anchor component={Link} to={`/committee/cases/${item.caseId}`} fw={600} aria-label={t('committee.queue.open', { caseId: item.caseId.slice(0, 8) })}>
          {t('committee.queue.case')} {item.caseId.slice(0, 8)}
        </Anchor>
        <Text fw={600} c={item.stage === 'under-review' ? 'gray.8' : 'red.9'} data-testid="queue-stage">
          {t(`committee.stage.${item.stage}`)}
        </Text>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs" spacing="xs">
        <Text size="sm">
          {t('committee.queue.deadline')}: {item.deadline ? <DualDate value={item.deadline} /> : '—'}
        </Text>
        <Text size="sm">
          {t('committee.queue.service')}: {nameOf(item.serviceId, language)}
        </Text>
        <Text size="sm">
          {t('committee.queue.eligibility')}: {t(outcome ? `committee.eligibility.${outcome}` : 'committee.eligibility.pending')}
        </Text>
        <Text size="sm">
          {t('committee.queue.votes')}: {t('common.number', { value: item.votes.length })}
        </Text>
      </SimpleGrid>
    </Card>
  );
}
