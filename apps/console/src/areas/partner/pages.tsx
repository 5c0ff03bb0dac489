import { Alert, Anchor, Button, Group, NumberInput, Paper, SegmentedControl, Select, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { unwrap } from '../../api/client';
import { useApi } from '../../api/context';
import { latinDigits } from '../../i18n/dates';
import { useLocale, useT } from '../../i18n/locale';
import { DualDate } from '../../kit/dates';
import { PagedList } from '../../kit/paged';
import { usePublicTerms } from '../../kit/services';
import { ErrorNotice, fieldReasons, Loading } from '../../kit/states';
import { AgreementBody, AgreementCard, SignForm } from '../empowerment/agreements-page';
import { OwedReports } from '../empowerment/impact-reports';
import {
  AGREEMENT_STATES,
  ALLOCATING_ASSOCIATIONS,
  allInFields,
  AreaLinks,
  REGIONS,
  reasonsUnder,
  RoundBadge,
  StageBadge,
  useUnits,
  type AgreementState,
  type Schemas,
} from '../empowerment/common';

// A partner association's own side (Tuwaiq, partner allocation 1-4; docs/adr/0038): its requests to an
// allocating association, its share in a round and why, its agreements and its signature. It never sees
// another partner's request or scores.

export function PartnerNav() {
  return (
    <AreaLinks
      label="area.partner"
      links={[
        { to: '/partner', label: 'partner.nav.requests', exact: true },
        { to: '/partner/new', label: 'partner.nav.new' },
        { to: '/partner/allocation', label: 'partner.nav.allocation' },
        { to: '/partner/agreements', label: 'partner.nav.agreements' },
      ]}
    />
  );
}

/** An allocating association's name from its public terms (its id while they load). */
function AssociationName({ tenantId }: { tenantId: string }) {
  const { language } = useLocale();
  const terms = usePublicTerms(tenantId);
  return <>{terms.data?.association[language] ?? tenantId}</>;
}

function ServiceName({ tenantId, serviceId }: { tenantId: string; serviceId: string }) {
  const { language } = useLocale();
  const terms = usePublicTerms(tenantId);
  return <>{terms.data?.services.find((s) => s.id === serviceId)?.name[language] ?? serviceId}</>;
}

/** The partner's requests with where each stands (partner allocation 1-2). */
export function MyRequestsPage() {
  const api = useApi();
  const t = useT();
  const { language } = useLocale();
  return (
    <Stack gap="md">
      <PartnerNav />
      <Group justify="space-between" wrap="wrap">
        <Title order={2}>{t('partner.requests.title')}</Title>
        <Button component={Link} to="/partner/new">
          {t('partner.nav.new')}
        </Button>
      </Group>
      <PagedList<Schemas['MyPartnerRequestDto']>
        queryKey={['my-partner-requests']}
        fetchPage={(cursor) => unwrap(api.partner.GET('/partner-requests/mine', { params: { query: { limit: 20, ...(cursor ? { cursor } : {}) } } }))}
        empty={
          <Text c="gray.8" role="status">
            {t('partner.requests.empty')}
          </Text>
        }
        render={(items) => (
          <Stack gap="sm" component="ul" p={0} style={{ listStyle: 'none' }} aria-label={t('partner.requests.title')}>
            {items.map((r) => (
              <Paper key={r.partnerRequestId} component="li" withBorder p="sm" data-testid="my-request" data-id={r.partnerRequestId}>
                <Group justify="space-between" align="flex-start" wrap="wrap">
                  <Stack gap={4}>
                    <Text fw={700}>
                      <AssociationName tenantId={r.allocatingTenantId} /> · <ServiceName tenantId={r.allocatingTenantId} serviceId={r.serviceId} />
                    </Text>
                    <Text size="sm">{t('pa.beneficiaries', { count: r.expectedBeneficiaries })}</Text>
                    <Text size="sm" data-testid="status">
                      {r.status[language]}
                    </Text>
                    <Text size="sm">
                      {t('pa.submitted')}: <DualDate value={r.submittedAt} />
                    </Text>
                    <Text size="sm">
                      {r.studyCompletedAt ? t('partner.studyDone') : t('pa.studyDeadline')}: <DualDate value={r.studyCompletedAt ?? r.studyDeadline} />
                    </Text>
                  </Stack>
                  <StageBadge stage={r.stage} />
                </Group>
              </Paper>
            ))}
          </Stack>
        )}
      />
    </Stack>
  );
}

/** The formal request to an allocating association (partner allocation 1); the API's reasons in each field. */
export function NewRequestPage() {
  const api = useApi();
  const t = useT();
  const { language } = useLocale();
  const queryClient = useQueryClient();
  const form = useForm({
    mode: 'controlled',
    initialValues: {
      allocatingTenantId: ALLOCATING_ASSOCIATIONS[0] as string,
      serviceId: '',
      expectedBeneficiaries: '' as number | string,
      objectives: '',
      regionId: '',
      governorateId: '',
      licenceNumber: '',
      scopeOfWork: '',
      contactName: '',
      contactMobile: '',
      contactEmail: '',
    },
  });
  const v = form.getValues();
  const terms = usePublicTerms(v.allocatingTenantId);
  const region = REGIONS.find((r) => r.id === v.regionId);
  const submit = useMutation({
    mutationFn: () => {
      const values = form.getValues();
      return unwrap(
        api.partner.POST('/partner-requests', {
          body: {
            allocatingTenantId: values.allocatingTenantId,
            serviceId: values.serviceId,
            expectedBeneficiaries: typeof values.expectedBeneficiaries === 'number' ? values.expectedBeneficiaries : Number.NaN,
            objectives: values.objectives
              .split('\n')
              .map((o) => o.trim())
              .filter(Boolean),
            region: { regionId: values.regionId, governorateId: values.governorateId },
            licenceNumber: latinDigits(values.licenceNumber.trim()),
            scopeOfWork: values.scopeOfWork.trim(),
            contact: {
              name: values.contactName.trim(),
              mobile: latinDigits(values.contactMobile.trim()),
              ...(values.contactEmail.trim() ? { email: values.contactEmail.trim() } : {}),
            },
          },
        }),
      );
    },
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['my-partner-requests'] }),
  });
  const reason = (field: string) => reasonsUnder(submit.error, field, language);
  const FIELDS = ['allocatingTenantId', 'serviceId', 'expectedBeneficiaries', 'objectives', 'region', 'licenceNumber', 'scopeOfWork', 'contact'];
  if (submit.isSuccess)
    return (
      <Stack gap="md" maw={720}>
        <PartnerNav />
        <Alert color="athar" role="status" title={t('partner.submitted.title')} data-testid="receipt">
          <Stack gap={4}>
            <Text>{t('partner.submitted.body')}</Text>
            <Text size="sm">
              {t('pa.studyDeadline')}: <DualDate value={submit.data.studyDeadline} />
            </Text>
            <Anchor component={Link} to="/partner">
              {t('partner.nav.requests')}
            </Anchor>
          </Stack>
        </Alert>
      </Stack>
    );
  return (
    <Stack gap="md" maw={720}>
      <PartnerNav />
      <Title order={2}>{t('partner.new.title')}</Title>
      <Paper withBorder p="md" component="form" aria-label={t('partner.new.title')} onSubmit={(e) => (e.preventDefault(), submit.mutate())} noValidate>
        <Stack gap="sm">
          <Select
            label={t('partner.new.association')}
            data={ALLOCATING_ASSOCIATIONS.map((id) => ({ value: id, label: id === v.allocatingTenantId ? (terms.data?.association[language] ?? id) : id }))}
            allowDeselect={false}
            {...form.getInputProps('allocatingTenantId')}
            error={reason('allocatingTenantId')}
          />
          <Select
            label={t('pa.service')}
            description={t('partner.new.service.help')}
            data={(terms.data?.services ?? []).map((s) => ({ value: s.id, label: s.name[language] }))}
            {...form.getInputProps('serviceId')}
            error={reason('serviceId')}
            data-testid="service"
          />
          <NumberInput
            label={t('partner.new.beneficiaries')}
            min={1}
            allowDecimal={false}
            {...form.getInputProps('expectedBeneficiaries')}
            error={reason('expectedBeneficiaries')}
          />
          <Textarea
            label={t('pa.objectives')}
            description={t('partner.new.objectives.help')}
            autosize
            minRows={3}
            {...form.getInputProps('objectives')}
            error={reason('objectives')}
          />
          <Group grow wrap="wrap" align="flex-start">
            <Select
              label={t('pa.region')}
              searchable
              data={REGIONS.map((r) => ({ value: r.id, label: r.name[language] }))}
              value={v.regionId || null}
              onChange={(value) => {
                form.setFieldValue('regionId', value ?? '');
                form.setFieldValue('governorateId', '');
              }}
              error={reason('region.regionId')}
              data-testid="region"
            />
            <Select
              label={t('partner.new.governorate')}
              searchable
              disabled={!region}
              data={(region?.governorates ?? []).map((g) => ({ value: g.id, label: g.name[language] }))}
              value={v.governorateId || null}
              onChange={(value) => form.setFieldValue('governorateId', value ?? '')}
              error={reason('region.governorateId')}
              data-testid="governorate"
            />
          </Group>
          <TextInput
            label={t('pa.licence')}
            description={t('partner.new.licence.help')}
            inputMode="numeric"
            {...form.getInputProps('licenceNumber')}
            error={reason('licenceNumber')}
          />
          <Textarea label={t('pa.scope')} autosize minRows={2} {...form.getInputProps('scopeOfWork')} error={reason('scopeOfWork')} />
          <Title order={3} size="h5">
            {t('pa.contact')}
          </Title>
          <TextInput label={t('partner.new.contactName')} {...form.getInputProps('contactName')} error={fieldReasons(submit.error, 'contact.name', language)} />
          <Group grow wrap="wrap" align="flex-start">
            <TextInput
              label={t('partner.new.mobile')}
              type="tel"
              dir="ltr"
              {...form.getInputProps('contactMobile')}
              error={fieldReasons(submit.error, 'contact.mobile', language)}
            />
            <TextInput
              label={t('partner.new.email')}
              type="email"
              dir="ltr"
              {...form.getInputProps('contactEmail')}
              error={fieldReasons(submit.error, 'contact.email', language)}
            />
          </Group>
          {submit.isError && !allInFields(submit.error, FIELDS) ? <ErrorNotice error={submit.error} /> : null}
          <Group justify="flex-end">
            <Button type="submit" loading={submit.isPending} data-testid="submit-request">
              {t('partner.new.send')}
            </Button>
          </Group>
        </Stack>
      </Paper>
    </Stack>
  );
}

