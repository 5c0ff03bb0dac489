import type { Area } from '../area';
import { AgreementPage, AgreementsList } from '../empowerment/agreements-page';
import { AreaLinks } from '../empowerment/common';
import { RoundPage } from '../empowerment/round-page';
import { RoundsList } from '../empowerment/rounds-page';

function AllocationNav() {
  return (
    <AreaLinks
      label="area.allocation"
      links={[
        { to: '/allocation', label: 'allocation.nav.rounds', exact: true },
        { to: '/allocation/agreements', label: 'allocation.nav.agreements' },
      ]}
    />
  );
}

/**
 * The executive director's and the board's partner allocation (Tuwaiq, partner allocation 3-4): the rounds
 * to approve in a session (its Hijri and Gregorian day), what-if with other weights, the agreements to
 * sign for the association or terminate with a reason. The same round and agreement screens as the team's.
 */
export const allocationArea: Area = {
  id: 'allocation',
  title: 'area.allocation',
  path: '/allocation',
  uses: ['partner-allocation GET /allocation-rounds', 'partner-allocation POST /allocation-rounds/{roundId}/approval'],
  inNavigation: true,
  routes: [
    { path: '/allocation', element: <RoundsList base="/allocation" nav={<AllocationNav />} /> },
    { path: '/allocation/rounds/:roundId', element: <RoundPage base="/allocation" nav={<AllocationNav />} /> },
    { path: '/allocation/agreements', element: <AgreementsList base="/allocation" nav={<AllocationNav />} /> },
    { path: '/allocation/agreements/:agreementId', element: <AgreementPage nav={<AllocationNav />} /> },
  ],
};
