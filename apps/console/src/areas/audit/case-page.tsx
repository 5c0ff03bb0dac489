import { Alert, Anchor, Badge, Button, Group, Paper, Stack, Table, Tabs, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { unwrap } from '../../api/client';
import { useApi } from '../../api/context';
import type { components } from '../../api/generated/intake';
import { useLocale, useT } from '../../i18n/locale';
import type { MessageId } from '../../i18n/messages';
import { DualDate } from '../../kit/dates';
import { ErrorNotice, fieldReasons, Loading } from '../../kit/states';
import { TableScroll } from '../../kit/table-scroll';
import { DecisionsTable } from './decisions';
import { flatten, instantOf } from './fields';

type Replay = components['schemas']['CaseReplayDto'];
type ReplayedEvent = Replay['events'][number];

/** One case for the auditor: its replay as of an instant, and its decisions re-run (ADR 0044). */
export function AuditCasePage() {
  const { caseId = '' } = useParams();
  const t = useT();
  return (
    <Stack gap="md" maw={1200}>
      <Anchor component={Link} to="/audit" size="sm">
        {t('audit.back')}
      </Anchor>
      <Title order={2}>{t('audit.case.title', { caseId: caseId.slice(0, 8) })}</Title>
      <Tabs defaultValue="replay" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="replay" data-testid="tab-replay">
            {t('audit.tab.replay')}
          </Tabs.Tab>
          <Tabs.Tab value="decisions" data-testid="tab-decisions">
            {t('audit.tab.decisions')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="replay" pt="md">
          <ReplayView caseId={caseId} />
        </Tabs.Panel>
        <Tabs.Panel value="decisions" pt="md">
          <CaseDecisions caseId={caseId} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

function ReplayView({ caseId }: { caseId: string }) {
  const api = useApi();
  const t = useT();
  const { language } = useLocale();
  const [asOfInput, setAsOfInput] = useState('');
  const [purposeInput, setPurposeInput] = useState('');
  // What was asked for last: the replay is read (and logged) once per request, not per keystroke.
  const [asked, setAsked] = useState<{ asOf?: string; purpose?: string }>({});
  const replay = useQuery({
    queryKey: ['audit', 'replay', caseId, asked],
    queryFn: () => unwrap(api.intake.GET('/audit/cases/{caseId}', { params: { path: { caseId }, query: asked } })),
    retry: false,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const purpose = purposeInput.trim();
    setAsked({ asOf: instantOf(asOfInput), purpose: purpose === '' ? undefined : purpose });
  };
  const asOfError = fieldReasons(replay.error, 'asOf', language);
  const purposeError = fieldReasons(replay.error, 'purpose', language);
  return (
    <Stack gap="md">
      <Paper withBorder p="md">
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            <Group align="start" wrap="wrap">
              <TextInput
                type="datetime-local"
                step={1}
                label={t('audit.asOf.label')}
                description={t('audit.asOf.description')}
                value={asOfInput}
                onChange={(e) => setAsOfInput(e.currentTarget.value)}
                error={asOfError}
                data-testid="as-of"
                style={{ flex: '1 1 18rem' }}
              />
              <TextInput
                label={t('audit.purpose.label')}
                description={t('audit.purpose.description')}
                value={purposeInput}
                onChange={(e) => setPurposeInput(e.currentTarget.value)}
                error={purposeError}
                data-testid="purpose"
                maxLength={300}
                style={{ flex: '2 1 18rem' }}
              />
            </Group>
            <Button type="submit" w="fit-content" loading={replay.isFetching}>
              {t('audit.replay.submit')}
            </Button>
          </Stack>
        </form>
      </Paper>
      {replay.isPending ? <Loading /> : null}
      {replay.isError && !asOfError && !purposeError ? <ErrorNotice error={replay.error} onRetry={() => void replay.refetch()} /> : null}
      {replay.data ? <ReplayResult replay={replay.data} personal={asked.purpose !== undefined} /> : null}
    </Stack>
  );
}

function ReplayResult({ replay, personal }: { replay: Replay; personal: boolean }) {
  const t = useT();
  const positions = new Map(replay.events.map((e, index) => [e.eventId, index + 1]));
  const erasedAt = (replay.state.intake as { erasedAt?: string | null }).erasedAt ?? null;
  return (
    <Stack gap="md" data-testid="replay" data-as-of={replay.asOf}>
      <Alert color="blue" data-testid="replay-basis">
        <Text fw={600}>
          {t('audit.replay.asOf')} <DualDate value={replay.asOf} />
        </Text>
        <Text size="sm">{t('audit.replay.basis')}</Text>
        <Text size="sm" mt="xs" data-testid="replay-personal">
          {t(personal ? 'audit.replay.opened' : 'audit.replay.redacted')}
        </Text>
        {erasedAt ? (
          <Text size="sm" mt="xs" data-testid="replay-erased">
            {t('audit.replay.erased')} <DualDate value={erasedAt} />
          </Text>
        ) : null}
      </Alert>
      <Stack gap="xs" component="section" aria-labelledby="audit-timeline">
        <Title order={3} id="audit-timeline">
          {t('audit.timeline.title')}
        </Title>
        <Text data-testid="timeline-count">{t('audit.timeline.count', { count: replay.events.length })}</Text>
        {replay.events.length > 0 ? (
          <TableScroll label={t('audit.timeline.title')} minWidth={980}>
            <Table striped data-testid="timeline" verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('audit.col.position')}</Table.Th>
                  <Table.Th>{t('audit.col.recordedAt')}</Table.Th>
                  <Table.Th>{t('audit.col.service')}</Table.Th>
                  <Table.Th>{t('audit.col.event')}</Table.Th>
                  <Table.Th>{t('audit.col.actor')}</Table.Th>
                  <Table.Th>{t('audit.col.cause')}</Table.Th>
                  <Table.Th>{t('audit.col.correlation')}</Table.Th>
                  <Table.Th>{t('audit.col.data')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {replay.events.map((event, index) => (
                  <TimelineRow
                    key={event.eventId}
                    event={event}
                    position={index + 1}
                    cause={event.causationId ? positions.get(event.causationId) : undefined}
                  />
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        ) : null}
      </Stack>
      <Stack gap="xs" component="section" aria-labelledby="audit-state">
        <Title order={3} id="audit-state">
          {t('audit.state.title')}
        </Title>
        {Object.entries(replay.state).map(([service, state]) => (
          <ServiceState key={service} service={service} state={state} />
        ))}
      </Stack>
    </Stack>
  );
}

function TimelineRow({ event, position, cause }: { event: ReplayedEvent; position: number; cause: number | undefined }) {
  const t = useT();
  const fields = flatten(event.data);
  return (
    <Table.Tr data-type={event.type} data-event={event.eventId} data-service={event.service}>
      <Table.Td>{t('common.number', { value: position })}</Table.Td>
      <Table.Td>
        <DualDate value={event.recordedAt} />
      </Table.Td>
      <Table.Td>{t(`audit.service.${event.service}` as MessageId)}</Table.Td>
      <Table.Td dir="ltr">{event.type}</Table.Td>
      <Table.Td dir="ltr">
        {event.actor.role} · {event.actor.id}
      </Table.Td>
      <Table.Td>
        {event.causationId ? (
          <Text span dir="ltr" title={event.causationId}>
            {cause ? `#${cause}` : event.causationId.slice(0, 8)}
          </Text>
        ) : (
          t('audit.cause.none')
        )}
      </Table.Td>
      <Table.Td dir="ltr" title={event.correlationId}>
        {event.correlationId.slice(0, 8)}
      </Table.Td>
      <Table.Td>
        {fields.length > 0 ? (
          <details>
            <summary>{t('audit.data.show')}</summary>
            <FieldList fields={fields} />
          </details>
        ) : (
          '—'
        )}
      </Table.Td>
    </Table.Tr>
  );
}

function FieldList({ fields }: { fields: Array<[string, string]> }) {
  return (
    <dl style={{ margin: 0 }} dir="ltr">
      {fields.map(([path, value]) => (
        <div key={path} data-field={path} style={{ display: 'flex', gap: '0.5rem', flexWrap: 'wrap' }}>
          <dt style={{ fontWeight: 600 }}>{path}</dt>
          <dd style={{ margin: 0, overflowWrap: 'anywhere' }}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function ServiceState({ service, state }: { service: string; state: unknown }) {
  const t = useT();
  const fields = flatten(state);
  return (
    <Paper withBorder p="sm" data-testid={`state-${service}`}>
      <Group gap="xs" mb="xs">
        <Title order={4}>{t(`audit.service.${service}` as MessageId)}</Title>
        <Badge variant="filled" color="gray.8">
          {t('common.number', { value: fields.length })}
        </Badge>
      </Group>
      {fields.length > 0 ? <FieldList fields={fields} /> : <Text c="gray.8">{t('audit.state.empty')}</Text>}
    </Paper>
  );
}

function CaseDecisions({ caseId }: { caseId: string }) {
  const api = useApi();
  const decisions = useQuery({
    queryKey: ['audit', 'decisions', caseId],
    queryFn: () => unwrap(api.intake.GET('/audit/cases/{caseId}/decisions', { params: { path: { caseId } } })),
  });
  if (decisions.isPending) return <Loading />;
  if (decisions.isError) return <ErrorNotice error={decisions.error} onRetry={() => void decisions.refetch()} />;
  return <DecisionsTable report={decisions.data} />;
}
