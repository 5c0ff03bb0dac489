import { Alert, Anchor, Button, Checkbox, Code, Group, NativeSelect, Paper, Radio, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError, unwrap, type Bilingual } from '../../api/client';
import { useApi } from '../../api/context';
import type { components } from '../../api/generated/feedback';
import { useLocale, useT } from '../../i18n/locale';
import { ar, en, type MessageId } from '../../i18n/messages';
import { DualDate } from '../../kit/dates';
import { bilingual, ErrorNotice, fieldReasons, Loading } from '../../kit/states';

/** The six categories every association's policy names (complaints.categories); the API has no public list of them. */
export const CATEGORIES = ['service-quality', 'delay', 'staff-conduct', 'discrimination', 'suggestion', 'abuse'] as const;
const KINDS = ['none', 'service', 'department', 'staff', 'case'] as const;
type Kind = (typeof KINDS)[number];
type Receipt = components['schemas']['ComplaintReceiptDto'];

export const categoryLabel = (id: string): MessageId => `feedback.category.${id}` as MessageId;

/**
 * The association's public complaint link (Tuwaiq 5-9; docs/adr/0042): no sign-in, an anonymous option,
 * and a receipt with the reference and the single-use rating code the person is told to keep.
 */
export function FileComplaintPage() {
  const { tenantId = '' } = useParams();
  const api = useApi();
  const t = useT();
  const { language } = useLocale();
  const [categoryId, setCategoryId] = useState<string>('service-quality');
  const [kind, setKind] = useState<Kind>('none');
  const [concernsId, setConcernsId] = useState('');
  const [text, setText] = useState('');
  const [anonymous, setAnonymous] = useState(false);
  const [name, setName] = useState('');
  const [mobile, setMobile] = useState('');
  const file = useMutation({
    mutationFn: () =>
      unwrap(
        api.feedback.POST('/public/{tenantId}/complaints', {
          params: { path: { tenantId } },
          body: {
            categoryId,
            concerns: kind === 'none' ? { kind } : { kind, id: concernsId.trim() },
            text,
            anonymous,
            ...(anonymous || (name === '' && mobile === '') ? {} : { complainant: { ...(name ? { name } : {}), ...(mobile ? { mobile } : {}) } }),
          },
        }),
      ),
  });
  const reason = (field: string) => fieldReasons(file.error, field, language);
  if (file.data) return <ComplaintReceipt receipt={file.data} tenantId={tenantId} />;
  return (
    <Stack maw={640} gap="md" component="form" onSubmit={(e) => (e.preventDefault(), file.mutate())}>
      <Title order={2}>{t('feedback.file.title')}</Title>
      <Text>{t('feedback.file.intro')}</Text>
      <NativeSelect
        label={t('feedback.file.category')}
        value={categoryId}
        onChange={(e) => setCategoryId(e.currentTarget.value)}
        data={CATEGORIES.map((c) => ({ value: c, label: t(categoryLabel(c)) }))}
        error={reason('categoryId')}
      />
      <NativeSelect
        label={t('feedback.concerns.kind')}
        value={kind}
        onChange={(e) => setKind(e.currentTarget.value as Kind)}
        data={KINDS.map((k) => ({ value: k, label: t(`feedback.concerns.${k}` as MessageId) }))}
        error={reason('concerns.kind')}
      />
      {kind !== 'none' ? (
        <TextInput
          label={t('feedback.concerns.id')}
          value={concernsId}
          onChange={(e) => setConcernsId(e.currentTarget.value)}
          dir="ltr"
          error={reason('concerns.id')}
        />
      ) : null}
      <Textarea
        label={t('feedback.file.text')}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        autosize
        minRows={4}
        error={reason('text')}
        required
      />
      <Checkbox label={t('feedback.file.anonymous')} checked={anonymous} onChange={(e) => setAnonymous(e.currentTarget.checked)} />
      {!anonymous ? (
        <>
          <TextInput label={t('feedback.file.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} error={reason('complainant.name')} />
          <TextInput
            label={t('feedback.file.mobile')}
            value={mobile}
            onChange={(e) => setMobile(e.currentTarget.value)}
            dir="ltr"
            inputMode="tel"
            error={reason('complainant.mobile')}
          />
        </>
      ) : null}
      {file.isError && !(file.error instanceof ApiError && file.error.body.fields?.length) ? <ErrorNotice error={file.error} /> : null}
      <Group>
        <Button type="submit" loading={file.isPending}>
          {t('feedback.file.send')}
        </Button>
        <Anchor component={Link} to={`/feedback/${tenantId}/rating`}>
          {t('feedback.receipt.rate')}
        </Anchor>
      </Group>
    </Stack>
  );
}

function ComplaintReceipt({ receipt, tenantId }: { receipt: Receipt; tenantId: string }) {
  const t = useT();
  const { language } = useLocale();
  return (
    <Stack maw={640} gap="md">
      <Title order={2}>{t('feedback.receipt.title')}</Title>
      <Paper withBorder p="md" data-testid="complaint-receipt">
        <Stack gap="sm">
          <Text>{bilingual(receipt.message as Bilingual, language)}</Text>
          <Text>
            {t('feedback.receipt.reference')}:{' '}
            <Code fz="lg" dir="ltr" data-testid="complaint-reference">
              {receipt.reference}
            </Code>
          </Text>
          <Text>
            {t('feedback.receipt.code')}:{' '}
            <Code fz="lg" dir="ltr" data-testid="rating-code">
              {receipt.ratingCode}
            </Code>
          </Text>
          <Alert color="yellow" variant="outline" role="note">
            <Text c="dark.9">{t('feedback.receipt.keep')}</Text>
          </Alert>
          <Text>
            {t('feedback.receipt.resolveBy')}: <DualDate value={receipt.resolveBy} />
          </Text>
        </Stack>
      </Paper>
      <Anchor component={Link} to={`/feedback/${tenantId}/rating`}>
        {t('feedback.receipt.rate')}
      </Anchor>
    </Stack>
  );
}

/** Rating a resolved complaint with its reference and the single-use code from the receipt (docs/adr/0042). */
export function RateComplaintPage() {
  const { tenantId = '' } = useParams();
  const api = useApi();
  const t = useT();
  const { language } = useLocale();
  const [reference, setReference] = useState('');
  const [code, setCode] = useState('');
  const [rating, setRating] = useState('');
  const [comment, setComment] = useState('');
  const rate = useMutation({
    mutationFn: () =>
      unwrap(
        api.feedback.POST('/public/{tenantId}/complaint-ratings', {
          params: { path: { tenantId } },
          body: { reference: reference.trim(), code: code.trim(), rating: Number(rating), ...(comment ? { comment } : {}) },
        }),
      ),
  });
  const reason = (field: string) => fieldReasons(rate.error, field, language);
  return (
    <Stack maw={560} gap="md" component="form" onSubmit={(e) => (e.preventDefault(), rate.mutate())}>
      <Title order={2}>{t('feedback.rate.title')}</Title>
      {rate.data ? (
        <Alert color="athar" title={t('feedback.rate.done')} data-testid="rated">
          {bilingual(rate.data.message as Bilingual, language)}
        </Alert>
      ) : (
        <>
          <TextInput
            label={t('feedback.rate.reference')}
            value={reference}
            onChange={(e) => setReference(e.currentTarget.value)}
            dir="ltr"
            required
            error={reason('reference')}
          />
          <TextInput label={t('feedback.rate.code')} value={code} onChange={(e) => setCode(e.currentTarget.value)} dir="ltr" required error={reason('code')} />
          <Radio.Group label={t('feedback.rate.rating')} value={rating} onChange={setRating} required error={reason('rating')}>
            <Group gap="md" mt="xs">
              {[1, 2, 3, 4, 5].map((n) => (
                <Radio key={n} value={String(n)} label={new Intl.NumberFormat(language === 'ar' ? 'ar-SA' : 'en').format(n)} />
              ))}
            </Group>
          </Radio.Group>
          <Textarea label={t('feedback.rate.comment')} value={comment} onChange={(e) => setComment(e.currentTarget.value)} error={reason('comment')} />
          {rate.isError && !(rate.error instanceof ApiError && rate.error.body.fields?.length) ? <ErrorNotice error={rate.error} /> : null}
          <Button type="submit" w="fit-content" loading={rate.isPending}>
            {t('feedback.rate.send')}
          </Button>
        </>
      )}
    </Stack>
  );
}

const SCALE_HINT: Record<string, MessageId> = { csat: 'feedback.scale.csat', nps: 'feedback.scale.nps', effort: 'feedback.scale.effort' };

/**
 * The survey link the SMS carries (ATHAR_SURVEY_LINK_BASE + token, docs/adr/0041): the questions in the
 * person's language with their scales, answered once; an unknown, answered or expired link is said plainly.
 */
export function SurveyPage() {
  const { token = '' } = useParams();
  const api = useApi();
  const t = useT();
  const { language } = useLocale();
  const survey = useQuery({
    queryKey: ['public-survey', token],
    retry: false,
    queryFn: () => unwrap(api.feedback.GET('/public/surveys/{token}', { params: { path: { token } } })),
  });
  const [scores, setScores] = useState<Record<string, string>>({});
  const [texts, setTexts] = useState<Record<string, string>>({});
  const answer = useMutation({
    mutationFn: () =>
      unwrap(
        api.feedback.POST('/public/surveys/{token}/answer', {
          params: { path: { token } },
          body: {
            scores: Object.fromEntries(Object.entries(scores).map(([id, v]) => [id, Number(v)])),
            texts: Object.fromEntries(Object.entries(texts).filter(([, v]) => v.trim() !== '')),
          },
        }),
      ),
  });
  if (survey.isPending) return <Loading />;
  const refusal = survey.error ?? answer.error;
  if (refusal instanceof ApiError && [404, 409, 410].includes(refusal.status)) return <LinkNotice status={refusal.status} />;
  if (survey.isError) return <ErrorNotice error={survey.error} onRetry={() => void survey.refetch()} />;
  const s = survey.data;
  if (answer.data)
    return (
      <Alert color="athar" title={s.title[language]} data-testid="survey-answered">
        {t('feedback.survey.done')}
      </Alert>
    );
  const nf = new Intl.NumberFormat(language === 'ar' ? 'ar-SA' : 'en');
  return (
    <Stack maw={680} gap="lg" component="form" onSubmit={(e) => (e.preventDefault(), answer.mutate())}>
      <Title order={2}>{s.title[language]}</Title>
      <Text>
        {t('feedback.survey.closes')}: <DualDate value={s.closesAt} />
      </Text>
      {s.questions.map((q) => {
        const label = `${q.text[language]}${q.optional ? ` ${t('feedback.survey.optional')}` : ''}`;
        if (q.scale === 'free-text')
          return (
            <Textarea
              key={q.id}
              label={label}
              value={texts[q.id] ?? ''}
              onChange={(e) => setTexts({ ...texts, [q.id]: e.currentTarget.value })}
              maxLength={2000}
              error={fieldReasons(answer.error, `texts.${q.id}`, language)}
            />
          );
        const min = q.min ?? 1;
        const max = q.max ?? 5;
        return (
          <Radio.Group
            key={q.id}
            label={label}
            description={SCALE_HINT[q.scale] ? t(SCALE_HINT[q.scale]) : undefined}
            value={scores[q.id] ?? ''}
            onChange={(v) => setScores({ ...scores, [q.id]: v })}
            required={!q.optional}
            error={fieldReasons(answer.error, `scores.${q.id}`, language)}
          >
            <Group gap="sm" mt="xs">
              {Array.from({ length: max - min + 1 }, (_, i) => min + i).map((n) => (
                <Radio key={n} value={String(n)} label={nf.format(n)} />
              ))}
            </Group>
          </Radio.Group>
        );
      })}
      {answer.isError ? <ErrorNotice error={answer.error} /> : null}
      <Button type="submit" w="fit-content" loading={answer.isPending}>
        {t('feedback.survey.send')}
      </Button>
    </Stack>
  );
}

/** 404 unknown link, 409 already answered, 410 expired: said in both languages, nothing more about the survey. */
function LinkNotice({ status }: { status: number }) {
  const t = useT();
  const { language } = useLocale();
  const id: MessageId = status === 409 ? 'feedback.survey.answered' : status === 410 ? 'feedback.survey.closed' : 'feedback.survey.notFound';
  return (
    <Alert color="red" title={t('feedback.survey.title')} role="alert" data-testid="survey-notice" data-status={status}>
      {bilingual({ ar: ar[id], en: en[id] }, language)}
    </Alert>
  );
}
