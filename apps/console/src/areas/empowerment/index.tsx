import type { Area } from '../area';
import { AgreementPage, AgreementsList, DraftAgreementPage } from './agreements-page';
import { ImpactReportsQueue } from './impact-reports';
import { EmpowermentNav } from './nav';
import { RequestPage } from './request-page';
import { RequestsPage, StudiesDuePage } from './requests-page';
import { RoundPage } from './round-page';
import { RoundsList } from './rounds-page';

/**
 * The empowerment team's area (Tuwaiq, partner allocation 1-5; docs/adr/0037, 0038, 0039, 0040): the partner
 * requests and their needs studies, the allocation rounds with each partner's explanation, recompute and
 * what-if, and the agreements drafted from a round's share, sent, signed for an outside body; the
 * partners' impact reports (overdue first) and the partnership's DAC evaluation once an agreement is over.
 */
export const empowermentArea: Area = {
  id: 'empowerment',
  title: 'area.empowerment',
  path: '/empowerment',
  uses: ['partner-allocation GET /partner-requests', 'partner-allocation POST /allocation-rounds', 'partner-allocation POST /partner-agreements'],
  inNavigation: true,
  routes: [
    { path: '/empowerment', element: <RequestsPage /> },
    { path: '/empowerment/studies-due', element: <StudiesDuePage /> },
    { path: '/empowerment/requests/:partnerRequestId', element: <RequestPage /> },
    { path: '/empowerment/rounds', element: <RoundsList base="/empowerment" nav={<EmpowermentNav />} /> },
    { path: '/empowerment/rounds/:roundId', element: <RoundPage base="/empowerment" nav={<EmpowermentNav />} /> },
    { path: '/empowerment/agreements', element: <AgreementsList base="/empowerment" nav={<EmpowermentNav />} /> },
    { path: '/empowerment/agreements/new', element: <DraftAgreementPage nav={<EmpowermentNav />} /> },
    { path: '/empowerment/agreements/:agreementId', element: <AgreementPage nav={<EmpowermentNav />} /> },
    { path: '/empowerment/impact-reports', element: <ImpactReportsQueue /> },
  ],
};
