import { Alert, Anchor, Button, Group, Paper, Radio, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError, unwrap } from '../../api/client';
import { useApi } from '../../api/context';
import type { components } from '../../api/generated/eligibility';
import { useLocale, useT } from '../../i18n/locale';
import type { MessageId } from '../../i18n/messages';
import { ErrorNotice, fieldReasons, Loading } from '../../kit/states';
import { ResearchNav } from './research-nav';

type Verify = components['schemas']['VerifyDocumentDto'];
const FORM_FIELDS = ['decision', 'method', 'reason', 'note', 'validUntil'];
const METHODS: Array<Verify['method']> = ['original-sighted', 'government-platform', 'issuer-confirmed', 'copy-compared'];

/** One document: seen inline (an image, a PDF) or downloaded, then verified or rejected with the method and reason (Tuwaiq 6-2). */
export function DocumentPage() {
  const { caseId = '', documentId = '' } = useParams();
  const api = useApi();
  const t = useT();
  const { language } = useLocale();
  const queryClient = useQueryClient();
  const listed = useQuery({
    queryKey: ['case-documents', caseId],
    queryFn: () => unwrap(api.intake.GET('/applications/{caseId}/documents', { params: { path: { caseId } } })),
  });
  const file = useQuery({
    queryKey: ['case-document-file', caseId, documentId],
    queryFn: () =>
      unwrap(
        api.intake.GET('/applications/{caseId}/documents/{documentId}', {
          params: { path: { caseId, documentId }, header: { 'X-Purpose': 'case-handling' } },
          parseAs: 'blob',
        }),
      ) as Promise<Blob>,
    staleTime: Infinity,
  });
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!file.data) return undefined;
    const made = URL.createObjectURL(file.data);
    setUrl(made);
    return () => URL.revokeObjectURL(made);
  }, [file.data]);
  const form = useForm({ mode: 'controlled', initialValues: { decision: 'verified' as Verify['decision'], method: '', reason: '', note: '', validUntil: '' } });
  const decide = useMutation({
    mutationFn: () => {
      const v = form.getValues();
      // The service decides what a decision needs (a method always, a reason to reject): its reasons show in the fields.
      const body: Verify = {
        decision: v.decision,
        method: v.method as Verify['method'],
        ...(v.reason.trim() ? { reason: v.reason.trim() } : {}),
        ...(v.note.trim() ? { note: v.note.trim() } : {}),
        ...(v.validUntil ? { validUntil: `${v.validUntil}T00:00:00Z` } : {}),
      };
      return unwrap(api.eligibility.POST('/cases/{caseId}/documents/{documentId}/verification', { params: { path: { caseId, documentId } }, body }));
    },
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['work-queue'] }),
  });
  const reasons = (field: string) => fieldReasons(decide.error, field, language);

  if (listed.isPending) return <Loading />;
  if (listed.isError) return <ErrorNotice error={listed.error} onRetry={() => void listed.refetch()} />;
  const document = listed.data.items.find((d) => d.documentId === documentId);
  const typeName = document ? t(`doctype.${document.documentType}` as MessageId) : documentId;
  const fileName = document?.fileName ?? 'document';
  // a refusal about a field on the form shows in that field; anything else as a notice
  const fieldsRefused =
    decide.error instanceof ApiError &&
    (decide.error.body.fields ?? []).length > 0 &&
    (decide.error.body.fields ?? []).every((f) => FORM_FIELDS.includes(f.field));
  return (
    <Stack gap="md" maw={960}>
      <ResearchNav />
      <Title order={2}>{t('research.document.title', { document: typeName })}</Title>
      {document ? <Text size="sm">{t('research.document.file', { name: fileName, size: document.size })}</Text> : null}
      <Paper withBorder p="sm" component="section" aria-label={t('research.document.view')}>
        {file.isPending ? (
          <Loading />
        ) : file.isError ? (
          <ErrorNotice error={file.error} onRetry={() => void file.refetch()} />
        ) : url ? (
          <Stack gap="xs">
            {file.data.type.startsWith('image/') ? (
              <img src={url} alt={typeName} style={{ maxWidth: '100%', maxHeight: 480, objectFit: 'contain' }} data-testid="document-view" />
            ) : file.data.type === 'application/pdf' ? (
              <object data={url} type="application/pdf" width="100%" height="420" aria-label={typeName} data-testid="document-view">
                <Text size="sm">{t('research.document.pdfFallback')}</Text>
              </object>
            ) : null}
            <Anchor href={url} download={fileName} data-testid="document-download">
              {t('research.document.download', { name: fileName })}
            </Anchor>
          </Stack>
        ) : null}
      </Paper>
      {decide.isSuccess ? (
        <Alert
          color="athar"
          role="status"
          data-testid="decision-recorded"
          title={t(`research.recorded.${'reason' in decide.data ? 'rejected' : 'verified'}`, { reason: 'reason' in decide.data ? decide.data.reason : '' })}
        >
          <Anchor component={Link} to="/research">
            {t('research.back.queue')}
          </Anchor>
        </Alert>
      ) : (
        <Paper withBorder p="md" component="form" onSubmit={(e) => (e.preventDefault(), decide.mutate())} aria-label={t('research.record')}>
          <Stack>
            <Radio.Group label={t('research.decision')} {...form.getInputProps('decision')} error={reasons('decision')}>
              <Group mt="xs">
                <Radio value="verified" label={t('research.decision.verified')} />
                <Radio value="rejected" label={t('research.decision.rejected')} />
              </Group>
            </Radio.Group>
            <Radio.Group label={t('research.method')} {...form.getInputProps('method')} error={reasons('method')}>
              <Group mt="xs">
                {METHODS.map((m) => (
                  <Radio key={m} value={m} label={t(`research.method.${m}`)} />
                ))}
              </Group>
            </Radio.Group>
            {form.getValues().decision === 'rejected' ? (
              <Textarea label={t('research.reason')} autosize minRows={2} {...form.getInputProps('reason')} error={reasons('reason')} />
            ) : (
              <TextInput label={t('research.validUntil')} type="date" dir="ltr" {...form.getInputProps('validUntil')} error={reasons('validUntil')} />
            )}
            <Textarea label={t('research.note')} autosize minRows={1} {...form.getInputProps('note')} error={reasons('note')} />
            {decide.isError && !fieldsRefused ? <ErrorNotice error={decide.error} /> : null}
            <Group justify="space-between">
              <Anchor component={Link} to={`/research/cases/${caseId}`}>
                {t('research.open.eligibility')}
              </Anchor>
              <Button type="submit" loading={decide.isPending}>
                {t('research.record')}
              </Button>
            </Group>
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
