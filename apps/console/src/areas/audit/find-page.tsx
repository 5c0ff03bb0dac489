import { Anchor, Button, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { unwrap } from '../../api/client';
import { useApi } from '../../api/context';
import type { components } from '../../api/generated/intake';
import { useT } from '../../i18n/locale';
import { DualDate } from '../../kit/dates';
import { PagedList } from '../../kit/paged';
import { ErrorNotice } from '../../kit/states';
import { TableScroll } from '../../kit/table-scroll';

type Row = components['schemas']['ApplicationPageDto']['items'][number];
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The auditor's way in (ADR 0044): a case by the number the applicant quotes or by its id, an allocation
 * round by its id, or one of the latest cases.
 */
export function AuditFindPage() {
  const api = useApi();
  const t = useT();
  const navigate = useNavigate();
  const [wanted, setWanted] = useState('');
  const [round, setRound] = useState('');
  const [caseError, setCaseError] = useState<string | undefined>();
  const [roundError, setRoundError] = useState<string | undefined>();
  const find = useMutation({
    mutationFn: async (value: string): Promise<string | null> => {
      if (UUID.test(value)) return value;
      const page = await unwrap(api.intake.GET('/applications', { params: { query: { caseNumber: value, limit: 1 } } }));
      return page.items[0]?.caseId ?? null;
    },
    onSuccess: (caseId) => (caseId ? void navigate(`/audit/cases/${caseId}`) : setCaseError(t('audit.find.notFound'))),
  });
  const openCase = (event: FormEvent) => {
    event.preventDefault();
    const value = wanted.trim();
    if (!/^[A-Za-z0-9-]{1,40}$/.test(value)) return setCaseError(t('audit.find.invalid'));
    setCaseError(undefined);
    find.mutate(value);
  };
  const openRound = (event: FormEvent) => {
    event.preventDefault();
    const value = round.trim();
    if (!UUID.test(value)) return setRoundError(t('audit.round.invalid'));
    void navigate(`/audit/rounds/${value}`);
  };
  return (
    <Stack gap="md" maw={1100}>
      <Title order={2}>{t('audit.title')}</Title>
      <Text c="gray.8">{t('audit.intro')}</Text>
      <Paper withBorder p="md">
        <form onSubmit={openCase} noValidate>
          <Group align="end" wrap="wrap">
            <TextInput
              label={t('audit.find.label')}
              description={t('audit.find.description')}
              value={wanted}
              onChange={(e) => setWanted(e.currentTarget.value)}
              error={caseError}
              data-testid="audit-case"
              dir="ltr"
              style={{ flex: '1 1 16rem' }}
            />
            <Button type="submit" loading={find.isPending}>
              {t('audit.find.submit')}
            </Button>
          </Group>
        </form>
        {find.isError ? <ErrorNotice error={find.error} /> : null}
      </Paper>
      <Paper withBorder p="md">
        <form onSubmit={openRound} noValidate>
          <Group align="end" wrap="wrap">
            <TextInput
              label={t('audit.round.label')}
              value={round}
              onChange={(e) => setRound(e.currentTarget.value)}
              error={roundError}
              data-testid="audit-round"
              dir="ltr"
              style={{ flex: '1 1 16rem' }}
            />
            <Button type="submit" variant="light">
              {t('audit.round.submit')}
            </Button>
          </Group>
        </form>
      </Paper>
      <Stack gap="xs" component="section" aria-labelledby="audit-recent">
        <Title order={3} id="audit-recent">
          {t('audit.recent.title')}
        </Title>
        <PagedList<Row>
          queryKey={['audit', 'recent']}
          fetchPage={(cursor) => unwrap(api.intake.GET('/applications', { params: { query: { limit: 10, cursor } } }))}
          render={(items) => (
            <TableScroll label={t('audit.recent.title')} minWidth={420}>
              <Table striped data-testid="audit-recent">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('audit.col.case')}</Table.Th>
                    <Table.Th>{t('audit.col.created')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {items.map((item) => (
                    <Table.Tr key={item.caseId} data-case={item.caseId}>
                      <Table.Td>
                        <Anchor component={Link} to={`/audit/cases/${item.caseId}`} dir="ltr">
                          {item.caseNumber ?? item.caseId.slice(0, 8)}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>
                        <DualDate value={item.createdAt} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </TableScroll>
          )}
        />
      </Stack>
    </Stack>
  );
}
