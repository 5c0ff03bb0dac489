import { Stack, Table, Text } from '@mantine/core';
import type { components } from '../../api/generated/intake';
import { useLocale, useT } from '../../i18n/locale';
import { DualDate } from '../../kit/dates';
import { bilingual } from '../../kit/states';
import { TableScroll } from '../../kit/table-scroll';

type Report = components['schemas']['DecisionsReportDto'];
type Check = Report['decisions'][number];

const VERDICT_COLOR: Record<Check['verdict'], string> = { same: 'green.9', differs: 'red.9', 'cannot-reproduce': 'orange.9' };

/**
 * Every decision re-run (ADR 0044): same, differs with each differing field (recorded beside re-run), or
 * cannot be reproduced with the reason; Tuwaiq 6-5 (decisions use only declared criteria).
 */
export function DecisionsTable({ report }: { report: Report }) {
  const t = useT();
  const { language } = useLocale();
  if (report.decisions.length === 0)
    return (
      <Text c="gray.8" role="status">
        {t('audit.decisions.none')}
      </Text>
    );
  return (
    <Stack gap="xs">
      <Text fw={600} data-testid="decisions-summary">
        {t('audit.decisions.summary', { ...report.summary })}
      </Text>
      <TableScroll label={t('audit.decisions.title')} minWidth={720}>
        <Table striped data-testid="decisions">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('audit.col.decision')}</Table.Th>
              <Table.Th>{t('audit.col.recordedAt')}</Table.Th>
              <Table.Th>{t('audit.col.policy')}</Table.Th>
              <Table.Th>{t('audit.col.verdict')}</Table.Th>
              <Table.Th>{t('audit.col.difference')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.decisions.map((check) => (
              <Table.Tr key={check.eventId} data-event={check.eventId} data-verdict={check.verdict}>
                <Table.Td>
                  <Text span>{t(`audit.kind.${check.kind}`)}</Text>{' '}
                  <Text span size="sm" c="gray.8" dir="ltr">
                    ({check.type})
                  </Text>
                </Table.Td>
                <Table.Td>
                  <DualDate value={check.recordedAt} />
                </Table.Td>
                <Table.Td>
                  {t('audit.policy.versions', {
                    policy: check.policyVersion ?? '—',
                    eligibility: check.eligibilityPolicyVersion ?? '—',
                  })}
                </Table.Td>
                <Table.Td>
                  {/* text, not a badge: axe found the small filled badge's label short of contrast in English */}
                  <Text
                    span
                    fw={700}
                    td={check.verdict === 'same' ? undefined : 'underline'}
                    data-testid="verdict"
                    style={{ borderInlineStart: `4px solid var(--mantine-color-${VERDICT_COLOR[check.verdict].replace('.', '-')})`, paddingInlineStart: 6 }}
                  >
                    {t(`audit.verdict.${check.verdict}`)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {check.reason ? <Text data-testid="verdict-reason">{bilingual(check.reason, language)}</Text> : null}
                  {check.differences.length > 0 ? (
                    <Table data-testid="differences" withTableBorder>
                      <Table.Thead>
                        <Table.Tr>
                          <Table.Th>{t('audit.col.path')}</Table.Th>
                          <Table.Th>{t('audit.col.recorded')}</Table.Th>
                          <Table.Th>{t('audit.col.reproduced')}</Table.Th>
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {check.differences.map((d) => (
                          <Table.Tr key={d.path}>
                            <Table.Td dir="ltr">{d.path}</Table.Td>
                            <Table.Td dir="ltr">{d.recorded}</Table.Td>
                            <Table.Td dir="ltr">{d.reproduced}</Table.Td>
                          </Table.Tr>
                        ))}
                      </Table.Tbody>
                    </Table>
                  ) : check.reason ? null : (
                    '—'
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
    </Stack>
  );
}