/**
 * The partner's share in a round and why (partner allocation 3). The service lists no rounds to a partner:
 * the round is reached from an agreement or by the reference the association gave.
 */
export function FindAllocationPage() {
  const t = useT();
  const navigate = useNavigate();
  const form = useForm({ mode: 'controlled', initialValues: { allocatingTenantId: ALLOCATING_ASSOCIATIONS[0] as string, roundId: '' } });
  return (
    <Stack gap="md" maw={720}>
      <PartnerNav />
      <Title order={2}>{t('partner.allocation.title')}</Title>
      <Paper
        withBorder
        p="md"
        component="form"
        aria-label={t('partner.allocation.find')}
        onSubmit={(e) => {
          e.preventDefault();
          const v = form.getValues();
          void navigate(`/partner/allocation/${v.allocatingTenantId}/${v.roundId.trim()}`);
        }}
      >
        <Stack gap="sm">
          <Text size="sm">{t('partner.allocation.help')}</Text>
          <Select
            label={t('partner.new.association')}
            data={ALLOCATING_ASSOCIATIONS.map((id) => ({ value: id, label: id }))}
            allowDeselect={false}
            {...form.getInputProps('allocatingTenantId')}
          />
          <TextInput label={t('partner.allocation.round')} dir="ltr" {...form.getInputProps('roundId')} />
          <Group justify="flex-end">
            <Button type="submit">{t('partner.allocation.show')}</Button>
          </Group>
        </Stack>
      </Paper>
    </Stack>
  );
}

