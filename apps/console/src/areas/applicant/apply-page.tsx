import { Alert, Button, Checkbox, Group, Paper, PinInput, Radio, Select, Stack, Stepper, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useParams } from 'react-router';
import { ApiError, unwrap, type Bilingual } from '../../api/client';
import { useApi } from '../../api/context';
import { latinDigits, timeOfDay } from '../../i18n/dates';
import { useLocale, useT } from '../../i18n/locale';
import { DualDate } from '../../kit/dates';
import { usePublicTerms, type PublicTerms } from '../../kit/services';
import { bilingual, ErrorNotice, fieldReasons, Loading } from '../../kit/states';
import { liveReason, mobileReasons, nationalIdReasons } from './rules';

interface Pending {
  confirmationId: string;
  expiresAt: string;
  message: Bilingual;
}

/** The public link, step by step: terms, details (live validation), declaration, the code from the SMS, receipt. */
export function ApplyPage() {
  const { tenantId = '' } = useParams();
  const api = useApi();
  const t = useT();
  const { language, digits } = useLocale();
  const [step, setStep] = useState(0);
  const terms = usePublicTerms(tenantId);
  const form = useForm({
    mode: 'controlled',
    validateInputOnChange: true,
    initialValues: {
      termsAccepted: false,
      serviceId: '',
      fullName: '',
      nationalId: '',
      mobile: '',
      email: '',
      preferredChannel: 'sms',
      declarationAccepted: false,
      signedName: '',
    },
    validate: {
      termsAccepted: (v) => (step === 0 && !v ? t('validation.required') : null),
      serviceId: (v) => (step === 1 && !v ? t('validation.required') : null),
      fullName: (v) => (step === 1 && v.trim().length < 3 ? t('validation.required') : null),
      nationalId: (v) => (step === 1 ? liveReason(nationalIdReasons(v), language) : null),
      mobile: (v) => (step === 1 ? liveReason(mobileReasons(v), language) : null),
      email: (v) => (step === 1 && v !== '' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v) ? t('validation.email') : null),
      declarationAccepted: (v) => (step === 2 && !v ? t('validation.required') : null),
      signedName: (v, values) => (step === 2 && v.trim() !== values.fullName.trim() ? t('validation.signedName') : null),
    },
  });
  const [code, setCode] = useState('');
  const ask = useMutation({
    mutationFn: () => {
      const v = form.getValues();
      const data = terms.data as PublicTerms;
      return unwrap(
        api.intake.POST('/public/{tenantId}/applications', {
          // The document lists the proof-of-work stamp twice and the lower-case one as required; it is sent
          // only when the terms name a challenge (docs/adr/0024), which no association configures yet.
          params: { path: { tenantId }, header: {} as { 'x-athar-stamp': string } },
          body: {
            serviceId: v.serviceId,
            applicant: {
              fullName: v.fullName.trim(),
              nationalId: latinDigits(v.nationalId.trim()),
              mobile: latinDigits(v.mobile.trim()),
              preferredChannel: v.preferredChannel as 'sms' | 'email',
              ...(v.email ? { email: v.email.trim() } : {}),
            },
            consent: { accepted: v.termsAccepted, termsVersion: data.programmeTerms.version },
            declaration: { accepted: v.declarationAccepted, signedName: v.signedName.trim(), declarationVersion: data.declaration.version },
          },
        }),
      ) as Promise<unknown> as Promise<Pending>;
    },
    onSuccess: () => setStep(3),
    onError: (error) => {
      // A field the service refused takes the reader back to the step where that field is.
      if (error instanceof ApiError && (error.body.fields ?? []).some((f) => f.field.startsWith('applicant.') || f.field === 'serviceId')) setStep(1);
    },
  });
  const confirm = useMutation({
    mutationFn: () =>
      unwrap(
        api.intake.POST('/public/{tenantId}/confirmations/{confirmationId}', {
          params: { path: { tenantId, confirmationId: (ask.data as Pending).confirmationId } },
          body: { code: latinDigits(code) },
        }),
      ),
    onSuccess: () => setStep(4),
  });
  const serverError = (field: string) => fieldReasons(ask.error, field, language);
  const fieldError = {
    serviceId: serverError('serviceId'),
    fullName: serverError('applicant.fullName'),
    nationalId: serverError('applicant.nationalId'),
    mobile: serverError('applicant.mobile'),
    email: serverError('applicant.email'),
    signedName: serverError('declaration.signedName'),
  };
  const codeError = fieldReasons(confirm.error, 'code', language);

  if (terms.isPending) return <Loading />;
  if (terms.isError) return <ErrorNotice error={terms.error} onRetry={() => void terms.refetch()} />;
  const data = terms.data;
  const next = (to: number) => {
    if (!form.validate().hasErrors) setStep(to);
  };
  const pending = ask.data;
  return (
    <Stack maw={720} mx="auto" gap="md">
      <Title order={2}>{t('apply.title', { association: data.association[language] })}</Title>
      <Stepper active={step} size="sm" allowNextStepsSelect={false}>
        <Stepper.Step label={t('apply.step.terms')}>
          <Paper withBorder p="md">
            <Stack>
              <Title order={3} size="h4">
                {t('apply.step.terms')} · {t('apply.terms.version', { version: data.programmeTerms.version })}
              </Title>
              <Text style={{ whiteSpace: 'pre-line' }}>{data.programmeTerms.text[language]}</Text>
              <Checkbox label={t('apply.terms.accept')} {...form.getInputProps('termsAccepted', { type: 'checkbox' })} />
              <Group justify="flex-end">
                <Button onClick={() => next(1)}>{t('common.next')}</Button>
              </Group>
            </Stack>
          </Paper>
        </Stepper.Step>
        <Stepper.Step label={t('apply.step.form')}>
          <Paper withBorder p="md" component="form" onSubmit={(e) => (e.preventDefault(), next(2))}>
            <Stack>
              <Select
                label={t('apply.service')}
                required
                data={data.services.map((s) => ({ value: s.id, label: s.name[language] }))}
                {...form.getInputProps('serviceId')}
                error={form.errors.serviceId ?? fieldError.serviceId}
              />
              <TextInput
                label={t('apply.fullName')}
                required
                autoComplete="name"
                {...form.getInputProps('fullName')}
                error={form.errors.fullName ?? fieldError.fullName}
              />
              <TextInput
                label={t('apply.nationalId')}
                required
                inputMode="numeric"
                dir="ltr"
                {...form.getInputProps('nationalId')}
                error={form.errors.nationalId ?? fieldError.nationalId}
              />
              <TextInput
                label={t('apply.mobile')}
                description={t('apply.mobile.hint')}
                required
                type="tel"
                dir="ltr"
                autoComplete="tel"
                {...form.getInputProps('mobile')}
                error={form.errors.mobile ?? fieldError.mobile}
              />
              <TextInput
                label={t('apply.email')}
                type="email"
                dir="ltr"
                autoComplete="email"
                {...form.getInputProps('email')}
                error={form.errors.email ?? fieldError.email}
              />
              <Radio.Group label={t('apply.preferredChannel')} {...form.getInputProps('preferredChannel')}>
                <Group mt="xs">
                  <Radio value="sms" label={t('apply.channel.sms')} />
                  <Radio value="email" label={t('apply.channel.email')} />
                </Group>
              </Radio.Group>
              <Group justify="space-between">
                <Button variant="default" onClick={() => setStep(0)}>
                  {t('common.back')}
                </Button>
                <Button type="submit">{t('common.next')}</Button>
              </Group>
            </Stack>
          </Paper>
        </Stepper.Step>
        <Stepper.Step label={t('apply.step.declaration')}>
          <Paper withBorder p="md" component="form" onSubmit={(e) => (e.preventDefault(), !form.validate().hasErrors && ask.mutate())}>
            <Stack>
              <Text style={{ whiteSpace: 'pre-line' }}>{data.declaration.text[language]}</Text>
              <Checkbox label={t('apply.declaration.accept')} {...form.getInputProps('declarationAccepted', { type: 'checkbox' })} />
              <TextInput
                label={t('apply.declaration.signedName')}
                required
                {...form.getInputProps('signedName')}
                error={form.errors.signedName ?? fieldError.signedName}
              />
              {ask.isError && !(ask.error instanceof ApiError && (ask.error.body.fields ?? []).length > 0) ? <ErrorNotice error={ask.error} /> : null}
              <Group justify="space-between">
                <Button variant="default" onClick={() => setStep(1)}>
                  {t('common.back')}
                </Button>
                <Button type="submit" loading={ask.isPending}>
                  {t('apply.send')}
                </Button>
              </Group>
            </Stack>
          </Paper>
        </Stepper.Step>
        <Stepper.Step label={t('apply.step.code')}>
          <Paper withBorder p="md" component="form" onSubmit={(e) => (e.preventDefault(), /^\d{6}$/.test(latinDigits(code)) && confirm.mutate())}>
            <Stack>
              {pending ? <Alert color="athar">{bilingual(pending.message, language)}</Alert> : null}
              <Text id="code-label">{t('apply.code')}</Text>
              <PinInput length={6} type="number" oneTimeCode value={code} onChange={setCode} aria-labelledby="code-label" error={codeError !== undefined} />
              {codeError ? (
                <Text c="var(--mantine-color-error)" size="sm" role="alert">
                  {codeError}
                </Text>
              ) : confirm.isError ? (
                <ErrorNotice error={confirm.error} />
              ) : null}
              {pending ? (
                <Text size="sm" c="gray.8">
                  {t('apply.code.expires', { when: timeOfDay(new Date(pending.expiresAt), language, digits) })}
                </Text>
              ) : null}
              <Group justify="flex-end">
                <Button type="submit" loading={confirm.isPending}>
                  {t('apply.confirm')}
                </Button>
              </Group>
            </Stack>
          </Paper>
        </Stepper.Step>
        <Stepper.Completed>
          <Paper withBorder p="md" data-testid="receipt">
            <Stack>
              <Title order={3}>{t('apply.receipt.title')}</Title>
              <Text>{t('apply.receipt.status', { status: t('status.received') })}</Text>
              <DualDate value={new Date()} />
              {confirm.data ? <Text>{bilingual(confirm.data.message as unknown as Bilingual, language)}</Text> : null}
            </Stack>
          </Paper>
        </Stepper.Completed>
      </Stepper>
    </Stack>
  );
}
