import { Alert, Button, Group, List, Paper, PinInput, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useParams } from 'react-router';
import { ApiError, unwrap, type ApiClients } from '../../api/client';
import type { components } from '../../api/generated/intake';
import { latinDigits } from '../../i18n/dates';
import { useLocale, useT } from '../../i18n/locale';
import { DualDate } from '../../kit/dates';
import { PagedList } from '../../kit/paged';
import { ErrorNotice, fieldReasons } from '../../kit/states';
import { useApplicantSession } from './applicant-session';
import { liveReason, mobileReasons } from './rules';

type Application = components['schemas']['ApplicationSummaryDto'];
type Decision = NonNullable<Application['decision']>;

/** A refusal may be reconsidered while its period runs (Tuwaiq 6-4); an acceptance, or a refusal the tenant offers none for, may not. */
const reconsiderable = (application: Application, now: number): boolean =>
  application.status === 'rejected' && !!application.decision?.reconsiderationUntil && Date.parse(application.decision.reconsiderationUntil) > now;

/**
 * The applicant's own follow-up (docs/adr/0034): sign in with the code texted to the mobile they applied
 * with, see each request's status and the date an answer is due (Tuwaiq 5-7), and ask for reconsideration
 * of a refusal within its period (Tuwaiq 6-4).
 */
export function FollowUpPage() {
  const { tenantId = '' } = useParams();
  const session = useApplicantSession(tenantId);
  const t = useT();
  return (
    <Stack maw={720} gap="md">
      <Group justify="space-between">
        <Title order={2}>{t('follow.title')}</Title>
        {session.signedIn ? (
          <Button variant="default" onClick={session.signOut} data-testid="applicant-sign-out">
            {t('follow.signOut')}
          </Button>
        ) : null}
      </Group>
      {session.signedIn ? (
        <MyRequests api={session.api} token={session.accessToken} />
      ) : (
        <SignIn tenantId={tenantId} api={session.api} onSignedIn={session.keep} />
      )}
    </Stack>
  );
}

