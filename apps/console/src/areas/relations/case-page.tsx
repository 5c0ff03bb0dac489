import { Alert, Button, Checkbox, FileInput, Group, List, Paper, SimpleGrid, Stack, Text, TextInput, ThemeIcon, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useParams } from 'react-router';
import { ApiError, unwrap, type Bilingual } from '../../api/client';
import { useApi } from '../../api/context';
import type { components } from '../../api/generated/intake';
import { latinDigits } from '../../i18n/dates';
import { useLocale, useT } from '../../i18n/locale';
import type { MessageId } from '../../i18n/messages';
import { DualDate } from '../../kit/dates';
import { bilingual, ErrorNotice, fieldReasons, Loading } from '../../kit/states';
import { RelationsNav } from './common';

type DocumentType = components['schemas']['CaseDocumentDto']['documentType'];
type Receipt = components['schemas']['ApplicationReceiptDto'];

/**
 * One request and, while it is a draft, its checklist as the API states it (GET /applications/{caseId}):
 * the missing details completed here (PATCH with the revision read), the missing documents attached,
 * and the request submitted once nothing is missing (common process steps 2-4; Tuwaiq 6-2 documents).
 */
export function CasePage() {
  const { caseId = '' } = useParams();
  const api = useApi();
  const t = useT();
  const { language } = useLocale();
  const queryClient = useQueryClient();
  const application = useQuery({
    queryKey: ['relations-case', caseId],
    queryFn: async () => {
      const answer = api.intake.GET('/applications/{caseId}', { params: { path: { caseId }, query: { purpose: 'case-handling' } } });
      const data = await unwrap(answer);
      return { ...data, etag: (await answer).response.headers.get('etag') ?? '' };
    },
  });
  const documents = useQuery({
    queryKey: ['relations-case-documents', caseId],
    queryFn: () => unwrap(api.intake.GET('/applications/{caseId}/documents', { params: { path: { caseId } } })),
  });
  const declaration = useQuery({ queryKey: ['declaration'], queryFn: () => unwrap(api.intake.GET('/declaration')) });
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: ['relations-case', caseId] });
    void queryClient.invalidateQueries({ queryKey: ['relations-case-documents', caseId] });
    void queryClient.invalidateQueries({ queryKey: ['relations-queue'] });
  };
  const [receipt, setReceipt] = useState<Receipt | null>(null);

  if (application.isPending) return <Loading />;
  if (application.isError) return <ErrorNotice error={application.error} onRetry={() => void application.refetch()} />;
  const view = application.data;
  const missing = view.checklist.filter((i) => !i.done);
  const missingFields = missing.filter((i) => i.item.startsWith('field:')).map((i) => i.item.slice('field:'.length));
  const missingDocuments = missing.filter((i) => i.item.startsWith('document:')).map((i) => i.item.slice('document:'.length) as DocumentType);
  const statusLabel = t(view.status === 'draft' ? 'relations.status.draft' : 'relations.status.submitted');
  return (
    <Stack maw={840} gap="md">
      <RelationsNav />
      <Title order={2}>{t('relations.case.title', { number: view.caseNumber ?? t('relations.noNumber') })}</Title>
      <Group gap="lg">
        {view.applicant ? <Text>{t('relations.case.applicant', { name: view.applicant.fullName })}</Text> : null}
        <Text data-testid="case-status">{t('relations.case.status', { status: statusLabel })}</Text>
      </Group>
      {receipt ? (
        <Alert color="athar" title={t('relations.case.submitted')} data-testid="submitted">
          <Stack gap={4}>
            <Text>{bilingual(receipt.message as Bilingual, language)}</Text>
            {receipt.expectedResponseBy ? (
              <Text>
                {t('relations.case.expected')}: <DualDate value={receipt.expectedResponseBy} />
              </Text>
            ) : null}
          </Stack>
        </Alert>
      ) : null}
      {view.status === 'draft' ? (
        <Paper withBorder p="md">
          <Title order={3} size="h4" mb="sm">
            {t('relations.case.checklist')}
          </Title>
          <List spacing="xs" data-testid="checklist" listStyleType="none">
            {view.checklist.map((item) => (
              <List.Item
                key={item.item}
                data-item={item.item}
                data-done={item.done}
                icon={
                  <ThemeIcon size="sm" radius="xl" color={item.done ? 'athar.8' : 'gray.7'} aria-hidden>
                    {item.done ? '✓' : '·'}
                  </ThemeIcon>
                }
              >
                {(item.label as Bilingual)[language]} — {t(item.done ? 'relations.case.done' : 'relations.case.missing')}
              </List.Item>
            ))}
          </List>
          {missing.length === 0 ? (
            <Text mt="sm" fw={600}>
              {t('relations.case.complete')}
            </Text>
          ) : null}
        </Paper>
      ) : null}
      {view.status === 'draft' && missingFields.length > 0 ? (
        <MissingFields caseId={caseId} etag={view.etag} fields={missingFields} preferredChannel={view.applicant?.preferredChannel} onSaved={refresh} />
      ) : null}
      {view.status === 'draft' ? (
        <Paper withBorder p="md">
          <Title order={3} size="h4" mb="sm">
            {t('relations.case.documents')}
          </Title>
          {documents.isError ? <ErrorNotice error={documents.error} /> : null}
          {documents.data && documents.data.items.length === 0 ? <Text c="gray.8">{t('relations.case.noDocuments')}</Text> : null}
          <List mb="sm">
            {(documents.data?.items ?? []).map((d) => (
              <List.Item key={d.documentId}>
                {t(`document.${d.documentType}` as MessageId)}: <span dir="ltr">{d.fileName}</span> · <DualDate value={d.attachedAt} />
              </List.Item>
            ))}
          </List>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {missingDocuments.map((type) => (
              <AttachDocument key={type} caseId={caseId} documentType={type} onAttached={refresh} />
            ))}
          </SimpleGrid>
        </Paper>
      ) : null}
      {view.status === 'draft' && missing.length === 0 && view.applicant && declaration.data ? (
        <SubmitDraft
          caseId={caseId}
          fullName={view.applicant.fullName}
          declarationText={declaration.data.text[language]}
          declarationVersion={declaration.data.version}
          onSubmitted={(r) => {
            setReceipt(r);
            refresh();
          }}
        />
      ) : null}
    </Stack>
  );
}

