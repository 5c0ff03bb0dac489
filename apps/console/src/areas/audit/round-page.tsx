import { Anchor, Stack, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { unwrap } from '../../api/client';
import { useApi } from '../../api/context';
import { useT } from '../../i18n/locale';
import { ErrorNotice, Loading } from '../../kit/states';
import { DecisionsTable } from './decisions';

/** An allocation round's proposals re-run on their recorded input (ADR 0037, 0044). */
export function AuditRoundPage() {
  const { roundId = '' } = useParams();
  const api = useApi();
  const t = useT();
  const decisions = useQuery({
    queryKey: ['audit', 'round', roundId],
    queryFn: () => unwrap(api.intake.GET('/audit/rounds/{roundId}/decisions', { params: { path: { roundId } } })),
  });
  return (
    <Stack gap="md" maw={1200}>
      <Anchor component={Link} to="/audit" size="sm">
        {t('audit.back')}
      </Anchor>
      <Title order={2}>{t('audit.round.title', { roundId: roundId.slice(0, 8) })}</Title>
      {decisions.isPending ? (
        <Loading />
      ) : decisions.isError ? (
        <ErrorNotice error={decisions.error} onRetry={() => void decisions.refetch()} />
      ) : (
        <DecisionsTable report={decisions.data} />
      )}
    </Stack>
  );
}
