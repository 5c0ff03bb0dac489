import { Alert, Anchor, Button, Group, List, Paper, SegmentedControl, Select, Stack, Tabs, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { unwrap } from '../../api/client';
import { useApi } from '../../api/context';
import { useSession } from '../../auth/auth';
import { useLocale, useT } from '../../i18n/locale';
import { DualDate } from '../../kit/dates';
import { PagedList } from '../../kit/paged';
import { usePublicTerms } from '../../kit/services';
import { ErrorNotice, fieldReasons, Loading } from '../../kit/states';
import { mayCall } from '../permissions';
import {
  AgreementBadge,
  AGREEMENT_STATES,
  allInFields,
  allocationUnit,
  reasonsUnder,
  useUnits,
  type AgreementState,
  type RoundUnit,
  type Schemas,
} from './common';
import { AgreementReports } from './impact-reports';

type Agreement = Schemas['PartnerAgreementDto'];

/** The association's partner agreements by state (partner allocation 4; docs/adr/0038). */
export function AgreementsList({ base, nav }: { base: string; nav: ReactNode }) {
  const api = useApi();
  const t = useT();
  const [state, setState] = useState<AgreementState | 'all'>('all');
  return (
    <Stack gap="md">
      {nav}
      <Title order={2}>{t('pa.agreements.title')}</Title>
      <SegmentedControl
        aria-label={t('pa.agreements.state')}
        value={state}
        onChange={(value) => setState(value as AgreementState | 'all')}
        data={[{ value: 'all', label: t('empower.filter.all') }, ...AGREEMENT_STATES.map((s) => ({ value: s, label: t(`pa.agreement.${s}`) }))]}
        style={{ overflowX: 'auto', maxWidth: '100%' }}
      />
      <PagedList<Agreement>
        queryKey={['partner-agreements', state]}
        fetchPage={(cursor) =>
          unwrap(
            api.partner.GET('/partner-agreements', { params: { query: { limit: 20, ...(state === 'all' ? {} : { state }), ...(cursor ? { cursor } : {}) } } }),
          )
        }
        render={(items) => (
          <Stack gap="sm" component="ul" p={0} style={{ listStyle: 'none' }} aria-label={t('pa.agreements.title')}>
            {items.map((a) => (
              <AgreementCard key={a.agreementId} agreement={a}>
                <Anchor component={Link} to={`${base}/agreements/${a.agreementId}`}>
                  {t('pa.open.agreement')}
                </Anchor>
              </AgreementCard>
            ))}
          </Stack>
        )}
      />
    </Stack>
  );
}

/** An agreement's summary as a list row: partner, share, term, state. */
export function AgreementCard({
  agreement: a,
  children,
  partnerSide,
  inList = true,
}: {
  agreement: Agreement;
  children?: ReactNode;
  partnerSide?: boolean;
  inList?: boolean;
}) {
  const t = useT();
  const { language } = useLocale();
  const units = useUnits();
  // the partner reads the allocating association's name (its public terms), not its tenant id
  const allocator = usePublicTerms(partnerSide ? a.allocatingTenantId : '');
  return (
    <Paper component={inList ? 'li' : 'div'} withBorder p="sm" data-testid="agreement" data-id={a.agreementId}>
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <Stack gap={4}>
          <Text fw={700}>
            {partnerSide ? t('pa.agreement.with', { association: allocator.data?.association[language] ?? a.allocatingTenantId }) : a.partner.name[language]}
          </Text>
          <Text size="sm">{units(a.allocation.units, a.allocation.unit)}</Text>
          <Text size="sm">
            {t('pa.term')}: <DualDate value={`${a.term.startsOn}T12:00:00+03:00`} /> — <DualDate value={`${a.term.endsOn}T12:00:00+03:00`} />
          </Text>
          {a.signBy && (a.state === 'sent' || a.state === 'signed-by-one') ? (
            <Text size="sm">
              {t('pa.signBy')}: <DualDate value={a.signBy} />
            </Text>
          ) : null}
        </Stack>
        <Stack gap={6} align="flex-end">
          <AgreementBadge state={a.state} />
          {children}
        </Stack>
      </Group>
    </Paper>
  );
}

/** The agreement's text as both sides read it: allocation, term, responsibilities, reporting, signatures, termination. */
export function AgreementBody({ agreement: a }: { agreement: Agreement }) {
  const t = useT();
  const { language } = useLocale();
  const units = useUnits();
  // the service is of the allocating association's catalogue, whichever side reads it
  const allocator = usePublicTerms(a.allocatingTenantId);
  const service = allocator.data?.services.find((s) => s.id === a.allocation.serviceId)?.name[language] ?? a.allocation.serviceId;
  return (
    <Stack gap="sm" data-testid="agreement-body">
      <Text>{t('pa.agreement.allocation', { units: units(a.allocation.units, a.allocation.unit), service })}</Text>
      <Text size="sm">
        {t('pa.term')}: <DualDate value={`${a.term.startsOn}T12:00:00+03:00`} /> — <DualDate value={`${a.term.endsOn}T12:00:00+03:00`} />
      </Text>
      <Text size="sm">{t('pa.reporting', { every: t(`pa.every.${a.reporting.every}`), days: a.reporting.dueDaysAfterPeriod })}</Text>
      <Text fw={700}>{t('pa.responsibilities.allocator')}</Text>
      <List size="sm">
        {a.responsibilities.allocator.map((r, i) => (
          <List.Item key={i}>{r[language]}</List.Item>
        ))}
      </List>
      <Text fw={700}>{t('pa.responsibilities.partner')}</Text>
      <List size="sm">
        {a.responsibilities.partner.map((r, i) => (
          <List.Item key={i}>{r[language]}</List.Item>
        ))}
      </List>
      {a.signBy && (a.state === 'sent' || a.state === 'signed-by-one') ? (
        <Text size="sm">
          {t('pa.signBy')}: <DualDate value={a.signBy} />
        </Text>
      ) : null}
      <Stack gap={4} data-testid="signatures">
        {(['allocator', 'partner'] as const).map((side) => {
          const s = a.signatures[side];
          return (
            <Text key={side} size="sm" data-testid={`signature-${side}`}>
              {t(`pa.signature.${side}`)}:{' '}
              {s ? (
                <>
                  {t('pa.signature.by', { name: s.name, capacity: s.capacity })} · <DualDate value={s.signedAt} />
                </>
              ) : (
                t('pa.signature.none')
              )}
            </Text>
          );
        })}
      </Stack>
      {a.inForceFrom ? (
        <Text size="sm">
          {t('pa.inForceFrom')}: <DualDate value={a.inForceFrom} />
        </Text>
      ) : null}
      {a.reportsDue.length > 0 ? (
        <Text size="sm">
          {t('pa.reportsDue')}:{' '}
          {a.reportsDue.map((d, i) => (
            <span key={d}>
              {i > 0 ? (language === 'ar' ? '، ' : ', ') : ''}
              <DualDate value={`${d}T12:00:00+03:00`} />
            </span>
          ))}
        </Text>
      ) : null}
      {a.termination ? (
        <Alert color="red" title={t('pa.terminated.title')} data-testid="termination">
          {t(`pa.termination.${a.termination.code}`)}: {a.termination.reason[language]} · <DualDate value={a.termination.terminatedAt} />
        </Alert>
      ) : null}
    </Stack>
  );
}

/** One agreement for the allocating association's staff: send (the team), sign (director, board; the team for an outside body), terminate (director, board). */
export function AgreementPage({ nav }: { nav: ReactNode }) {
  const { agreementId = '' } = useParams();
  const api = useApi();
  const t = useT();
  const { language } = useLocale();
  const { roles } = useSession();
  const queryClient = useQueryClient();
  const view = useQuery({
    queryKey: ['partner-agreement', agreementId],
    queryFn: () => unwrap(api.partner.GET('/partner-agreements/{agreementId}', { params: { path: { agreementId } } })),
  });
  const done = (a: Agreement) => {
    queryClient.setQueryData(['partner-agreement', agreementId], a);
    void queryClient.invalidateQueries({ queryKey: ['partner-agreements'] });
  };
  const send = useMutation({
    mutationFn: () => unwrap(api.partner.POST('/partner-agreements/{agreementId}/sending', { params: { path: { agreementId } }, body: {} })),
    onSuccess: done,
  });
  if (view.isPending) return <Loading />;
  if (view.isError) return <ErrorNotice error={view.error} onRetry={() => void view.refetch()} />;
  const a = view.data;
  const signing = a.state === 'sent' || a.state === 'signed-by-one';
  const director = roles.includes('executive-director') || roles.includes('board-member');
  const side: 'allocator' | 'partner' | null = director ? 'allocator' : a.partner.kind === 'outside' ? 'partner' : null;
  const maySign =
    signing && side !== null && a.signatures[side] === null && mayCall('partner-allocation POST /partner-agreements/{agreementId}/signatures', roles);
  const mayTerminate =
    a.state !== 'terminated' && a.state !== 'ended' && mayCall('partner-allocation POST /partner-agreements/{agreementId}/termination', roles);
  return (
    <Stack gap="md" maw={960}>
      {nav}
      <Group justify="space-between" wrap="wrap">
        <Title order={2}>{t('pa.agreement.title', { partner: a.partner.name[language] })}</Title>
        <AgreementBadge state={a.state} />
      </Group>
      <Tabs defaultValue="agreement" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="agreement">{t('pa.tab.agreement')}</Tabs.Tab>
          {/* Impact reports and the evaluation (partner allocation 5; docs/adr/0040). */}
          <Tabs.Tab value="impact" data-testid="impact-tab">
            {t('pa.tab.impact')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="agreement" pt="md">
          <Stack gap="md">
            <Paper withBorder p="md">
              <AgreementBody agreement={a} />
            </Paper>
            {a.state === 'draft' && mayCall('partner-allocation POST /partner-agreements/{agreementId}/sending', roles) ? (
              <Paper withBorder p="md">
                <Group justify="space-between" wrap="wrap">
                  <Text size="sm">{t('empower.send.help')}</Text>
                  <Button loading={send.isPending} onClick={() => send.mutate()} data-testid="send">
                    {t('empower.send')}
                  </Button>
                </Group>
                {send.isError ? <ErrorNotice error={send.error} /> : null}
              </Paper>
            ) : null}
            {maySign && side ? <SignForm agreementId={agreementId} side={side} onSigned={done} /> : null}
            {mayTerminate ? <TerminateForm agreementId={agreementId} onDone={done} /> : null}
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="impact" pt="md">
          <AgreementReports agreement={a} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

/** A signature: who signs and in what capacity (for the partner's side, the association it signs with). */
export function SignForm({
  agreementId,
  side,
  allocatingTenantId,
  onSigned,
}: {
  agreementId: string;
  side: 'allocator' | 'partner';
  allocatingTenantId?: string;
  onSigned: (a: Agreement) => void;
}) {
  const api = useApi();
  const t = useT();
  const { language } = useLocale();
  const form = useForm({ mode: 'controlled', initialValues: { name: '', capacity: '' } });
  const sign = useMutation({
    mutationFn: () =>
      unwrap(
        api.partner.POST('/partner-agreements/{agreementId}/signatures', {
          params: { path: { agreementId } },
          body: { name: form.getValues().name.trim(), capacity: form.getValues().capacity.trim(), ...(allocatingTenantId ? { allocatingTenantId } : {}) },
        }),
      ),
    onSuccess: onSigned,
  });
  return (
    <Paper withBorder p="md" component="form" aria-label={t(`pa.sign.${side}`)} onSubmit={(e) => (e.preventDefault(), sign.mutate())}>
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t(`pa.sign.${side}`)}
        </Title>
        <Group grow wrap="wrap" align="flex-start">
          <TextInput label={t('pa.sign.name')} {...form.getInputProps('name')} error={fieldReasons(sign.error, 'name', language)} />
          <TextInput label={t('pa.sign.capacity')} {...form.getInputProps('capacity')} error={fieldReasons(sign.error, 'capacity', language)} />
        </Group>
        {sign.isError && !allInFields(sign.error, ['name', 'capacity']) ? <ErrorNotice error={sign.error} /> : null}
        <Group justify="flex-end">
          <Button type="submit" loading={sign.isPending} data-testid="sign">
            {t('pa.sign.send')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

const TERMINATION_CODES = ['partner-withdrew', 'breach-of-terms', 'mutual-consent'] as const;

function TerminateForm({ agreementId, onDone }: { agreementId: string; onDone: (a: Agreement) => void }) {
  const api = useApi();
  const t = useT();
  const { language } = useLocale();
  const form = useForm({ mode: 'controlled', initialValues: { code: '' as string, ar: '', en: '' } });
  const terminate = useMutation({
    mutationFn: () => {
      const v = form.getValues();
      return unwrap(
        api.partner.POST('/partner-agreements/{agreementId}/termination', {
          params: { path: { agreementId } },
          body: { code: v.code as (typeof TERMINATION_CODES)[number], reason: { ar: v.ar.trim(), en: v.en.trim() } },
        }),
      );
    },
    onSuccess: onDone,
  });
  return (
    <Paper withBorder p="md" component="form" aria-label={t('pa.terminate.title')} onSubmit={(e) => (e.preventDefault(), terminate.mutate())}>
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t('pa.terminate.title')}
        </Title>
        <Select
          label={t('pa.terminate.code')}
          data={TERMINATION_CODES.map((c) => ({ value: c, label: t(`pa.termination.${c}`) }))}
          {...form.getInputProps('code')}
          error={fieldReasons(terminate.error, 'code', language)}
        />
        <Textarea
          label={t('pa.terminate.ar')}
          autosize
          minRows={2}
          {...form.getInputProps('ar')}
          error={reasonsUnder(terminate.error, 'reason.ar', language)}
        />
        <Textarea
          label={t('pa.terminate.en')}
          dir="ltr"
          autosize
          minRows={2}
          {...form.getInputProps('en')}
          error={reasonsUnder(terminate.error, 'reason.en', language)}
        />
        {terminate.isError && !allInFields(terminate.error, ['code', 'reason']) ? <ErrorNotice error={terminate.error} /> : null}
        <Group justify="flex-end">
          <Button type="submit" color="red.9" loading={terminate.isPending} data-testid="terminate">
            {t('pa.terminate.send')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/** A draft from a round's share (the round page links here with the round, the request and the share). */
export function DraftAgreementPage({ nav }: { nav: ReactNode }) {
  const [params] = useSearchParams();
  const api = useApi();
  const t = useT();
  const { language } = useLocale();
  const navigate = useNavigate();
  const units = useUnits();
  const roundId = params.get('roundId') ?? '';
  const partnerRequestId = params.get('partnerRequestId') ?? '';
  const unit = (params.get('unit') ?? 'seat') as RoundUnit;
  const share = Number(params.get('units') ?? '0');
  const form = useForm({ mode: 'controlled', initialValues: { startsOn: '' } });
  const draft = useMutation({
    mutationFn: () =>
      unwrap(
        api.partner.POST('/partner-agreements', {
          body: { roundId, partnerRequestId, allocation: { unit: allocationUnit(unit), units: share }, startsOn: form.getValues().startsOn },
        }),
      ),
    onSuccess: (a) => void navigate(`/empowerment/agreements/${a.agreementId}`),
  });
  return (
    <Stack gap="md" maw={720}>
      {nav}
      <Title order={2}>{t('empower.draft.title')}</Title>
      <Paper withBorder p="md" component="form" aria-label={t('empower.draft.title')} onSubmit={(e) => (e.preventDefault(), draft.mutate())}>
        <Stack gap="sm">
          <Text>{t('empower.draft.share', { units: units(share, unit) })}</Text>
          <TextInput
            type="date"
            label={t('empower.draft.startsOn')}
            {...form.getInputProps('startsOn')}
            error={fieldReasons(draft.error, 'startsOn', language)}
          />
          {draft.isError && !allInFields(draft.error, ['startsOn']) ? <ErrorNotice error={draft.error} /> : null}
          <Group justify="flex-end">
            <Button type="submit" loading={draft.isPending} data-testid="draft">
              {t('empower.draft.send')}
            </Button>
          </Group>
        </Stack>
      </Paper>
    </Stack>
  );
}
