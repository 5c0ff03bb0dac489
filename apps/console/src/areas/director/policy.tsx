import { Badge, Button, Group, NumberInput, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useApi } from '../../api/context';
import { TableScroll } from '../../kit/table-scroll';
import { unwrap } from '../../api/client';
import type { components } from '../../api/generated/eligibility';
import { BarChart } from '../../kit/bar-chart';
import { DualDate } from '../../kit/dates';
import { ErrorNotice, fieldReasons, Loading } from '../../kit/states';
import { useLocale, useT } from '../../i18n/locale';

type Policy = components['schemas']['PolicyInForceDto'];
type Criterion = components['schemas']['CriterionDto'];
type Answer = components['schemas']['WhatIfAnswerDto'];

/** A criterion whose value is a number: a threshold the board may move in a draft (Tuwaiq 6-3). */
const isThreshold = (c: Criterion): c is Criterion & { value: number } => typeof c.value === 'number';
const fieldOf = (serviceId: string, index: number) => `services.${serviceId}.criteria.${index}.value`;

/** The eligibility policy in force: its version, the board session that approved it (Hijri and Gregorian), its criteria (Tuwaiq 6-3, 6-4). */
export function PolicyInForce() {
  const api = useApi();
  const t = useT();
  const { language } = useLocale();
  const policy = useQuery({ queryKey: ['director', 'policy'], queryFn: () => unwrap(api.eligibility.GET('/eligibility/policy')) });
  if (policy.isPending) return <Loading />;
  if (policy.isError) return <ErrorNotice error={policy.error} onRetry={() => void policy.refetch()} />;
  const p = policy.data;
  return (
    <Stack gap="sm">
      <Stack gap="xs" component="section" aria-labelledby="director-policy" data-testid="policy">
        <Group gap="sm">
          <Title order={3} id="director-policy">
            {t('director.policy.title')}
          </Title>
          <Badge variant="light" color="athar.9">
            {t('director.policy.version', { version: p.version })}
          </Badge>
          <Badge variant="outline" color="gray.8">
            {t(p.status === 'approved' ? 'director.policy.status.approved' : 'director.policy.status.draft')}
          </Badge>
        </Group>
        {p.approval ? (
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
            <Labelled label={t('director.policy.session')} testId="policy-session">
              {p.approval.session}
            </Labelled>
            <Labelled label={t('director.policy.hijri')} testId="policy-hijri">
              <span dir="ltr">{p.approval.hijriDate}</span>
            </Labelled>
            <Labelled label={t('director.policy.gregorian')} testId="policy-gregorian">
              <span dir="ltr">{p.approval.gregorianDate}</span>
            </Labelled>
          </SimpleGrid>
        ) : (
          <Text>{t('director.policy.noApproval')}</Text>
        )}
        <Labelled label={t('director.policy.effective')} testId="policy-effective">
          <DualDate value={p.effectiveFrom} />
        </Labelled>
        <Text fw={600}>{t('director.policy.criteria')}</Text>
        {Object.entries(p.services).map(([serviceId, service]) => (
          <Stack key={serviceId} gap={2}>
            <Text size="sm" fw={600}>
              {serviceId}
            </Text>
            <Text size="sm" component="ul" m={0} ps="lg">
              {service.criteria.map((c) => (
                <li key={c.id}>{language === 'ar' ? c.met.ar : c.met.en}</li>
              ))}
            </Text>
          </Stack>
        ))}
      </Stack>
      <WhatIf policy={p} />
    </Stack>
  );
}

function Labelled({ label, children, testId }: { label: string; children: React.ReactNode; testId: string }) {
  return (
    <Stack gap={0} data-testid={testId}>
      <Text size="sm" c="gray.8">
        {label}
      </Text>
      <Text component="div">{children}</Text>
    </Stack>
  );
}

/**
 * The what-if comparison (Tuwaiq 6-3): a draft made from the version in force with the thresholds the board
 * moves, judged by the service against the current cases; how many would change outcome, and which.
 */