const ADDRESS_PARTS = ['shortAddress', 'buildingNumber', 'postalCode', 'city', 'district'] as const;

/** The details the checklist lacks, sent as a PATCH with the revision the page read (If-Match). */
function MissingFields({
  caseId,
  etag,
  fields,
  preferredChannel,
  onSaved,
}: {
  caseId: string;
  etag: string;
  fields: string[];
  preferredChannel: string | undefined;
  onSaved: () => void;
}) {
  const api = useApi();
  const t = useT();
  const { language } = useLocale();
  const wants = (field: string) => fields.includes(`applicant.${field}`);
  const required = (v: string) => (v.trim() === '' ? t('relations.validation.required') : null);
  const form = useForm({
    mode: 'controlled',
    validateInputOnChange: true,
    initialValues: { birthDate: '', idExpiry: '', shortAddress: '', buildingNumber: '', postalCode: '', city: '', district: '' },
    validate: {
      birthDate: (v) => (wants('birthDate') ? required(v) : null),
      idExpiry: (v) => (wants('idExpiry') ? required(v) : null),
      ...Object.fromEntries(ADDRESS_PARTS.map((part) => [part, (v: string) => (wants('nationalAddress') ? required(v) : null)])),
    },
  });
  const save = useMutation({
    mutationFn: () => {
      const v = form.getValues();
      return unwrap(
        api.intake.PATCH('/applications/{caseId}', {
          params: { path: { caseId }, header: { 'If-Match': etag } },
          body: {
            applicant: {
              preferredChannel: preferredChannel === 'email' ? 'email' : 'sms',
              ...(wants('birthDate') ? { birthDate: { calendar: 'gregorian' as const, date: latinDigits(v.birthDate) } } : {}),
              ...(wants('idExpiry') ? { idExpiry: { calendar: 'gregorian' as const, date: latinDigits(v.idExpiry) } } : {}),
              ...(wants('nationalAddress')
                ? {
                    nationalAddress: Object.fromEntries(ADDRESS_PARTS.map((p) => [p, latinDigits(v[p].trim())])) as components['schemas']['NationalAddressDto'],
                  }
                : {}),
            },
          },
        }),
      );
    },
    onSuccess: onSaved,
  });
  const reason = (field: string) => fieldReasons(save.error, field, language);
  const unplaced = save.isError && !(save.error instanceof ApiError && save.error.body.code === 'validation-failed');
  return (
    <Paper withBorder p="md" component="form" noValidate onSubmit={form.onSubmit(() => save.mutate())}>
      <Stack>
        <Title order={3} size="h4">
          {t('relations.case.fields')}
        </Title>
        {wants('birthDate') ? (
          <TextInput
            type="date"
            label={t('relations.case.birthDate')}
            required
            {...form.getInputProps('birthDate')}
            error={form.errors.birthDate ?? reason('applicant.birthDate') ?? reason('applicant.birthDate.date')}
          />
        ) : null}
        {wants('idExpiry') ? (
          <TextInput
            type="date"
            label={t('relations.case.idExpiry')}
            required
            {...form.getInputProps('idExpiry')}
            error={form.errors.idExpiry ?? reason('applicant.idExpiry') ?? reason('applicant.idExpiry.date')}
          />
        ) : null}
        {wants('nationalAddress') ? (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {ADDRESS_PARTS.map((part) => (
              <TextInput
                key={part}
                label={t(`relations.case.${part}` as MessageId)}
                required
                {...form.getInputProps(part)}
                error={form.errors[part] ?? reason(`applicant.nationalAddress.${part}`)}
              />
            ))}
          </SimpleGrid>
        ) : null}
        {unplaced ? <ErrorNotice error={save.error} /> : null}
        <Group justify="flex-end">
          <Button type="submit" loading={save.isPending}>
            {t('relations.case.saveFields')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/** One missing document: choosing the file attaches it (multipart, as the API takes it). */
function AttachDocument({ caseId, documentType, onAttached }: { caseId: string; documentType: DocumentType; onAttached: () => void }) {
  const api = useApi();
  const t = useT();
  const { language } = useLocale();
  const [file, setFile] = useState<File | null>(null);
  const attach = useMutation({
    mutationFn: (chosen: File) =>
      unwrap(
        api.intake.POST('/applications/{caseId}/documents', {
          params: { path: { caseId } },
          body: { documentType, file: chosen as unknown as string },
          bodySerializer: (body) => {
            const data = new FormData();
            data.append('documentType', body.documentType);
            data.append('file', body.file as unknown as Blob);
            return data;
          },
        }),
      ),
    onSuccess: onAttached,
  });
  const error =
    fieldReasons(attach.error, 'file', language) ??
    fieldReasons(attach.error, 'documentType', language) ??
    (attach.error ? bilingual((attach.error as ApiError).body?.message ?? { ar: '', en: '' }, language) : undefined);
  return (
    <FileInput
      label={t(`document.${documentType}` as MessageId)}
      accept="application/pdf,image/jpeg,image/png"
      value={file}
      data-document={documentType}
      onChange={(chosen) => {
        setFile(chosen);
        if (chosen) attach.mutate(chosen);
      }}
      error={error}
      disabled={attach.isPending}
    />
  );
}

/** Submission of a complete draft: the beneficiary's declaration, signed with the name on the request (common process step 4). */
function SubmitDraft({
  caseId,
  fullName,
  declarationText,
  declarationVersion,
  onSubmitted,
}: {
  caseId: string;
  fullName: string;
  declarationText: string;
  declarationVersion: number;
  onSubmitted: (receipt: Receipt) => void;
}) {
  const api = useApi();
  const t = useT();
  const { language } = useLocale();
  const form = useForm({
    mode: 'controlled',
    validateInputOnChange: true,
    initialValues: { accepted: false, signedName: '' },
    validate: {
      accepted: (v) => (!v ? t('relations.validation.required') : null),
      signedName: (v) => (v.trim() !== fullName.trim() ? t('relations.validation.signedName') : null),
    },
  });
  const submit = useMutation({
    mutationFn: () =>
      unwrap(
        api.intake.POST('/applications/{caseId}/submit', {
          params: { path: { caseId } },
          body: { declaration: { accepted: form.getValues().accepted, signedName: form.getValues().signedName.trim(), declarationVersion } },
        }),
      ),
    onSuccess: onSubmitted,
  });
  const reason = (field: string) => fieldReasons(submit.error, field, language);
  const unplaced = submit.isError && !(submit.error instanceof ApiError && submit.error.body.code === 'validation-failed');
  return (
    <Paper withBorder p="md" component="form" noValidate onSubmit={form.onSubmit(() => submit.mutate())}>
      <Stack>
        <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
          {declarationText}
        </Text>
        <Checkbox
          label={t('relations.new.declaration')}
          {...form.getInputProps('accepted', { type: 'checkbox' })}
          error={form.errors.accepted ?? reason('declaration.accepted')}
        />
        <TextInput
          label={t('relations.new.signedName')}
          required
          {...form.getInputProps('signedName')}
          error={form.errors.signedName ?? reason('declaration.signedName')}
        />
        {unplaced ? <ErrorNotice error={submit.error} /> : null}
        <Group justify="flex-end">
          <Button type="submit" loading={submit.isPending}>
            {t('relations.case.submit')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