export function MyAllocationPage() {
  const { allocatingTenantId = '', roundId = '' } = useParams();
  const api = useApi();
  const t = useT();
  const { language } = useLocale();
  const units = useUnits();
  const view = useQuery({
    queryKey: ['my-allocation', allocatingTenantId, roundId],
    queryFn: () => unwrap(api.partner.GET('/allocation-rounds/{roundId}/my-allocation', { params: { path: { roundId }, query: { allocatingTenantId } } })),
  });
  return (
    <Stack gap="md" maw={720}>
      <PartnerNav />
      <Title order={2}>{t('partner.allocation.title')}</Title>
      {view.isPending ? <Loading /> : null}
      {view.isError ? <ErrorNotice error={view.error} onRetry={() => void view.refetch()} /> : null}
      {view.data ? (
        <Paper withBorder p="md" data-testid="my-allocation">
          <Stack gap="sm">
            <Group justify="space-between" wrap="wrap">
              <Text fw={700}>
                <AssociationName tenantId={view.data.allocatingTenantId} /> ·{' '}
                <ServiceName tenantId={view.data.allocatingTenantId} serviceId={view.data.serviceId} />
              </Text>
              <RoundBadge status={view.data.status} />
            </Group>
            <Text size="sm">
              {t('pa.closes')}: <DualDate value={view.data.closesAt} />
            </Text>
            {view.data.share !== null && view.data.asked !== null ? (
              <>
                <Text fw={700} size="lg" data-testid="share">
                  {t('pa.shareOfAsked', { share: units(view.data.share, view.data.unit), asked: units(view.data.asked, view.data.unit) })}
                </Text>
                <Title order={3} size="h5">
                  {t('pa.why')}
                </Title>
                <Stack gap={2} component="ul" data-testid="reasons">
                  {view.data.reasons.map((r) => (
                    <Text key={r.code} component="li" size="sm">
                      {r.text[language]}
                    </Text>
                  ))}
                </Stack>
              </>
            ) : (
              <Text role="status">{t('partner.allocation.notYet')}</Text>
            )}
          </Stack>
        </Paper>
      ) : null}
    </Stack>
  );
}

