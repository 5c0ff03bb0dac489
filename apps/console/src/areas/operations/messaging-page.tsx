import { Anchor, Button, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { unwrap } from '../../api/client';
import { useApi } from '../../api/context';
import { useT } from '../../i18n/locale';
import { Empty, ErrorNotice, Loading } from '../../kit/states';
import { TableScroll } from '../../kit/table-scroll';
import { OperationsNav, When } from './common';

/**
 * Messaging health for the platform (docs/adr/0045, operations only): consumer lag per group with its
 * partitions, relay lag in events and seconds, inbox sizes, the open dead letters, and when it was
 * measured (the service measures at most every 15 s, whoever asks).
 */
export function MessagingPage() {
  const api = useApi();
  const t = useT();
  const figures = useQuery({
    queryKey: ['ops', 'messaging'],
    queryFn: () => unwrap(api.committee.GET('/ops/messaging')),
    refetchInterval: 15_000,
  });
  const n = (value: number) => t('common.number', { value });
  return (
    <Stack gap="md" maw={1200}>
      <OperationsNav />
      <Title order={2}>{t('ops.messaging.title')}</Title>
      <Text c="gray.8">{t('ops.messaging.intro')}</Text>
      {figures.isPending ? <Loading /> : null}
      {figures.isError ? <ErrorNotice error={figures.error} onRetry={() => void figures.refetch()} /> : null}
      {figures.data ? (
        <>
          <Group gap="sm" wrap="wrap" data-testid="ops-measured">
            <Text c="gray.8">{t('ops.messaging.measuredAt')}</Text>
            <When value={figures.data.measuredAt} />
            <Button variant="default" size="xs" onClick={() => void figures.refetch()} loading={figures.isFetching}>
              {t('ops.messaging.refresh')}
            </Button>
          </Group>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Paper withBorder p="sm" data-testid="ops-dead-letters-open">
              <Text size="sm" c="gray.8">
                {t('ops.messaging.deadLetters')}
              </Text>
              <Text fw={700} fz="xl" c={figures.data.deadLetters > 0 ? 'red.9' : undefined} data-testid="ops-dead-letters-count">
                {n(figures.data.deadLetters)}
              </Text>
              <Anchor component={Link} to="/operations/dead-letters" c="athar.9" size="sm">
                {t('ops.messaging.openDeadLetters')}
              </Anchor>
            </Paper>
            <Paper withBorder p="sm">
              <Text size="sm" c="gray.8">
                {t('ops.messaging.consumers')}
              </Text>
              <Text fw={700} fz="xl" data-testid="ops-consumer-lag-total">
                {n(figures.data.consumers.reduce((sum, c) => sum + c.lag, 0))}
              </Text>
            </Paper>
            <Paper withBorder p="sm">
              <Text size="sm" c="gray.8">
                {t('ops.messaging.relays')}
              </Text>
              <Text fw={700} fz="xl" data-testid="ops-relay-lag-total">
                {n(figures.data.relays.reduce((sum, r) => sum + r.events, 0))}
              </Text>
            </Paper>
          </SimpleGrid>

          <Stack gap="xs" component="section" aria-labelledby="ops-consumers">
            <Title order={3} id="ops-consumers">
              {t('ops.messaging.consumers')}
            </Title>
            {figures.data.consumers.length === 0 ? (
              <Empty />
            ) : (
              <TableScroll label={t('ops.messaging.consumers')} minWidth={760}>
                <Table striped data-testid="ops-consumers-table">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('ops.col.service')}</Table.Th>
                      <Table.Th>{t('ops.col.group')}</Table.Th>
                      <Table.Th>{t('ops.col.groupState')}</Table.Th>
                      <Table.Th>{t('ops.col.members')}</Table.Th>
                      <Table.Th>{t('ops.col.lag')}</Table.Th>
                      <Table.Th>{t('ops.col.partitions')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {figures.data.consumers.map((c) => (
                      <Table.Tr key={c.group} data-group={c.group} data-lag={c.lag}>
                        <Table.Td dir="ltr">{c.service}</Table.Td>
                        <Table.Td dir="ltr">{c.group}</Table.Td>
                        <Table.Td dir="ltr">{c.state}</Table.Td>
                        <Table.Td>{n(c.members)}</Table.Td>
                        <Table.Td fw={700}>{n(c.lag)}</Table.Td>
                        <Table.Td>
                          {c.partitions.length === 0 ? (
                            t('ops.noPartitions')
                          ) : (
                            <Stack gap={0} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                              {c.partitions.map((p) => (
                                <Text component="li" size="sm" key={`${p.topic}:${p.partition}`} data-partition={`${p.topic}:${p.partition}`}>
                                  <Text span dir="ltr" size="sm">
                                    {p.topic}#{p.partition}
                                  </Text>
                                  {': '}
                                  {n(p.lag)}
                                </Text>
                              ))}
                            </Stack>
                          )}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </TableScroll>
            )}
          </Stack>

          <Stack gap="xs" component="section" aria-labelledby="ops-relays">
            <Title order={3} id="ops-relays">
              {t('ops.messaging.relays')}
            </Title>
            {figures.data.relays.length === 0 ? (
              <Empty />
            ) : (
              <TableScroll label={t('ops.messaging.relays')} minWidth={520}>
                <Table striped data-testid="ops-relays-table">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('ops.col.service')}</Table.Th>
                      <Table.Th>{t('ops.col.relay')}</Table.Th>
                      <Table.Th>{t('ops.col.events')}</Table.Th>
                      <Table.Th>{t('ops.col.seconds')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {figures.data.relays.map((r) => (
                      <Table.Tr key={r.relay} data-relay={r.relay}>
                        <Table.Td dir="ltr">{r.service}</Table.Td>
                        <Table.Td dir="ltr">{r.relay}</Table.Td>
                        <Table.Td>{r.atLeast ? t('ops.atLeast', { value: r.events }) : n(r.events)}</Table.Td>
                        <Table.Td>{n(Math.round(r.seconds))}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </TableScroll>
            )}
          </Stack>

          <Stack gap="xs" component="section" aria-labelledby="ops-inbox">
            <Title order={3} id="ops-inbox">
              {t('ops.messaging.inbox')}
            </Title>
            {figures.data.inbox.length === 0 ? (
              <Empty />
            ) : (
              <TableScroll label={t('ops.messaging.inbox')} minWidth={360}>
                <Table striped data-testid="ops-inbox-table">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('ops.col.group')}</Table.Th>
                      <Table.Th>{t('ops.col.inboxEvents')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {figures.data.inbox.map((i) => (
                      <Table.Tr key={i.group} data-group={i.group}>
                        <Table.Td dir="ltr">{i.group}</Table.Td>
                        <Table.Td>{n(i.events)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </TableScroll>
            )}
          </Stack>
        </>
      ) : null}
    </Stack>
  );
}
