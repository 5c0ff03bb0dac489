import { Anchor, Group, Paper, Select, SimpleGrid, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useLocation, useSearchParams } from 'react-router';
import { unwrap } from '../../api/client';
import { useApi } from '../../api/context';
import { useT } from '../../i18n/locale';
import { DualDate } from '../../kit/dates';
import { PagedList } from '../../kit/paged';
import { ErrorNotice, Loading } from '../../kit/states';
import { TableScroll } from '../../kit/table-scroll';
import { useSession } from '../../auth/auth';
import { OperationsNav, RiskBadge, TENANTS, useLateness, useTenantName, WORKFLOW_TYPES, type Schemas, type WorkflowType } from './common';

type Item = Schemas['WorkflowItemDto'];
type Status = 'at-risk' | 'breached';
const STATUSES: Status[] = ['breached', 'at-risk'];

/** Where a workflow's own screen is: its id is a path (`service-delivery/<tenant>/<case>`), kept as one. */
export const workflowPath = (workflowId: string) => `/operations/workflows/${workflowId.split('/').map(encodeURIComponent).join('/')}`;

/**
 * Running workflows (docs/adr/0045): counts at the top (running, at risk, breached, by stage), then the
 * list, filtered by association (operations only: a tenant's administrator sees its own), type, state and
 * stage. The filters live in the address, so a filtered list can be shared and the back button keeps it.
 */
