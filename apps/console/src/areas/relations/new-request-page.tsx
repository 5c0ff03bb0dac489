import { Button, Checkbox, Group, Paper, Radio, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { ApiError, unwrap } from '../../api/client';
import { useApi } from '../../api/context';
import { latinDigits } from '../../i18n/dates';
import { useLocale, useT } from '../../i18n/locale';
import { ErrorNotice, fieldReasons, Loading } from '../../kit/states';
import { isNationalId, isSaudiMobile } from '../applicant/rules';
import { useServices } from '../../kit/services';
import { channelLabel, CHANNELS, RelationsNav, type Channel } from './common';

/**
 * A request recorded by the relations officer from any channel (common process steps 1-2; Tuwaiq 5-3):
 * live validation as it is typed, the API's own bilingual reasons in the field they concern. A request
 * lacking fields or documents is kept as a draft, and the officer lands on its checklist.
 */
export function NewRequestPage() {
  const api = useApi();
  const t = useT();
  const { language } = useLocale();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { services, isPending } = useServices();
  const declaration = useQuery({ queryKey: ['declaration'], queryFn: () => unwrap(api.intake.GET('/declaration')) });
  const form = useForm({
    mode: 'controlled',
    validateInputOnChange: true,
    initialValues: {
      serviceId: '',
      channel: '',
      fullName: '',
      nationalId: '',
      mobile: '',
      email: '',
      preferredChannel: 'sms',
      declarationAccepted: false,
      signedName: '',
    },
    validate: {
      serviceId: (v) => (!v ? t('relations.validation.required') : null),
      channel: (v) => (!v ? t('relations.validation.required') : null),
      fullName: (v) => (v.trim().length < 3 ? t('relations.validation.required') : null),
      nationalId: (v) => (!isNationalId(v) ? t('relations.validation.nationalId') : null),
      mobile: (v) => (!isSaudiMobile(v) ? t('relations.validation.mobile') : null),
      email: (v) => (v !== '' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v) ? t('relations.validation.email') : null),
      declarationAccepted: (v) => (!v ? t('relations.validation.required') : null),
      signedName: (v, values) => (v.trim() !== values.fullName.trim() ? t('relations.validation.signedName') : null),
    },
  });
  const record = useMutation({
    mutationFn: () => {
      const v = form.getValues();
      return unwrap(
        api.intake.POST('/applications', {
          body: {
            serviceId: v.serviceId,
            channel: v.channel as Channel,
            applicant: {
              fullName: v.fullName.trim(),
              nationalId: latinDigits(v.nationalId.trim()),
              mobile: latinDigits(v.mobile.trim()),
              preferredChannel: v.preferredChannel as 'sms' | 'email',
              ...(v.email ? { email: v.email.trim() } : {}),
            },
            declaration: { accepted: v.declarationAccepted, signedName: v.signedName.trim(), declarationVersion: declaration.data?.version ?? 0 },
          },
        }),
      );
    },
    onSuccess: (receipt) => {
      void queryClient.invalidateQueries({ queryKey: ['relations-queue'] });
      void navigate(`/relations/cases/${receipt.caseId}`);
    },
  });
  if (isPending || declaration.isPending) return <Loading />;
  if (declaration.isError) return <ErrorNotice error={declaration.error} onRetry={() => void declaration.refetch()} />;
  const reason = (field: string) => fieldReasons(record.error, field, language);
  // A refusal beyond the fields' own reasons (a duplicate request names the case the person already has) shows above the button too.
  const unplaced = record.isError && !(record.error instanceof ApiError && record.error.body.code === 'validation-failed');
  return (
    <Stack maw={720} gap="md">
      <RelationsNav />
      <Title order={2}>{t('relations.new.title')}</Title>
      <Text c="gray.8">{t('relations.new.intro')}</Text>
      <Paper withBorder p="md" component="form" noValidate onSubmit={form.onSubmit(() => record.mutate())}>
        <Stack>
          <Select
            label={t('relations.new.service')}
            required
            data={services.map((s) => ({ value: s.id, label: s.name[language] }))}
            {...form.getInputProps('serviceId')}
            error={form.errors.serviceId ?? reason('serviceId')}
          />
          <Select
            label={t('relations.new.channel')}
            required
            data={CHANNELS.map((c) => ({ value: c, label: t(channelLabel(c)) }))}
            {...form.getInputProps('channel')}
            error={form.errors.channel ?? reason('channel')}
          />
          <TextInput
            label={t('relations.new.fullName')}
            required
            {...form.getInputProps('fullName')}
            error={form.errors.fullName ?? reason('applicant.fullName')}
          />
          <TextInput
            label={t('relations.new.nationalId')}
            required
            inputMode="numeric"
            dir="ltr"
            {...form.getInputProps('nationalId')}
            error={form.errors.nationalId ?? reason('applicant.nationalId')}
          />
          <TextInput
            label={t('relations.new.mobile')}
            required
            type="tel"
            dir="ltr"
            {...form.getInputProps('mobile')}
            error={form.errors.mobile ?? reason('applicant.mobile')}
          />
          <TextInput
            label={t('relations.new.email')}
            type="email"
            dir="ltr"
            {...form.getInputProps('email')}
            error={form.errors.email ?? reason('applicant.email')}
          />
          <Radio.Group label={t('relations.new.preferredChannel')} {...form.getInputProps('preferredChannel')} error={reason('applicant.preferredChannel')}>
            <Group mt="xs">
              <Radio value="sms" label={t('relations.new.sms')} />
              <Radio value="email" label={t('relations.new.byEmail')} />
            </Group>
          </Radio.Group>
          {declaration.data ? (
            <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
              {declaration.data.text[language]}
            </Text>
          ) : null}
          <Checkbox
            label={t('relations.new.declaration')}
            {...form.getInputProps('declarationAccepted', { type: 'checkbox' })}
            error={form.errors.declarationAccepted ?? reason('declaration.accepted')}
          />
          <TextInput
            label={t('relations.new.signedName')}
            required
            {...form.getInputProps('signedName')}
            error={form.errors.signedName ?? reason('declaration.signedName')}
          />
          {unplaced ? <ErrorNotice error={record.error} /> : null}
          <Group justify="flex-end">
            <Button type="submit" loading={record.isPending}>
              {t('relations.new.save')}
            </Button>
          </Group>
        </Stack>
      </Paper>
    </Stack>
  );
}