function SignIn({ tenantId, api, onSignedIn }: { tenantId: string; api: ApiClients; onSignedIn: (tokens: components['schemas']['SignInTokensDto']) => void }) {
  const t = useT();
  const { language } = useLocale();
  const [code, setCode] = useState('');
  const form = useForm({
    mode: 'controlled',
    validateInputOnChange: true,
    initialValues: { mobile: '' },
    validate: { mobile: (v) => liveReason(mobileReasons(v), language) },
  });
  const ask = useMutation({
    mutationFn: (mobile: string) => unwrap(api.intake.POST('/public/{tenantId}/sign-in', { params: { path: { tenantId } }, body: { mobile } })),
  });
  const verify = useMutation({
    mutationFn: () =>
      unwrap(
        api.intake.POST('/public/{tenantId}/sign-in/verify', {
          params: { path: { tenantId } },
          body: { mobile: latinDigits(form.values.mobile.trim()), code: latinDigits(code) },
        }),
      ),
    onSuccess: onSignedIn,
  });
  const mobileError = form.errors.mobile ?? fieldReasons(ask.error, 'mobile', language);
  const codeError = fieldReasons(verify.error, 'code', language);
  if (!ask.isSuccess)
    return (
      <Paper withBorder p="md" component="form" onSubmit={form.onSubmit((values) => ask.mutate(latinDigits(values.mobile.trim())))}>
        <Stack>
          <Text>{t('follow.signIn.intro')}</Text>
          <TextInput
            label={t('apply.mobile')}
            description={t('apply.mobile.hint')}
            required
            inputMode="tel"
            {...form.getInputProps('mobile')}
            error={mobileError}
          />
          {ask.isError && !mobileError ? <ErrorNotice error={ask.error} /> : null}
          <Group justify="flex-end">
            <Button type="submit" loading={ask.isPending}>
              {t('follow.signIn.send')}
            </Button>
          </Group>
        </Stack>
      </Paper>
    );
  return (
    <Paper withBorder p="md" component="form" onSubmit={(e) => (e.preventDefault(), /^\d{6}$/.test(latinDigits(code)) && verify.mutate())}>
      <Stack>
        <Alert color="athar">{ask.data.message[language]}</Alert>
        <Text id="sign-in-code-label">{t('follow.signIn.code')}</Text>
        <PinInput length={6} type="number" oneTimeCode value={code} onChange={setCode} aria-labelledby="sign-in-code-label" error={codeError !== undefined} />
        {codeError ? (
          <Text c="var(--mantine-color-error)" size="sm" role="alert">
            {codeError}
          </Text>
        ) : verify.isError ? (
          <ErrorNotice error={verify.error} />
        ) : null}
        <Group justify="flex-end">
          <Button type="submit" loading={verify.isPending}>
            {t('follow.signIn.verify')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function MyRequests({ api, token }: { api: ApiClients; token: () => string | undefined }) {
  const t = useT();
  return (
    <PagedList<Application>
      queryKey={['applicant-applications']}
      fetchPage={(cursor) => unwrap(api.intake.GET('/applications', { params: { query: { limit: 10, sort: 'newest', ...(cursor ? { cursor } : {}) } } }))}
      empty={<Text role="status">{t('follow.cases.empty')}</Text>}
      render={(items) => (
        <Stack gap="md">
          {items.map((application) => (
            <MyRequest key={application.caseId} application={application} api={api} token={token} />
          ))}
        </Stack>
      )}
    />
  );
}

function MyRequest({ application, api, token }: { application: Application; api: ApiClients; token: () => string | undefined }) {
  const t = useT();
  const { language } = useLocale();
  const missing = application.checklist.filter((item) => !item.done).map((item) => item.label[language]);
  return (
    <Paper withBorder p="md" component="article" data-testid="my-request" aria-label={t('follow.case.number', { caseNumber: application.caseNumber ?? '—' })}>
      <Stack gap="xs">
        <Title order={3} size="h4">
          {t('follow.case.number', { caseNumber: application.caseNumber ?? '—' })}
        </Title>
        <Text data-testid="my-request-status">{t('follow.case.status', { status: t(`follow.status.${application.status}`) })}</Text>
        {application.submittedAt ? (
          <Text>
            {t('follow.case.submittedAt')}: <DualDate value={application.submittedAt} />
          </Text>
        ) : null}
        {application.expectedResponseBy && application.status === 'submitted' ? (
          <Text data-testid="my-request-due">
            {t('follow.case.dueBy')}: <DualDate value={application.expectedResponseBy} />
          </Text>
        ) : null}
        {missing.length > 0 ? <Text>{t('follow.case.missing', { items: missing.join('، ') })}</Text> : null}
        {application.decision ? <DecisionShown decision={application.decision} /> : null}
        {reconsiderable(application, Date.now()) ? <Reconsideration caseId={application.caseId} api={api} token={token} /> : null}
      </Stack>
    </Paper>
  );
}

/** The committee's decision as the applicant was told it: when, why, and until when a refusal may be reconsidered. */
function DecisionShown({ decision }: { decision: Decision }) {
  const t = useT();
  const { language } = useLocale();
  const until = decision.reconsiderationUntil;
  return (
    <Alert color={decision.outcome === 'accepted' ? 'green' : 'gray'} data-testid="my-request-decision" data-outcome={decision.outcome} role="status">
      <Stack gap={4}>
        <Text>
          {t(`follow.decision.${decision.outcome}`)} <DualDate value={decision.decidedAt} />
        </Text>
        <Text fw={600}>{t('follow.decision.reasons')}</Text>
        <List data-testid="my-request-reasons">
          {decision.reasons.map((reason) => (
            <List.Item key={reason.en}>{reason[language]}</List.Item>
          ))}
        </List>
        {until ? (
          <Text data-testid="my-request-reconsider-until">
            {t(Date.parse(until) > Date.now() ? 'follow.reconsider.until' : 'follow.reconsider.closed')} <DualDate value={until} />
          </Text>
        ) : null}
      </Stack>
    </Alert>
  );
}

function Reconsideration({ caseId, api, token }: { caseId: string; api: ApiClients; token: () => string | undefined }) {
  const t = useT();
  const { language } = useLocale();
  const form = useForm({
    mode: 'controlled',
    initialValues: { grounds: '' },
    validate: { grounds: (v) => (v.trim().length > 0 ? null : t('validation.required')) },
  });
  const ask = useMutation({
    mutationFn: (grounds: string) =>
      unwrap(
        api.committee.POST('/reviews/{caseId}/reconsideration', {
          // the document names the bearer header; the applicant's client sends it anyway
          params: { path: { caseId }, header: { authorization: `Bearer ${token() ?? ''}` } },
          body: { grounds },
        }),
      ),
  });
  const groundsError = form.errors.grounds ?? fieldReasons(ask.error, 'grounds', language);
  if (ask.isSuccess)
    return (
      <Alert color="athar" role="status" data-testid="reconsideration-sent">
        {t('follow.reconsider.sent', { round: ask.data.round })} <DualDate value={ask.data.deadline} />
      </Alert>
    );
  return (
    <form onSubmit={form.onSubmit((values) => ask.mutate(values.grounds.trim()))} aria-label={t('follow.reconsider.title')}>
      <Stack gap="xs">
        <Text fw={600}>{t('follow.reconsider.title')}</Text>
        <Text size="sm" c="gray.8">
          {t('follow.reconsider.explain')}
        </Text>
        <Textarea label={t('follow.reconsider.grounds')} required autosize minRows={2} {...form.getInputProps('grounds')} error={groundsError} />
        {ask.isError && !(ask.error instanceof ApiError && groundsError) ? <ErrorNotice error={ask.error} /> : null}
        <Group justify="flex-end">
          <Button type="submit" variant="default" loading={ask.isPending}>
            {t('follow.reconsider.send')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
