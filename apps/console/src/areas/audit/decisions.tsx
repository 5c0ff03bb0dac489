import { Alert, Stack, Table, Text } from '@mantine/core';
import type { components } from '../../api/generated/intake';
import { useLocale, useT } from '../../i18n/locale';
import type { MessageId } from '../../i18n/messages';
import { DualDate } from '../../kit/dates';
import { bilingual } from '../../kit/states';
import { TableScroll } from '../../kit/table-scroll';

type Report = components['schemas']['DecisionsReportDto'];
type Check = Report['decisions'][number];
type Difference = Check['differences'][number];

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
      <Text
        fw={600}
        data-testid="decisions-summary"
        data-same={report.summary.same}
        data-differs={report.summary.differs}
        data-cannot-reproduce={report.summary.cannotReproduce}
      >
        {t('audit.decisions.summary', { ...report.summary })}
      </Text>
      {report.summary.differs > 0 ? (
        <Alert color="red" variant="outline" data-testid="decisions-differ" title={t('audit.decisions.differ.title', { count: report.summary.differs })}>
          {t('audit.decisions.differ.body')}
        </Alert>
      ) : null}
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
                          <DifferenceRow key={d.path} difference={d} />
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

/** A field's name for the auditor (the recorded event's own path beside it), where the path is one the re-run compares. */
function fieldLabel(path: string): { id: MessageId; values?: Record<string, string | number> } | null {
  const criterion = /^criteria\.(\d+)\.(met|reason|criterionId)(?:\.(ar|en))?$/.exec(path);
  if (criterion) {
    const n = Number(criterion[1]) + 1;
    if (criterion[2] === 'met') return { id: 'audit.field.criterionMet', values: { n } };
    if (criterion[2] === 'reason') return { id: 'audit.field.criterionReason', values: { n } };
    return { id: 'audit.field.criterionId', values: { n } };
  }
  const input = /^inputs\.(.+)$/.exec(path);
  if (input) return { id: 'audit.field.input', values: { name: input[1] } };
  if (path === 'outcome') return { id: 'audit.field.outcome' };
  if (path === 'eligibilityPolicyVersion') return { id: 'audit.field.eligibilityPolicyVersion' };
  if (path === 'type') return { id: 'audit.field.decisionType' };
  if (path.startsWith('data.')) return { id: 'audit.field.decisionData' };
  if (path.startsWith('vote.')) return { id: 'audit.field.vote' };
  if (path.startsWith('allocation')) return { id: 'audit.field.allocation' };
  return null;
}

/** Values the re-run compares that have a name in the auditor's language (the raw value is shown beside it). */
const VALUE_LABEL: Record<string, MessageId> = {
  '"eligible"': 'audit.value.eligible',
  '"not-eligible"': 'audit.value.not-eligible',
  true: 'audit.value.true',
  false: 'audit.value.false',
  null: 'audit.value.absent',
  '"ApplicationAccepted"': 'audit.value.accepted',
  '"ApplicationRejected"': 'audit.value.rejected',
};

/** A JSON value as the auditor reads it: a string without its quotes, named in their language where it has a name. */
function DifferenceValue({ json, testId }: { json: string; testId: string }) {
  const t = useT();
  let raw = json;
  try {
    const parsed: unknown = JSON.parse(json);
    if (typeof parsed === 'string') raw = parsed;
  } catch {
    // not JSON: shown as it came
  }
  const named = VALUE_LABEL[json];
  return (
    <Table.Td data-testid={testId} data-value={json}>
      {named ? (
        <>
          <Text span fw={600}>
            {t(named)}
          </Text>{' '}
          {json === 'null' ? null : (
            <Text span size="sm" c="gray.8" dir="ltr">
              ({raw})
            </Text>
          )}
        </>
      ) : (
        // a reason may be Arabic or English: each runs in its own direction
        <Text span dir="auto" style={{ overflowWrap: 'anywhere' }}>
          {raw}
        </Text>
      )}
    </Table.Td>
  );
}

/** One field where the recorded decision and the re-run part: the field, what was recorded, what the re-run gives. */
function DifferenceRow({ difference }: { difference: Difference }) {
  const t = useT();
  const label = fieldLabel(difference.path);
  return (
    <Table.Tr data-path={difference.path}>
      <Table.Td data-testid="difference-field">
        {label ? (
          <Text span fw={600}>
            {t(label.id, label.values)}
          </Text>
        ) : null}{' '}
        <Text span size="sm" c="gray.8" dir="ltr" style={{ overflowWrap: 'anywhere' }}>
          {label ? `(${difference.path})` : difference.path}
        </Text>
      </Table.Td>
      <DifferenceValue json={difference.recorded} testId="difference-recorded" />
      <DifferenceValue json={difference.reproduced} testId="difference-reproduced" />
    </Table.Tr>
  );
}
