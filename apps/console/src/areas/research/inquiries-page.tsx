import { Alert, Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError, unwrap } from '../../api/client';
import { useApi } from '../../api/context';
import type { components } from '../../api/generated/intake';
import { useLocale, useT } from '../../i18n/locale';
import { DualDate } from '../../kit/dates';
import { PagedList } from '../../kit/paged';
import { ErrorNotice, fieldReasons } from '../../kit/states';
import { ResearchNav } from './research-nav';

type Inquiry = components['schemas']['InquiryDto'];

/** Open inquiries, oldest first as the service pages them; the social researcher answers each (the answer reaches the person by SMS or email). */
export function InquiriesPage() {
  const api = useApi();
  const t = useT();
  return (
    <Stack gap="md" maw={960}>
      <ResearchNav />
      <Title order={2}>{t('research.inquiries.title')}</Title>
      <PagedList<Inquiry>
        queryKey={['inquiries', 'open']}
        fetchPage={(cursor) => unwrap(api.intake.GET('/inquiries', { params: { query: { status: 'open', limit: 25, ...(cursor ? { cursor } : {}) } } }))}
        empty={
          <Text c="gray.8" role="status">
            {t('research.inquiries.empty')}
          </Text>
        }
        render={(items) => (
          <Stack gap="sm" component="ul" p={0} style={{ listStyle: 'none' }} aria-label={t('research.inquiries.title')}>
            {items.map((inquiry) => (
              <InquiryCard key={inquiry.inquiryId} inquiry={inquiry} />
            ))}
          </Stack>
        )}
      />
    </Stack>
  );
}

function InquiryCard({ inquiry }: { inquiry: Inquiry }) {
  const api = useApi();
  const t = useT();
  const { language } = useLocale();
  const [answer, setAnswer] = useState('');
  const send = useMutation({
    mutationFn: () =>
      unwrap(
        api.intake.POST('/inquiries/{inquiryId}/answer', {
          params: { path: { inquiryId: inquiry.inquiryId }, header: { 'If-Match': `"${inquiry.revision}"` } },
          body: { answer: answer.trim() },
        }),
      ),
  });
  const answerReasons = fieldReasons(send.error, 'answer', language);
  const fieldId = `answer-${inquiry.inquiryId}`;
  return (
    <Paper component="li" withBorder p="md" data-testid="inquiry">
      <Stack gap="xs">
        <Text fw={700}>{inquiry.question}</Text>
        <Text size="sm" c="gray.8">
          <DualDate value={inquiry.openedAt} /> · {t('research.inquiry.channel', { channel: inquiry.channel })}
          {inquiry.hasContact ? '' : ` · ${t('research.inquiry.noContact')}`}
        </Text>
        {send.isSuccess ? (
          <Alert color="athar" role="status" title={t('research.inquiry.answered')}>
            {answer.trim()}
          </Alert>
        ) : (
          <form onSubmit={(e) => (e.preventDefault(), send.mutate())}>
            <Stack gap="xs">
              <Textarea
                id={fieldId}
                label={t('research.inquiry.answer')}
                autosize
                minRows={2}
                value={answer}
                onChange={(e) => setAnswer(e.currentTarget.value)}
                error={answerReasons}
              />
              {send.isError && !(send.error instanceof ApiError && answerReasons) ? <ErrorNotice error={send.error} /> : null}
              <Group justify="flex-end">
                <Button type="submit" loading={send.isPending}>
                  {t('research.inquiry.send')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Stack>
    </Paper>
  );
}
