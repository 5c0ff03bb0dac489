import { TableScroll } from '../../kit/table-scroll';
import { Anchor, Badge, Button, Group, Select, Stack, Table, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { unwrap } from '../../api/client';
import { useApi } from '../../api/context';
import { useLocale, useT } from '../../i18n/locale';
import { DualDate } from '../../kit/dates';
import { PagedList } from '../../kit/paged';
import { useServices } from '../../kit/services';
import { channelLabel, CHANNELS, RelationsNav, type Channel } from './common';

type Status = 'draft' | 'submitted';

/**
 * The relations officer's queue (GET /applications): drafts waiting for what their checklist lacks and
 * registered requests, filtered as the API filters (status, channel, service), paged by its cursors;
 * each row opens the case (common process steps 2 and 6).
 */
export function QueuePage() {
  const api = useApi();
  const t = useT();
  const { language } = useLocale();
  const { services } = useServices();
  const [status, setStatus] = useState<string>('');
  const [channel, setChannel] = useState<string>('');
  const [serviceId, setServiceId] = useState<string>('');
  const serviceName = (id: string) => services.find((s) => s.id === id)?.name[language] ?? id;
  const all = { value: '', label: t('relations.filter.all') };
  return (
    <Stack gap="md">
      <RelationsNav />
      <Group justify="space-between">
        <Title order={2}>{t('relations.queue.title')}</Title>
        <Button component={Link} to="/relations/new">
          {t('relations.nav.new')}
        </Button>
      </Group>
      <Group align="flex-end" gap="sm">
        <Select
          label={t('relations.filter.status')}
          value={status}
          onChange={(v) => setStatus(v ?? '')}
          allowDeselect={false}
          data={[all, { value: 'draft', label: t('relations.status.draft') }, { value: 'submitted', label: t('relations.status.submitted') }]}
        />
        <Select
          label={t('relations.filter.channel')}
          value={channel}
          onChange={(v) => setChannel(v ?? '')}
          allowDeselect={false}
          data={[all, ...CHANNELS.map((c) => ({ value: c, label: t(channelLabel(c)) }))]}
        />
        <Select
          label={t('relations.filter.service')}
          value={serviceId}
          onChange={(v) => setServiceId(v ?? '')}
          allowDeselect={false}
          data={[all, ...services.map((s) => ({ value: s.id, label: s.name[language] }))]}
        />
      </Group>
      <PagedList
        queryKey={['relations-queue', status, channel, serviceId]}
        fetchPage={(cursor) =>
          unwrap(
            api.intake.GET('/applications', {
              params: {
                query: {
                  limit: 20,
                  ...(cursor ? { cursor } : {}),
                  ...(status ? { status: status as Status } : {}),
                  ...(channel ? { channel: channel as Channel } : {}),
                  ...(serviceId ? { serviceId } : {}),
                },
              },
            }),
          )
        }
        render={(items) => (
          <TableScroll label={t('relations.queue.title')}>
            <Table striped data-testid="queue">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('relations.col.case')}</Table.Th>
                  <Table.Th>{t('relations.col.status')}</Table.Th>
                  <Table.Th>{t('relations.col.channel')}</Table.Th>
                  <Table.Th>{t('relations.col.service')}</Table.Th>
                  <Table.Th>{t('relations.col.created')}</Table.Th>
                  <Table.Th>{t('relations.col.missing')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((row) => (
                  <Table.Tr key={row.caseId} data-case-number={row.caseNumber ?? ''}>
                    <Table.Td>
                      <Anchor component={Link} to={`/relations/cases/${row.caseId}`} dir="ltr">
                        {row.caseNumber ?? t('relations.noNumber')}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <Badge color={row.status === 'draft' ? 'yellow.3' : 'athar.8'} variant="filled" autoContrast>
                        {t(row.status === 'draft' ? 'relations.status.draft' : 'relations.status.submitted')}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{t(channelLabel(row.channel))}</Table.Td>
                    <Table.Td>{serviceName(row.serviceId)}</Table.Td>
                    <Table.Td>
                      <DualDate value={row.createdAt} />
                    </Table.Td>
                    <Table.Td>{t('relations.missing', { count: row.checklist.filter((i) => !i.done).length })}</Table.Td>
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
