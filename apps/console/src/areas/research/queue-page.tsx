import { Anchor, Badge, Group, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { unwrap } from '../../api/client';
import { useApi } from '../../api/context';
import type { components } from '../../api/generated/eligibility';
import { useSession } from '../../auth/auth';
import { useLocale, useT } from '../../i18n/locale';
import type { MessageId } from '../../i18n/messages';
import { DualDate } from '../../kit/dates';
import { PagedList } from '../../kit/paged';
import { QUEUE_ROLES, ResearchNav, type QueueRole } from './research-nav';

type WorkItem = components['schemas']['WorkItemDto'];
type Kind = WorkItem['kind'];
const KNOWN_REASONS = ['attached', 'expiring', 'periodic-review'] as const;

/** Open tasks of one role's queue, by due date as the service sorts them (Tuwaiq 6-2: documents; 6-4: lapsed beneficiaries). */
export function QueuePage() {
  const api = useApi();
  const t = useT();
  const { language } = useLocale();
  const { roles } = useSession();
  const mine = QUEUE_ROLES.filter((role) => roles.includes(role));
  const [role, setRole] = useState<QueueRole>(mine[0] ?? 'services-officer');
  const [kind, setKind] = useState<Kind>('document-verification');
  return (
    <Stack gap="md">
      <ResearchNav />
      <Title order={2}>{t('research.queue.title', { role: t(`research.role.${role}`) })}</Title>
      <Group gap="md" wrap="wrap">
        {mine.length > 1 ? (
          <SegmentedControl
            aria-label={t('research.queue.role')}
            value={role}
            onChange={(value) => setRole(value as QueueRole)}
            data={mine.map((r) => ({ value: r, label: t(`research.role.${r}`) }))}
          />
        ) : null}
        <SegmentedControl
          aria-label={t('research.queue.kind')}
          value={kind}
          onChange={(value) => setKind(value as Kind)}
          data={(['document-verification', 'eligibility-lapsed'] as const).map((k) => ({ value: k, label: t(`research.kind.${k}`) }))}
        />
      </Group>
      {kind === 'eligibility-lapsed' ? (
        <Text size="sm" c="gray.8">
          {t('research.lapsed.note')}
        </Text>
      ) : null}
      <PagedList<WorkItem>
        queryKey={['work-queue', role, kind]}
        fetchPage={(cursor) =>
          unwrap(
            api.eligibility.GET('/work-queues/{role}', {
              params: { path: { role }, query: { status: 'open', kind, limit: 25, ...(cursor ? { cursor } : {}) } },
            }),
          )
        }
        empty={
          <Text c="gray.8" role="status">
            {t('research.queue.empty')}
          </Text>
        }
        render={(items) => (
          <Stack gap="sm" component="ul" p={0} style={{ listStyle: 'none' }} aria-label={t(`research.kind.${kind}`)}>
            {items.map((item) => (
              <Paper key={`${item.caseId}:${item.documentId ?? 'lapse'}`} component="li" withBorder p="sm" data-testid="work-item">
                <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
                  <Stack gap={4}>
                    <Text fw={700}>{item.documentType ? t(`doctype.${item.documentType}` as MessageId) : t('research.kind.eligibility-lapsed')}</Text>
                    <Text size="sm">
                      {t('research.col.case')}:{' '}
                      <Text component="span" dir="ltr" ff="monospace">
                        {item.caseId.slice(0, 8)}
                      </Text>
                    </Text>
                    <Text size="sm">
                      {t('research.col.due')}: {item.dueBy ? <DualDate value={item.dueBy} /> : t('research.due.none')}
                    </Text>
                    <Text size="sm">
                      {t('research.col.opened')}: <DualDate value={item.openedAt} />
                    </Text>
                    {item.details.map((detail, index) => (
                      <Text key={index} size="sm">
                        {detail[language]}
                      </Text>
                    ))}
                  </Stack>
                  <Stack gap={6} align="flex-end">
                    <Badge variant="filled" color="athar">
                      {(KNOWN_REASONS as readonly string[]).includes(item.reason) ? t(`research.reason.${item.reason}` as MessageId) : item.reason}
                    </Badge>
                    {item.documentId ? (
                      <Anchor component={Link} to={`/research/cases/${item.caseId}/documents/${item.documentId}`}>
                        {t('research.open.document')}
                      </Anchor>
                    ) : null}
                    <Anchor component={Link} to={`/research/cases/${item.caseId}`}>
                      {t('research.open.eligibility')}
                    </Anchor>
                  </Stack>
                </Group>
              </Paper>
            ))}
          </Stack>
        )}
      />
    </Stack>
  );
}
