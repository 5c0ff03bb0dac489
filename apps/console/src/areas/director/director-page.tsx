import { Stack, Title } from '@mantine/core';
import { useSession } from '../../auth/auth';
import { useT } from '../../i18n/locale';
import { mayCall } from '../permissions';
import { CasesByStage, TimeToDecision } from './case-figures';
import { Deadlines, Figures } from './deadlines';
import { PolicyInForce } from './policy';

/**
 * The executive director's and board's overview: the committee's escalations and breaches (for the roles
 * that watch deadlines), the figures (the committee's, and the cases by stage and channel and the time to
 * decision against the review window, which the board sees too), the eligibility policy in force and the what-if comparison of a draft.
 */
export function DirectorPage() {
  const t = useT();
  const { roles } = useSession();
  const seesFigures = mayCall('intake GET /figures/cases-by-stage', roles) && mayCall('intake GET /figures/time-to-decision', roles);
  const watchesDeadlines = mayCall('committee-review GET /committee/deadlines', roles) && mayCall('committee-review GET /committee/queue', roles);
  return (
    <Stack gap="xl">
      <Title order={2}>{t('director.title')}</Title>
      {watchesDeadlines ? <Deadlines /> : null}
      {watchesDeadlines ? <Figures /> : null}
      {seesFigures ? <CasesByStage /> : null}
      {seesFigures ? <TimeToDecision /> : null}
      <PolicyInForce />
    </Stack>
  );
}