/** The partner's agreements: read them, sign (who signs, in what capacity), see the round's share. */
export function MyAgreementsPage() {
  const api = useApi();
  const t = useT();
  const queryClient = useQueryClient();
  const [state, setState] = useState<AgreementState | 'all'>('all');
  const [open, setOpen] = useState<string | null>(null);
  // The signature's answer is the agreement as it now stands; the list's read model catches up a moment later.
  const [signed, setSigned] = useState<Record<string, Schemas['PartnerAgreementDto']>>({});
  return (
    <Stack gap="md" maw={960}>
      <PartnerNav />
      <Title order={2}>{t('partner.agreements.title')}</Title>
      <SegmentedControl
        aria-label={t('pa.agreements.state')}
        value={state}
        onChange={(value) => setState(value as AgreementState | 'all')}
        data={[{ value: 'all', label: t('empower.filter.all') }, ...AGREEMENT_STATES.map((s) => ({ value: s, label: t(`pa.agreement.${s}`) }))]}
        style={{ overflowX: 'auto', maxWidth: '100%' }}
      />
      <PagedList<Schemas['PartnerAgreementDto']>
        queryKey={['my-agreements', state]}
        fetchPage={(cursor) =>
          unwrap(
            api.partner.GET('/partner-agreements/mine', {
              params: { query: { limit: 20, ...(state === 'all' ? {} : { state }), ...(cursor ? { cursor } : {}) } },
            }),
          )
        }
        render={(items) => (
          <Stack gap="sm" component="ul" p={0} style={{ listStyle: 'none' }} aria-label={t('partner.agreements.title')}>
            {items
              .map((item) => signed[item.agreementId] ?? item)
              .map((a) => (
                <Stack key={a.agreementId} gap="xs" component="li">
                  <AgreementCard agreement={a} partnerSide inList={false}>
                    <Button
                      variant="default"
                      size="xs"
                      onClick={() => setOpen(open === a.agreementId ? null : a.agreementId)}
                      aria-expanded={open === a.agreementId}
                    >
                      {t('pa.open.agreement')}
                    </Button>
                    <Anchor component={Link} to={`/partner/allocation/${a.allocatingTenantId}/${a.roundId}`} size="sm">
                      {t('partner.agreements.round')}
                    </Anchor>
                  </AgreementCard>
                  {open === a.agreementId ? (
                    <Paper withBorder p="md" data-testid="my-agreement">
                      <AgreementBody agreement={a} />
                      {(a.state === 'sent' || a.state === 'signed-by-one') && a.signatures.partner === null ? (
                        <SignForm
                          agreementId={a.agreementId}
                          side="partner"
                          allocatingTenantId={a.allocatingTenantId}
                          onSigned={(agreement) => {
                            setSigned((current) => ({ ...current, [agreement.agreementId]: agreement }));
                            void queryClient.invalidateQueries({ queryKey: ['my-agreements'] });
                          }}
                        />
                      ) : null}
                      {a.state === 'in-force' || a.state === 'ended' || a.state === 'terminated' ? <OwedReports agreement={a} /> : null}
                    </Paper>
                  ) : null}
                </Stack>
              ))}
          </Stack>
        )}
      />
    </Stack>
  );
}
