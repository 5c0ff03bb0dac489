import { Alert, Badge, Button, Checkbox, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { unwrap } from '../../api/client';
import { useApi } from '../../api/context';
import { useSession } from '../../auth/auth';
import { useT } from '../../i18n/locale';
import { PagedList } from '../../kit/paged';
import { TableScroll } from '../../kit/table-scroll';
import { LETTER_STATES, OperationsNav, ReasonDialog, TENANTS, useTenantName, When, type LetterState, type Schemas } from './common';

type Letter = Schemas['DeadLetterDto'];
type Outcome = Schemas['DeadLetterOutcomeDto'];
type Action = 'redrive' | 'discard';
const EVENT_TYPE = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

/**
 * Dead letters (docs/adr/0045, ADR 0017): why each failed and how often, never its content; several
 * selected are redriven to their original topic or discarded, with a reason and a confirmation, and the
 * outcome shown for each letter. A tenant's administrator sees only its own association's.
 */
export function DeadLettersPage() {
  const api = useApi();
  const t = useT();
  const tenantName = useTenantName();
  const queryClient = useQueryClient();
  const { roles } = useSession();
  const allTenants = roles.includes('operations');
  const [params, setParams] = useSearchParams();
  const state = (params.get('state') ?? 'open') as LetterState;
  const tenant = allTenants ? (params.get('tenant') ?? undefined) : undefined;
  const eventType = params.get('eventType') ?? undefined;
  const [typed, setTyped] = useState(eventType ?? '');
  const [selected, setSelected] = useState<string[]>([]);
  const [action, setAction] = useState<Action | null>(null);
  const [outcomes, setOutcomes] = useState<Outcome[]>([]);
  const set = (key: string, value: string | null) => {
    setSelected([]);
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );
  };
  const act = useMutation({
    mutationFn: ({ what, reason }: { what: Action; reason: string }) =>
      unwrap(api.committee.POST(what === 'redrive' ? '/ops/dead-letters/redrive' : '/ops/dead-letters/discard', { body: { ids: selected, reason } })),
    onSuccess: async (done) => {
      setOutcomes(done.items);
      setSelected([]);
      setAction(null);
      await queryClient.invalidateQueries({ queryKey: ['ops'] });
    },
  });
  const toggle = (id: string, on: boolean) => setSelected((current) => (on ? [...current, id] : current.filter((x) => x !== id)));

  return (
    <Stack gap="md" maw={1300}>
      <OperationsNav />
      <Title order={2}>{t('ops.letters.title')}</Title>
      <Text c="gray.8">{t('ops.letters.intro')}</Text>
      <Group
        align="end"
        wrap="wrap"
        component="form"
        role="search"
        aria-label={t('ops.letters.title')}
        onSubmit={(e) => {
          e.preventDefault();
          set('eventType', EVENT_TYPE.test(typed.trim()) ? typed.trim() : null);
        }}
      >
        <Select
          label={t('ops.filter.state')}
          data={LETTER_STATES.map((s) => ({ value: s, label: t(`ops.letters.state.${s}`) }))}
          value={state}
          onChange={(value) => set('state', value === 'open' ? null : value)}
          allowDeselect={false}
          data-testid="ops-filter-letter-state"
          w={200}
        />
        {allTenants ? (
          <Select
            label={t('ops.filter.tenant')}
            placeholder={t('ops.filter.allTenants')}
            data={TENANTS.map((x) => ({ value: x.id, label: tenantName(x.id) }))}
            value={tenant ?? null}
            onChange={(value) => set('tenant', value)}
            clearable
            w={260}
          />
        ) : null}
        <TextInput
          label={t('ops.filter.eventType')}
          value={typed}
          onChange={(e) => setTyped(e.currentTarget.value)}
          onBlur={() => set('eventType', EVENT_TYPE.test(typed.trim()) ? typed.trim() : null)}
          dir="ltr"
          w={240}
        />
      </Group>

      {outcomes.length > 0 ? (
        <Alert color="athar" role="status" title={t('ops.letters.outcome')} data-testid="ops-letter-outcomes">
          <Stack gap={2} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {outcomes.map((o) => (
              <Text component="li" key={o.id} data-letter={o.id} data-state={o.state}>
                <Text span dir="ltr">
                  {o.id}
                </Text>
                {': '}
                {o.state === 'redriven' ? t('ops.letters.outcome.redriven', { topic: o.topic ?? '' }) : t('ops.letters.outcome.discarded')}
              </Text>
            ))}
          </Stack>
        </Alert>
      ) : null}

      {state === 'open' ? (
        <Group gap="sm" wrap="wrap">
          <Text role="status" data-testid="ops-selected">
            {t('ops.letters.selected', { count: selected.length })}
          </Text>
          <Button disabled={selected.length === 0} onClick={() => (act.reset(), setAction('redrive'))} data-testid="ops-redrive">
            {t('ops.letters.redrive')}
          </Button>
          <Button variant="filled" color="red.9" disabled={selected.length === 0} onClick={() => (act.reset(), setAction('discard'))} data-testid="ops-discard">
            {t('ops.letters.discard')}
          </Button>
        </Group>
      ) : null}

      <PagedList<Letter>
        queryKey={['ops', 'dead-letters', state, tenant, eventType]}
        fetchPage={(cursor) => unwrap(api.committee.GET('/ops/dead-letters', { params: { query: { state, tenant, eventType, limit: 25, cursor } } }))}
        empty={
          <Text c="gray.8" role="status" data-testid="ops-letters-none">
            {t('ops.letters.none')}
          </Text>
        }
        render={(items) => (
          <TableScroll label={t('ops.letters.title')} minWidth={1100}>
            <Table striped data-testid="ops-letters">
              <Table.Thead>
                <Table.Tr>
                  {state === 'open' ? (
                    <Table.Th>
                      <Checkbox
                        aria-label={t('ops.letters.selectAll')}
                        checked={items.length > 0 && items.every((i) => selected.includes(i.id))}
                        indeterminate={selected.length > 0 && !items.every((i) => selected.includes(i.id))}
                        onChange={(e) => setSelected(e.currentTarget.checked ? items.map((i) => i.id) : [])}
                      />
                    </Table.Th>
                  ) : null}
                  <Table.Th>{t('ops.col.letter')}</Table.Th>
                  <Table.Th>{t('ops.col.originalTopic')}</Table.Th>
                  <Table.Th>{t('ops.col.eventType')}</Table.Th>
                  <Table.Th>{t('ops.col.tenant')}</Table.Th>
                  <Table.Th>{t('ops.col.consumerGroup')}</Table.Th>
                  <Table.Th>{t('ops.col.error')}</Table.Th>
                  <Table.Th>{t('ops.col.attempts')}</Table.Th>
                  <Table.Th>{t('ops.col.firstFailed')}</Table.Th>
                  <Table.Th>{t('ops.col.lastFailed')}</Table.Th>
                  {state !== 'open' ? <Table.Th>{t('ops.col.state')}</Table.Th> : null}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((letter) => (
                  <Table.Tr key={letter.id} data-letter={letter.id} data-event={letter.eventId ?? ''} data-tenant={letter.tenantId ?? ''}>
                    {state === 'open' ? (
                      <Table.Td>
                        <Checkbox
                          aria-label={t('ops.letters.select', { id: letter.id })}
                          checked={selected.includes(letter.id)}
                          onChange={(e) => toggle(letter.id, e.currentTarget.checked)}
                        />
                      </Table.Td>
                    ) : null}
                    <Table.Td dir="ltr">{letter.id}</Table.Td>
                    <Table.Td dir="ltr">{letter.originalTopic ?? '—'}</Table.Td>
                    <Table.Td dir="ltr">{letter.eventType ?? '—'}</Table.Td>
                    <Table.Td>{tenantName(letter.tenantId)}</Table.Td>
                    <Table.Td dir="ltr">{letter.consumerGroup ?? '—'}</Table.Td>
                    <Table.Td dir="ltr" style={{ maxWidth: 320, wordBreak: 'break-word' }}>
                      {letter.error ?? '—'}
                    </Table.Td>
                    <Table.Td>{letter.attempts === null ? '—' : t('common.number', { value: letter.attempts })}</Table.Td>
                    <Table.Td>
                      <When value={letter.firstFailedAt} />
                    </Table.Td>
                    <Table.Td>
                      <When value={letter.lastFailedAt} />
                    </Table.Td>
                    {state !== 'open' ? (
                      <Table.Td>
                        <Badge variant="filled" color="gray.8">
                          {t(`ops.letters.state.${letter.state}`)}
                        </Badge>
                      </Table.Td>
                    ) : null}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        )}
      />

      {action ? (
        <ReasonDialog
          opened
          title={t(`ops.letters.${action}`)}
          detail={t(`ops.letters.${action}.detail`, { count: selected.length })}
          confirm={t('ops.action.confirm', { action: t(`ops.letters.${action}`) })}
          danger={action === 'discard'}
          pending={act.isPending}
          error={act.error}
          onClose={() => setAction(null)}
          onConfirm={(reason) => act.mutate({ what: action, reason })}
        />
      ) : null}
    </Stack>
  );
}
