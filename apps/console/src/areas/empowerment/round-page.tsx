import { Alert, Anchor, Button, Group, NumberInput, Paper, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { unwrap } from '../../api/client';
import { useApi } from '../../api/context';
import { useSession } from '../../auth/auth';
import { useLocale, useT } from '../../i18n/locale';
import { DualDate } from '../../kit/dates';
import { useServices } from '../../kit/services';
import { ErrorNotice, fieldReasons, Loading } from '../../kit/states';
import { TableScroll } from '../../kit/table-scroll';
import { mayCall } from '../permissions';
import { allInFields, hijriOf, reasonsUnder, riyadhToday, RoundBadge, useUnits, WEIGHT_FACTORS, type Schemas } from './common';

type Round = Schemas['AllocationRoundDto'];
type Ranked = Schemas['RankedRequestDto'];

/**
 * A round (partner allocation 3; docs/adr/0037): its ranking, and for each partner why: each factor's
 * score, weight and contribution, the share and why it is less than asked. The team recomputes a proposal;
 * the director and the board try other weights (nothing recorded) and approve it in a session.
 */
export function RoundPage({ base, nav }: { base: string; nav: ReactNode }) {
  const { roundId = '' } = useParams();
  const api = useApi();
  const t = useT();
  const { language } = useLocale();
  const { roles } = useSession();
  const { nameOf } = useServices();
  const units = useUnits();
  const queryClient = useQueryClient();
  const view = useQuery({
    queryKey: ['allocation-round', roundId],
    queryFn: () => unwrap(api.partner.GET('/allocation-rounds/{roundId}', { params: { path: { roundId } } })),
    refetchInterval: (query) => (query.state.data && query.state.data.status !== 'proposed' && query.state.data.status !== 'approved' ? 3000 : false),
  });
  const recompute = useMutation({
    mutationFn: () => unwrap(api.partner.POST('/allocation-rounds/{roundId}/recompute', { params: { path: { roundId } } })),
    onSuccess: (round) => queryClient.setQueryData(['allocation-round', roundId], round),
  });
  if (view.isPending) return <Loading />;
  if (view.isError) return <ErrorNotice error={view.error} onRetry={() => void view.refetch()} />;
  const round = view.data;
  const proposal = round.proposal;
  return (
    <Stack gap="md" maw={1100}>
      {nav}
      <Group justify="space-between" wrap="wrap">
        <Title order={2}>{t('pa.round.title', { service: nameOf(round.serviceId, language) })}</Title>
        <RoundBadge status={round.status} />
      </Group>
      <Paper withBorder p="md" data-testid="round-details">
        <Stack gap={4}>
          <Text>
            {t('pa.capacity')}: {units(round.capacity, round.unit)} · {t('empower.schedule.perBeneficiary')}: {round.unitsPerBeneficiary}
          </Text>
          <Text size="sm">
            {t('pa.opens')}: <DualDate value={round.opensAt} />
          </Text>
          <Text size="sm">
            {t('pa.closes')}: <DualDate value={round.closesAt} />
          </Text>
          {proposal ? (
            <Text size="sm">
              {t('pa.proposal.summary', {
                asked: units(proposal.totalAsked, round.unit),
                allocated: units(proposal.allocated, round.unit),
                left: units(proposal.unallocated, round.unit),
              })}{' '}
              · {proposal.proposedBy ? t('pa.proposal.recomputed') : t('pa.proposal.atClose')} <DualDate value={proposal.proposedAt} />
            </Text>
          ) : (
            <Text size="sm">{t('pa.proposal.none')}</Text>
          )}
        </Stack>
      </Paper>
      {round.approval ? <ApprovalShown approval={round.approval} /> : null}
      {proposal ? (
        <>
          <Title order={3} size="h4">
            {t('pa.ranking')}
          </Title>
          <Stack gap="sm" component="ol" p={0} style={{ listStyle: 'none' }} aria-label={t('pa.ranking')}>
            {proposal.ranking.map((line) => (
              <RankedLine key={line.partnerRequestId} line={line} round={round} base={base} />
            ))}
          </Stack>
          {proposal.excluded.length > 0 ? (
            <Paper withBorder p="md">
              <Title order={3} size="h5">
                {t('pa.excluded')}
              </Title>
              <Stack gap={4} component="ul" mt="xs">
                {proposal.excluded.map((e) => (
                  <Text key={e.partnerRequestId} component="li" size="sm" data-testid="excluded" data-id={e.partnerRequestId}>
                    {e.reason[language]}
                  </Text>
                ))}
              </Stack>
            </Paper>
          ) : null}
        </>
      ) : null}
      {round.status === 'proposed' && mayCall('partner-allocation POST /allocation-rounds/{roundId}/recompute', roles) ? (
        <Paper withBorder p="md">
          <Group justify="space-between" wrap="wrap">
            <Text size="sm">{t('empower.recompute.help')}</Text>
            <Button variant="default" loading={recompute.isPending} onClick={() => recompute.mutate()} data-testid="recompute">
              {t('empower.recompute')}
            </Button>
          </Group>
          {recompute.isError ? <ErrorNotice error={recompute.error} /> : null}
          {recompute.isSuccess ? (
            <Alert color="athar" role="status" mt="sm">
              {t('empower.recompute.done')}
            </Alert>
          ) : null}
        </Paper>
      ) : null}
      {proposal && mayCall('partner-allocation POST /allocation-rounds/{roundId}/what-if', roles) ? <WhatIf round={round} proposal={proposal} /> : null}
      {round.status === 'proposed' && mayCall('partner-allocation POST /allocation-rounds/{roundId}/approval', roles) ? (
        <ApproveRound roundId={roundId} />
      ) : null}
    </Stack>
  );
}

/** One partner's line: rank, share of asked, and the explanation (factor by factor, then why the share). */
function RankedLine({ line, round, base }: { line: Ranked; round: Round; base: string }) {
  const t = useT();
  const { language } = useLocale();
  const { roles } = useSession();
  const units = useUnits();
  const mayDraft = round.status === 'approved' && line.share > 0 && mayCall('partner-allocation POST /partner-agreements', roles);
  return (
    <Paper component="li" withBorder p="sm" data-testid="ranked" data-id={line.partnerRequestId}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap">
          <Text fw={700}>
            {t('pa.rank', { rank: line.rank })} · {line.partner.name[language]}
          </Text>
          <Text fw={700} data-testid="share">
            {t('pa.shareOfAsked', { share: units(line.share, round.unit), asked: units(line.asked, round.unit) })}
          </Text>
        </Group>
        <Text size="sm">
          {t('pa.totalScore', { score: line.totalScore, max: line.maxScore })} · {t(`pa.outcome.${line.outcome}`)}
        </Text>
        <TableScroll label={t('pa.explanation', { partner: line.partner.name[language] })} minWidth={560}>
          <Table withTableBorder fz="sm" data-testid="factors">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('pa.factorCol')}</Table.Th>
                <Table.Th>{t('pa.scoreCol')}</Table.Th>
                <Table.Th>{t('pa.weightCol')}</Table.Th>
                <Table.Th>{t('pa.contributionCol')}</Table.Th>
                <Table.Th>{t('pa.basisCol')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {line.factors.map((f) => (
                <Table.Tr key={f.factor}>
                  <Table.Td>{f.name[language]}</Table.Td>
                  <Table.Td>{t('common.number', { value: f.score })}</Table.Td>
                  <Table.Td>{t('common.number', { value: f.weight })}</Table.Td>
                  <Table.Td>{t('common.number', { value: f.contribution })}</Table.Td>
                  <Table.Td>{f.basis[language]}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
        <Stack gap={2} component="ul" p={0} style={{ listStyle: 'none' }} aria-label={t('pa.why')} data-testid="reasons">
          {line.reasons.map((r) => (
            <Text key={r.code} component="li" size="sm">
              {r.text[language]}
            </Text>
          ))}
        </Stack>
        {mayDraft ? (
          <Anchor
            component={Link}
            to={`${base}/agreements/new?roundId=${round.roundId}&partnerRequestId=${line.partnerRequestId}&units=${line.share}&unit=${round.unit}`}
            w="fit-content"
            data-testid="draft-link"
          >
            {t('empower.draft.link')}
          </Anchor>
        ) : null}
      </Stack>
    </Paper>
  );
}

function ApprovalShown({ approval }: { approval: NonNullable<Round['approval']> }) {
  const t = useT();
  return (
    <Alert color="athar" role="status" title={t('pa.approved.title')} data-testid="approval">
      <Text size="sm">
        {t('pa.approved.session', { session: approval.session, role: t(`pa.role.${approval.role}`) })}{' '}
        <DualDate value={`${approval.gregorianDate}T12:00:00+03:00`} />
      </Text>
    </Alert>
  );
}

/** Approve in a session: its name or number and its day (today by default), recorded in Hijri and Gregorian. */
function ApproveRound({ roundId }: { roundId: string }) {
  const api = useApi();
  const t = useT();
  const { language } = useLocale();
  const queryClient = useQueryClient();
  const form = useForm({ mode: 'controlled', initialValues: { session: '', gregorianDate: riyadhToday() } });
  const day = form.getValues().gregorianDate;
  const approve = useMutation({
    mutationFn: () => {
      const v = form.getValues();
      return unwrap(
        api.partner.POST('/allocation-rounds/{roundId}/approval', {
          params: { path: { roundId } },
          body: {
            session: v.session.trim(),
            gregorianDate: v.gregorianDate,
            hijriDate: /^\d{4}-\d{2}-\d{2}$/.test(v.gregorianDate) ? hijriOf(v.gregorianDate) : '',
          },
        }),
      );
    },
    onSuccess: (round) => {
      queryClient.setQueryData(['allocation-round', roundId], round);
      void queryClient.invalidateQueries({ queryKey: ['allocation-rounds'] });
    },
  });
  return (
    <Paper withBorder p="md" component="form" aria-label={t('pa.approve.title')} onSubmit={(e) => (e.preventDefault(), approve.mutate())}>
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t('pa.approve.title')}
        </Title>
        <TextInput label={t('pa.approve.session')} {...form.getInputProps('session')} error={fieldReasons(approve.error, 'session', language)} />
        <TextInput
          type="date"
          label={t('pa.approve.date')}
          {...form.getInputProps('gregorianDate')}
          error={reasonsUnder(approve.error, 'gregorianDate', language) ?? reasonsUnder(approve.error, 'hijriDate', language)}
        />
        {/^\d{4}-\d{2}-\d{2}$/.test(day) ? (
          <Text size="sm" data-testid="approval-day">
            {t('pa.approve.recorded')} <DualDate value={`${day}T12:00:00+03:00`} />
          </Text>
        ) : null}
        {approve.isError && !allInFields(approve.error, ['session', 'gregorianDate', 'hijriDate']) ? <ErrorNotice error={approve.error} /> : null}
        <Group justify="flex-end">
          <Button type="submit" loading={approve.isPending} data-testid="approve">
            {t('pa.approve.send')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/** The same proposal with other weights, side by side; nothing is recorded (docs/adr/0037). */
function WhatIf({ round, proposal }: { round: Round; proposal: NonNullable<Round['proposal']> }) {
  const api = useApi();
  const t = useT();
  const { language } = useLocale();
  const units = useUnits();
  const form = useForm({ mode: 'controlled', initialValues: { ...proposal.weights } as Record<(typeof WEIGHT_FACTORS)[number], number | string> });
  const whatIf = useMutation({
    mutationFn: () => {
      const v = form.getValues();
      const otherWeights = Object.fromEntries(WEIGHT_FACTORS.map((f) => [f, typeof v[f] === 'number' ? v[f] : Number.NaN])) as Schemas['OtherWeightsDto'];
      return unwrap(api.partner.POST('/allocation-rounds/{roundId}/what-if', { params: { path: { roundId: round.roundId } }, body: { otherWeights } }));
    },
  });
  const nameOf = (id: string) => proposal.ranking.find((r) => r.partnerRequestId === id)?.partner.name[language] ?? id.slice(0, 8);
  return (
    <Paper withBorder p="md" component="form" aria-label={t('pa.whatIf.title')} onSubmit={(e) => (e.preventDefault(), whatIf.mutate())}>
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t('pa.whatIf.title')}
        </Title>
        <Text size="sm" c="gray.8">
          {t('pa.whatIf.help')}
        </Text>
        <SimpleGrid cols={{ base: 2, sm: 4 }}>
          {WEIGHT_FACTORS.map((f) => (
            <NumberInput
              key={f}
              label={t(`pa.weight.${f}`)}
              min={0}
              max={1000}
              allowDecimal={false}
              {...form.getInputProps(f)}
              error={reasonsUnder(whatIf.error, `otherWeights.${f}`, language)}
            />
          ))}
        </SimpleGrid>
        {whatIf.isError &&
        !allInFields(
          whatIf.error,
          WEIGHT_FACTORS.map((f) => `otherWeights.${f}`),
        ) ? (
          <ErrorNotice error={whatIf.error} />
        ) : null}
        <Group justify="flex-end">
          <Button type="submit" variant="default" loading={whatIf.isPending} data-testid="what-if">
            {t('pa.whatIf.send')}
          </Button>
        </Group>
        {whatIf.isSuccess ? (
          whatIf.data.differences.length === 0 ? (
            <Text role="status">{t('pa.whatIf.same')}</Text>
          ) : (
            <TableScroll label={t('pa.whatIf.differences')} minWidth={520}>
              <Table withTableBorder fz="sm" data-testid="what-if-differences">
                <Table.Caption>{t('pa.whatIf.differences')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('pa.partner')}</Table.Th>
                    <Table.Th>{t('pa.whatIf.rank')}</Table.Th>
                    <Table.Th>{t('pa.whatIf.score')}</Table.Th>
                    <Table.Th>{t('pa.whatIf.share')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {whatIf.data.differences.map((d) => (
                    <Table.Tr key={d.partnerRequestId}>
                      <Table.Td>{nameOf(d.partnerRequestId)}</Table.Td>
                      <Table.Td>{t('pa.whatIf.change', { current: String(d.rank.current), alternative: String(d.rank.alternative) })}</Table.Td>
                      <Table.Td>{t('pa.whatIf.change', { current: String(d.totalScore.current), alternative: String(d.totalScore.alternative) })}</Table.Td>
                      <Table.Td>
                        {t('pa.whatIf.change', { current: units(d.share.current, round.unit), alternative: units(d.share.alternative, round.unit) })}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </TableScroll>
          )
        ) : null}
      </Stack>
    </Paper>
  );
}