export function WorkflowsPage() {
  const api = useApi();
  const t = useT();
  const { roles } = useSession();
  const tenantName = useTenantName();
  const lateness = useLateness();
  const [params, setParams] = useSearchParams();
  const { search } = useLocation();
  // the platform-wide role sees every association; a tenant's administrator only its own (docs/adr/0045)
  const allTenants = roles.includes('operations');
  const tenant = allTenants ? (params.get('tenant') ?? undefined) : undefined;
  const type = (params.get('type') ?? undefined) as WorkflowType | undefined;
  const status = (params.get('status') ?? undefined) as Status | undefined;
  const stage = params.get('stage') ?? undefined;
  const set = (key: string, value: string | null) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );
  const counts = useQuery({
    queryKey: ['ops', 'counts', tenant, type],
    queryFn: () => unwrap(api.committee.GET('/ops/workflows/counts', { params: { query: { tenant, type } } })),
  });
  return (
    <Stack gap="md" maw={1200}>
      <OperationsNav />
      <Title order={2}>{t('ops.workflows.title')}</Title>
      <Text c="gray.8">{t('ops.workflows.intro')}</Text>
      <Group align="end" wrap="wrap" component="form" role="search" aria-label={t('ops.workflows.title')} onSubmit={(e) => e.preventDefault()}>
        {allTenants ? (
          <Select
            label={t('ops.filter.tenant')}
            placeholder={t('ops.filter.allTenants')}
            data={TENANTS.map((x) => ({ value: x.id, label: tenantName(x.id) }))}
            value={tenant ?? null}
            onChange={(value) => set('tenant', value)}
            clearable
            data-testid="ops-filter-tenant"
            w={260}
          />
        ) : null}
        <Select
          label={t('ops.filter.type')}
          placeholder={t('ops.filter.allTypes')}
          data={WORKFLOW_TYPES.map((x) => ({ value: x, label: t(`ops.type.${x}`) }))}
          value={type ?? null}
          onChange={(value) => set('type', value)}
          clearable
          data-testid="ops-filter-type"
          w={240}
        />
        <Select
          label={t('ops.filter.status')}
          placeholder={t('ops.filter.allStatuses')}
          data={STATUSES.map((x) => ({ value: x, label: t(`ops.risk.${x}`) }))}
          value={status ?? null}
          onChange={(value) => set('status', value)}
          clearable
          data-testid="ops-filter-status"
          w={200}
        />
        <Select
          label={t('ops.filter.stage')}
          placeholder={t('ops.filter.allStages')}
          data={(counts.data?.byStage ?? []).filter((s) => s.stage !== '(none)').map((s) => s.stage)}
          value={stage ?? null}
          onChange={(value) => set('stage', value)}
          clearable
          data-testid="ops-filter-stage"
          w={200}
        />
      </Group>
      <Counts counts={counts} />
      <PagedList<Item>
        queryKey={['ops', 'workflows', tenant, type, status, stage]}
        fetchPage={(cursor) => unwrap(api.committee.GET('/ops/workflows', { params: { query: { tenant, type, status, stage, limit: 25, cursor } } }))}
        empty={
          <Text c="gray.8" role="status" data-testid="ops-workflows-none">
            {t('ops.none.workflows')}
          </Text>
        }
        render={(items) => (
          <TableScroll label={t('ops.workflows.title')} minWidth={880}>
            <Table striped data-testid="ops-workflows">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('ops.col.type')}</Table.Th>
                  <Table.Th>{t('ops.col.tenant')}</Table.Th>
                  <Table.Th>{t('ops.col.subject')}</Table.Th>
                  <Table.Th>{t('ops.col.stage')}</Table.Th>
                  <Table.Th>{t('ops.col.deadline')}</Table.Th>
                  <Table.Th>{t('ops.col.risk')}</Table.Th>
                  <Table.Th>{t('ops.col.late')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((item) => (
                  <Table.Tr key={item.workflowId} data-workflow={item.workflowId} data-tenant={item.tenantId ?? ''}>
                    <Table.Td>
                      <Anchor component={Link} to={workflowPath(item.workflowId)} state={{ list: search }} c="athar.9">
                        {t(`ops.type.${item.type}`)}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{tenantName(item.tenantId)}</Table.Td>
                    <Table.Td dir="ltr" title={item.caseId ?? undefined}>
                      {item.caseId ? item.caseId.slice(0, 8) : '—'}
                    </Table.Td>
                    <Table.Td dir="ltr">{item.stage ?? '—'}</Table.Td>
                    <Table.Td>{item.deadline ? <DualDate value={item.deadline} /> : '—'}</Table.Td>
                    <Table.Td>
                      <RiskBadge risk={item.risk} />
                    </Table.Td>
                    <Table.Td data-testid="late-by">{lateness(item.lateBySeconds)}</Table.Td>
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

function Counts({ counts }: { counts: ReturnType<typeof useQuery<Schemas['WorkflowCountsDto']>> }) {
  const t = useT();
  if (counts.isPending) return <Loading />;
  if (counts.isError) return <ErrorNotice error={counts.error} onRetry={() => void counts.refetch()} />;
  const c = counts.data;
  const figures: Array<{ id: string; label: string; value: number; color?: string }> = [
    { id: 'breached', label: t('ops.counts.breached'), value: c.breached, color: c.breached > 0 ? 'red.9' : undefined },
    { id: 'at-risk', label: t('ops.counts.atRisk'), value: c.atRisk, color: c.atRisk > 0 ? 'orange.9' : undefined },
    { id: 'running', label: t('ops.counts.running'), value: c.running },
  ];
  return (
    <Stack gap="xs" component="section" aria-labelledby="ops-counts">
      <VisuallyHidden>
        <Title order={3} id="ops-counts">
          {t('ops.counts.title')}
        </Title>
      </VisuallyHidden>
      <SimpleGrid cols={{ base: 3 }} data-testid="ops-counts">
        {figures.map((f) => (
          <Paper key={f.id} withBorder p="sm" data-count={f.id}>
            <Text size="sm" c="gray.8">
              {f.label}
            </Text>
            <Text fw={700} fz="xl" c={f.color} data-testid={`ops-count-${f.id}`}>
              {t('common.number', { value: f.value })}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
      {c.byStage.length > 0 ? (
        <Group
          component="ul"
          gap="xs"
          wrap="wrap"
          aria-label={t('ops.counts.byStage')}
          data-testid="ops-by-stage"
          style={{ listStyle: 'none', padding: 0, margin: 0 }}
        >
          <Text component="li" size="sm" c="gray.8">
            {t('ops.counts.byStage')}:
          </Text>
          {c.byStage.map((s) => (
            <Paper component="li" key={s.stage} withBorder px="xs" py={2} data-stage={s.stage}>
              <Text span size="sm" dir="ltr">
                {s.stage}
              </Text>{' '}
              <Text span size="sm" fw={700}>
                {t('common.number', { value: s.count })}
              </Text>
            </Paper>
          ))}
        </Group>
      ) : null}
      {c.capped ? (
        <Text size="sm" c="gray.8">
          {t('ops.counts.capped')}
        </Text>
      ) : null}
    </Stack>
  );
}