function WhatIf({ policy }: { policy: Policy }) {
  const api = useApi();
  const t = useT();
  const { language } = useLocale();
  const thresholds = Object.entries(policy.services).flatMap(([serviceId, service]) =>
    service.criteria.flatMap((c, index) => (isThreshold(c) ? [{ serviceId, index, criterion: c }] : [])),
  );
  const [values, setValues] = useState<Record<string, number | string>>(() =>
    Object.fromEntries(thresholds.map(({ serviceId, index, criterion }) => [fieldOf(serviceId, index), criterion.value])),
  );
  const compare = useMutation({
    mutationFn: () => {
      const services = Object.fromEntries(
        Object.entries(policy.services).map(([serviceId, service]) => [
          serviceId,
          {
            ...service,
            criteria: service.criteria.map((c, index) => {
              const changed = values[fieldOf(serviceId, index)];
              return isThreshold(c) && changed !== undefined ? { ...c, value: typeof changed === 'number' ? changed : Number.NaN } : c;
            }),
          },
        ]),
      );
      const { reviewsDue: _reviews, ...inForce } = policy;
      return unwrap(
        api.eligibility.POST('/eligibility/policy/what-if', {
          body: { ...inForce, services, version: policy.version + 1, status: 'draft', approval: null },
        }),
      );
    },
  });
  return (
    <Stack gap="xs" component="section" aria-labelledby="director-what-if">
      <Title order={3} id="director-what-if">
        {t('director.whatIf.title')}
      </Title>
      <Text c="gray.8">{t('director.whatIf.intro')}</Text>
      {thresholds.length === 0 ? <Text>{t('director.whatIf.noNumbers')}</Text> : null}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          compare.mutate();
        }}
      >
        <Stack gap="xs">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {thresholds.map(({ serviceId, index, criterion }) => {
              const field = fieldOf(serviceId, index);
              return (
                <NumberInput
                  key={field}
                  label={`${serviceId} — ${language === 'ar' ? criterion.met.ar : criterion.met.en}`}
                  value={values[field]}
                  onChange={(value) => setValues((current) => ({ ...current, [field]: value }))}
                  error={fieldReasons(compare.error, field, language)}
                  data-testid={`threshold-${criterion.id}`}
                />
              );
            })}
          </SimpleGrid>
          <Button type="submit" w="fit-content" loading={compare.isPending}>
            {t('director.whatIf.run')}
          </Button>
        </Stack>
      </form>
      {compare.isError && !thresholds.some(({ serviceId, index }) => fieldReasons(compare.error, fieldOf(serviceId, index), language)) ? (
        <ErrorNotice error={compare.error} />
      ) : null}
      {compare.data ? <Comparison answer={compare.data} /> : null}
    </Stack>
  );
}

function Comparison({ answer }: { answer: Answer }) {
  const t = useT();
  const { language } = useLocale();
  const outcome = (o: 'eligible' | 'not-eligible') => t(`director.outcome.${o}`);
  return (
    <Stack gap="sm" data-testid="what-if-result" role="status">
      <Text fw={600}>
        {t('director.whatIf.summary', { changed: answer.changes.length, compared: answer.compared, from: answer.inForceVersion, to: answer.draftVersion })}
      </Text>
      {answer.truncated ? <Text c="gray.8">{t('director.whatIf.truncated', { limit: answer.limit, total: answer.total })}</Text> : null}
      <BarChart
        testId="chart-what-if"
        title={t('director.whatIf.chart')}
        bars={[
          { label: t('director.whatIf.same'), value: answer.compared - answer.changes.length },
          { label: t('director.whatIf.changes'), value: answer.changes.length, color: 'orange.9' },
        ]}
      />
      {answer.changes.length > 0 ? (
        <TableScroll label={t('director.whatIf.chart')} minWidth={520}>
          <Table striped data-testid="what-if-changes">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('director.whatIf.col.case')}</Table.Th>
                <Table.Th>{t('director.whatIf.col.now')}</Table.Th>
                <Table.Th>{t('director.whatIf.col.draft')}</Table.Th>
                <Table.Th>{t('director.whatIf.col.why')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {answer.changes.map((change) => (
                <Table.Tr key={change.caseId}>
                  <Table.Td dir="ltr">{change.caseNumber ?? change.caseId.slice(0, 8)}</Table.Td>
                  <Table.Td>{outcome(change.from)}</Table.Td>
                  <Table.Td>{outcome(change.to)}</Table.Td>
                  <Table.Td>
                    {change.criteria
                      .map((c) => {
                        const reason = c.after?.reason ?? c.before?.reason;
                        return reason ? (language === 'ar' ? reason.ar : reason.en) : c.criterionId;
                      })
                      .join(' · ')}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      ) : null}
    </Stack>
  );
}
