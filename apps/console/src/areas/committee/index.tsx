import type { Area } from '../area';
import { CasePage } from './case-page';
import { QueuePage } from './queue-page';

/** The committee's area: its queue by deadline, a case with its eligibility and documents, the vote (Tuwaiq 6-4; docs/adr/0036). */
export const committeeArea: Area = {
  id: 'committee',
  title: 'area.committee',
  path: '/committee',
  uses: ['committee-review GET /committee/queue', 'committee-review GET /reviews/{caseId}', 'committee-review POST /reviews/{caseId}/votes'],
  inNavigation: true,
  routes: [
    { path: '/committee', element: <QueuePage /> },
    { path: '/committee/cases/:caseId', element: <CasePage /> },
  ],
};
