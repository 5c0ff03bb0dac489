import { Alert, Anchor, Button, Group, List, Paper, Radio, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { ApiError, unwrap } from '../../api/client';
import { useApi } from '../../api/context';
import { useSession } from '../../auth/auth';
import { useLocale, useT } from '../../i18n/locale';
import { DualDate } from '../../kit/dates';
import { bilingual, ErrorNotice, fieldReasons, Loading } from '../../kit/states';
import { queueItem, type QueueItem, type Review } from './queue';

/**
 * One request before the committee: eligibility's explanation criterion by criterion and the verified
 * documents (Tuwaiq 6-2, 6-3), the member's vote with one of the tenant's reasons, stepping aside for a
 * conflict of interest, and for the chair the tally of the round (Tuwaiq 6-4).
 */
export function CasePage() {
  const { caseId = '' } = useParams();
  const api = useApi();
  const t = useT();
  const session = useSession();
  const item = useQuery({ queryKey: ['committee-queue', 'item', caseId], queryFn: () => queueItem(api, caseId) });
  const review = useQuery({
    queryKey: ['committee-review', caseId],
    queryFn: () => unwrap(api.committee.GET('/reviews/{caseId}', { params: { path: { caseId } } })),
  });
  if (item.isPending || review.isPending) return <Loading />;
  if (review.isError) return <ErrorNotice error={review.error} onRetry={() => void review.refetch()} />;
  const me = session.user?.profile.sub ?? '';
  const isChair = session.roles.includes('committee-chair');
  const recused = review.data.recused.includes(me);
  const mine = review.data.votes.find((v) => v.memberId === me);
  return (
    <Stack gap="md" maw={960}>
      <Anchor component={Link} to="/committee" size="sm">
        {t('committee.case.back')}
      </Anchor>
      <Title order={2}>
        {t('committee.case.title')} {caseId.slice(0, 8)}
      </Title>
      <Group gap="lg">
        <Text data-testid="review-status" fw={600}>
          {t(`committee.status.${review.data.status}`)}
        </Text>
        <Text>{t('committee.case.round', { round: review.data.round })}</Text>
        {review.data.deadline ? (
          <Text>
            {t('committee.queue.deadline')}: <DualDate value={review.data.deadline} />
          </Text>
        ) : null}
      </Group>
      {item.isError ? <ErrorNotice error={item.error} onRetry={() => void item.refetch()} /> : null}
      {item.data ? (
        <Explanation item={item.data} />
      ) : item.isSuccess && review.data.status === 'open' ? (
        <Text c="gray.8">{t('committee.case.notInQueue')}</Text>
      ) : null}
      <Decision review={review.data} />
      {review.data.status === 'open' ? (
        recused ? (
          <Alert color="orange" role="status" data-testid="recused">
            {t('committee.conflict.recused')}
          </Alert>
        ) : mine ? (
          <Alert color="athar" role="status" data-testid="voted">
            {t('committee.vote.already', { vote: t(`committee.vote.${mine.vote}`) })}
          </Alert>
        ) : (
          <>
            <VoteForm caseId={caseId} review={review.data} />
            <ConflictForm caseId={caseId} />
          </>
        )
      ) : null}
      {isChair ? <Tally review={review.data} /> : null}
    </Stack>
  );
}

function Explanation({ item }: { item: QueueItem }) {
  const t = useT();
  const { language } = useLocale();
  const eligibility = item.eligibility;
  return (
    <>
      <Paper withBorder p="md" component="section" aria-labelledby="eligibility-heading" data-testid="eligibility">
        <Title order={3} id="eligibility-heading" size="h4">
          {t('committee.case.eligibility')}: {t(eligibility?.outcome ? `committee.eligibility.${eligibility.outcome}` : 'committee.eligibility.pending')}
        </Title>
        {eligibility ? (
          <List mt="sm" spacing="xs">
            {eligibility.criteria.map((criterion) => (
              <List.Item key={criterion.criterionId} data-testid="criterion">
                <Text component="span" fw={600}>
                  {t(criterion.met ? 'committee.case.met' : 'committee.case.notMet')}
                </Text>
                {' — '}
                {criterion.reason[language]}
              </List.Item>
            ))}
          </List>
        ) : null}
        {eligibility?.override ? <Text mt="sm">{t('committee.case.override', { reason: eligibility.override.reason })}</Text> : null}
      </Paper>
      <Paper withBorder p="md" component="section" aria-labelledby="documents-heading">
        <Title order={3} id="documents-heading" size="h4">
          {t('committee.case.documents')}
        </Title>
        {item.verifiedDocuments.length === 0 ? (
          <Text c="gray.8">{t('committee.case.documents.none')}</Text>
        ) : (
          <List mt="sm" spacing="xs">
            {item.verifiedDocuments.map((document) => (
              <List.Item key={document.documentId} data-testid="verified-document">
                {document.documentType} — {t(`committee.method.${document.method}`)} — {t('committee.case.documentVerifiedAt')}{' '}
                <DualDate value={document.verifiedAt} />
              </List.Item>
            ))}
          </List>
        )}
      </Paper>
    </>
  );
}

function Decision({ review }: { review: Review }) {
  const t = useT();
  if (review.status !== 'accepted' && review.status !== 'rejected') return null;
  return (
    <Alert color={review.status === 'accepted' ? 'athar' : 'red'} role="status" data-testid="decision" title={t(`committee.decision.${review.status}`)}>
      {review.reconsiderationUntil ? (
        <Text>
          {t('committee.decision.reconsideration')} <DualDate value={review.reconsiderationUntil} />
        </Text>
      ) : null}
    </Alert>
  );
}

function VoteForm({ caseId, review }: { caseId: string; review: Review }) {
  const api = useApi();
  const t = useT();
  const { language } = useLocale();
  const client = useQueryClient();
  const form = useForm({
    mode: 'controlled',
    initialValues: { vote: '' as '' | 'accept' | 'reject', reasonId: '', note: '' },
    validate: {
      vote: (v) => (v ? null : t('validation.required')),
      reasonId: (v) => (v ? null : t('validation.required')),
    },
  });
  const cast = useMutation({
    mutationFn: (values: typeof form.values) =>
      unwrap(
        api.committee.POST('/reviews/{caseId}/votes', {
          params: { path: { caseId }, header: { 'If-Match': `"${review.revision}"` } },
          body: { vote: values.vote as 'accept' | 'reject', reasonId: values.reasonId, ...(values.note.trim() ? { note: values.note.trim() } : {}) },
        }),
      ),
    onSuccess: () =>
      void client.invalidateQueries({ queryKey: ['committee-review', caseId] }).then(() => client.invalidateQueries({ queryKey: ['committee-queue'] })),
  });
  const choices = form.values.vote ? review.reasonChoices[form.values.vote] : [];
  const fieldError = (field: string) => fieldReasons(cast.error, field, language);
  const hasFieldReasons = cast.error instanceof ApiError && (cast.error.body.fields ?? []).some((f) => ['vote', 'reasonId', 'note'].includes(f.field));
  return (
    <Paper withBorder p="md" component="form" aria-labelledby="vote-heading" onSubmit={form.onSubmit((values) => cast.mutate(values))}>
      <Stack>
        <Title order={3} id="vote-heading" size="h4">
          {t('committee.vote.title')}
        </Title>
        <Radio.Group
          label={t('committee.vote.choice')}
          required
          {...form.getInputProps('vote')}
          onChange={(value) => form.setValues({ vote: value as 'accept' | 'reject', reasonId: '' })}
          error={form.errors.vote ?? fieldError('vote')}
        >
          <Group mt="xs">
            <Radio value="accept" label={t('committee.vote.accept')} />
            <Radio value="reject" label={t('committee.vote.reject')} />
          </Group>
        </Radio.Group>
        <Select
          label={t('committee.vote.reason')}
          required
          disabled={!form.values.vote}
          data={choices.map((reason) => ({ value: reason.id, label: reason.text[language] }))}
          {...form.getInputProps('reasonId')}
          error={form.errors.reasonId ?? fieldError('reasonId')}
        />
        <Textarea label={t('committee.vote.note')} autosize minRows={2} {...form.getInputProps('note')} error={fieldError('note')} />
        {cast.isError && !hasFieldReasons ? <ErrorNotice error={cast.error} /> : null}
        {cast.isSuccess ? (
          <Text role="status" data-testid="vote-recorded">
            {t('committee.vote.recorded', { round: cast.data.round })}
          </Text>
        ) : null}
        <Group justify="flex-end">
          <Button type="submit" loading={cast.isPending}>
            {t('committee.vote.submit')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function ConflictForm({ caseId }: { caseId: string }) {
  const api = useApi();
  const t = useT();
  const { language } = useLocale();
  const client = useQueryClient();
  const form = useForm({ mode: 'controlled', initialValues: { note: '' }, validate: { note: (v) => (v.trim().length > 0 ? null : t('validation.required')) } });
  const declare = useMutation({
    mutationFn: (note: string) => unwrap(api.committee.POST('/reviews/{caseId}/conflicts-of-interest', { params: { path: { caseId } }, body: { note } })),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['committee-review', caseId] }),
  });
  const noteError = fieldReasons(declare.error, 'note', language);
  return (
    <Paper withBorder p="md" component="form" aria-labelledby="conflict-heading" onSubmit={form.onSubmit((values) => declare.mutate(values.note.trim()))}>
      <Stack>
        <Title order={3} id="conflict-heading" size="h4">
          {t('committee.conflict.title')}
        </Title>
        <Text size="sm">{t('committee.conflict.explain')}</Text>
        <Textarea label={t('committee.conflict.note')} required autosize minRows={2} {...form.getInputProps('note')} error={form.errors.note ?? noteError} />
        {declare.isError && !noteError ? <ErrorNotice error={declare.error} /> : null}
        <Group justify="flex-end">
          <Button type="submit" variant="default" loading={declare.isPending}>
            {t('committee.conflict.submit')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function Tally({ review }: { review: Review }) {
  const t = useT();
  const { language } = useLocale();
  const count = (vote: 'accept' | 'reject') => review.votes.filter((v) => v.vote === vote).length;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="tally-heading" data-testid="tally">
      <Title order={3} id="tally-heading" size="h4">
        {t('committee.tally.title')}
      </Title>
      <Group gap="lg" mt="xs">
        <Text fw={600} data-testid="tally-accept">
          {t('committee.tally.accept', { count: count('accept') })}
        </Text>
        <Text fw={600} data-testid="tally-reject">
          {t('committee.tally.reject', { count: count('reject') })}
        </Text>
      </Group>
      {review.recused.length > 0 ? <Text mt="xs">{t('committee.tally.recused', { names: review.recused.join('، ') })}</Text> : null}
      {review.votes.length === 0 ? (
        <Text c="gray.8" mt="xs">
          {t('committee.tally.none')}
        </Text>
      ) : (
        <Stack component="ol" gap="xs" mt="sm" p={0} style={{ listStyle: 'none' }}>
          {review.votes.map((vote) => (
            <Text component="li" key={vote.memberId} data-testid="tally-vote">
              {vote.memberId} ({t(`committee.role.${vote.role}`)}) — {t(`committee.vote.${vote.vote}`)} — {bilingual(vote.reason.text, language)} —{' '}
              <DualDate value={vote.castAt} />
            </Text>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
