import { TableScroll } from '../../kit/table-scroll';
import { Alert, Anchor, Badge, Button, Group, Paper, Select, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError, unwrap } from '../../api/client';
import { useApi } from '../../api/context';
import { latinDigits } from '../../i18n/dates';
import { useLocale, useT } from '../../i18n/locale';
import { DualDate } from '../../kit/dates';
import { PagedList } from '../../kit/paged';
import { ErrorNotice, fieldReasons, Loading } from '../../kit/states';
import { isSaudiMobile } from '../applicant/rules';
import { channelLabel, CHANNELS, RelationsNav, type Channel } from './common';

/**
 * A person's question the procedure did not answer, passed to the social researcher (000/001/002 step 3):
 * recorded with the channel it came by and, if the person left one, a way to answer them; the list shows
 * which are still open and which the researcher answered.
 */
export function InquiriesPage() {
  const api = useApi();
  const t = useT();
  const { language } = useLocale();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<string>('');
  const form = useForm({
    mode: 'controlled',
    validateInputOnChange: true,
    initialValues: { channel: '', question: '', name: '', mobile: '' },
    validate: {
      channel: (v) => (!v ? t('relations.validation.required') : null),
      question: (v) => (v.trim().length < 3 ? t('relations.validation.required') : null),
      mobile: (v) => (v !== '' && !isSaudiMobile(v) ? t('relations.validation.mobile') : null),
    },
  });
  const open = useMutation({
    mutationFn: () => {
      const v = form.getValues();
      const contact = { ...(v.name.trim() ? { name: v.name.trim() } : {}), ...(v.mobile.trim() ? { mobile: latinDigits(v.mobile.trim()) } : {}) };
      return unwrap(
        api.intake.POST('/inquiries', {
          body: { channel: v.channel as Channel, question: v.question.trim(), ...(Object.keys(contact).length > 0 ? { contact } : {}) },
        }),
      );
    },
    onSuccess: () => {
      form.reset();
      // the list is the inquiry queue's read model, a moment behind the command: read it now and once more shortly
      void queryClient.invalidateQueries({ queryKey: ['relations-inquiries'] });
      setTimeout(() => void queryClient.invalidateQueries({ queryKey: ['relations-inquiries'] }), 1500);
    },
  });
  const reason = (field: string) => fieldReasons(open.error, field, language);
  const unplaced = open.isError && !(open.error instanceof ApiError && open.error.body.code === 'validation-failed');
  const all = { value: '', label: t('relations.filter.all') };
  return (
    <Stack gap="md">
      <RelationsNav />
      <Title order={2}>{t('relations.inquiries.title')}</Title>
      <Paper withBorder p="md" maw={720} component="form" noValidate onSubmit={form.onSubmit(() => open.mutate())}>
        <Stack>
          <Title order={3} size="h4">
            {t('relations.inquiries.new')}
          </Title>
          <Select
            label={t('relations.inquiries.channel')}
            required
            data={CHANNELS.map((c) => ({ value: c, label: t(channelLabel(c)) }))}
            {...form.getInputProps('channel')}
            error={form.errors.channel ?? reason('channel')}
          />
          <Textarea
            label={t('relations.inquiries.question')}
            required
            autosize
            minRows={2}
            {...form.getInputProps('question')}
            error={form.errors.question ?? reason('question')}
          />
          <Group grow align="flex-start">
            <TextInput label={t('relations.inquiries.contactName')} {...form.getInputProps('name')} error={reason('contact.name')} />
            <TextInput
              label={t('relations.inquiries.contactMobile')}
              type="tel"
              dir="ltr"
              {...form.getInputProps('mobile')}
              error={form.errors.mobile ?? reason('contact.mobile')}
            />
          </Group>
          {open.isSuccess ? (
            <Alert color="athar" role="status">
              <Anchor component={Link} to={`/relations/inquiries/${open.data.inquiryId}`} data-testid="sent-inquiry">
                {t('relations.inquiries.sent')}
              </Anchor>
            </Alert>
          ) : null}
          {unplaced ? <ErrorNotice error={open.error} /> : null}
          <Group justify="flex-end">
            <Button type="submit" loading={open.isPending}>
              {t('relations.inquiries.send')}
            </Button>
          </Group>
        </Stack>
      </Paper>
      <Title order={3} size="h4">
        {t('relations.inquiries.list')}
      </Title>
      <Select
        label={t('relations.filter.status')}
        maw={240}
        value={status}
        onChange={(v) => setStatus(v ?? '')}
        allowDeselect={false}
        data={[all, { value: 'open', label: t('relations.inquiry.open') }, { value: 'answered', label: t('relations.inquiry.answered') }]}
      />
      <PagedList
        queryKey={['relations-inquiries', status]}
        fetchPage={(cursor) =>
          unwrap(
            api.intake.GET('/inquiries', {
              params: { query: { limit: 20, ...(cursor ? { cursor } : {}), ...(status ? { status: status as 'open' | 'answered' } : {}) } },
            }),
          )
        }
        render={(items) => (
          <TableScroll label={t('relations.inquiries.list')}>
            <Table striped data-testid="inquiries">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('relations.inquiries.question')}</Table.Th>
                  <Table.Th>{t('relations.col.channel')}</Table.Th>
                  <Table.Th>{t('relations.col.status')}</Table.Th>
                  <Table.Th>{t('relations.inquiry.opened')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((inquiry) => (
                  <Table.Tr key={inquiry.inquiryId}>
                    <Table.Td>
                      <Anchor component={Link} to={`/relations/inquiries/${inquiry.inquiryId}`}>
                        {inquiry.question}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{t(channelLabel(inquiry.channel))}</Table.Td>
                    <Table.Td>
                      <Badge color={inquiry.status === 'open' ? 'yellow.3' : 'athar.8'} variant="filled" autoContrast>
                        {t(inquiry.status === 'open' ? 'relations.inquiry.open' : 'relations.inquiry.answered')}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <DualDate value={inquiry.openedAt} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        )}
      />
    </Stack>
  );
}

/** One inquiry: the question, where it stands, and the researcher's answer once given. */
export function InquiryPage() {
  const { inquiryId = '' } = useParams();
  const api = useApi();
  const t = useT();
  const inquiry = useQuery({
    queryKey: ['relations-inquiry', inquiryId],
    // a just-opened inquiry reaches the queue's read model a moment after the command answered
    retry: (count, error) => count < 6 && error instanceof ApiError && error.status === 404,
    retryDelay: 500,
    queryFn: () => unwrap(api.intake.GET('/inquiries/{inquiryId}', { params: { path: { inquiryId } } })),
  });
  if (inquiry.isPending) return <Loading />;
  if (inquiry.isError) return <ErrorNotice error={inquiry.error} onRetry={() => void inquiry.refetch()} />;
  const data = inquiry.data;
  return (
    <Stack maw={720} gap="md">
      <RelationsNav />
      <Title order={2}>{t('relations.inquiry.title')}</Title>
      <Paper withBorder p="md">
        <Stack gap="xs">
          <Text fw={600}>{data.question}</Text>
          <Text size="sm">
            {t(channelLabel(data.channel))} · {t('relations.inquiry.opened')}: <DualDate value={data.openedAt} />
          </Text>
          <Text data-testid="inquiry-status">{t(data.status === 'open' ? 'relations.inquiry.open' : 'relations.inquiry.answered')}</Text>
          <Title order={3} size="h5">
            {t('relations.inquiry.answer')}
          </Title>
          <Text>{data.answer ?? t('relations.inquiry.noAnswer')}</Text>
        </Stack>
      </Paper>
    </Stack>
  );
}
