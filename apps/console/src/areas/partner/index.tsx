import type { Area } from '../area';
import { FindAllocationPage, MyAgreementsPage, MyAllocationPage, MyRequestsPage, NewRequestPage } from './pages';

/**
 * A partner association's area (a tenant with the partner-applicant role, e.g. Awj applying to Tuwaiq;
 * Tuwaiq, partner allocation 1-4; docs/adr/0038): its formal requests and their progress, its share in a
 * round and why it got less than asked, its agreements and its signature.
 */
export const partnerArea: Area = {
  id: 'partner',
  title: 'area.partner',
  path: '/partner',
  uses: ['partner-allocation GET /partner-requests/mine', 'partner-allocation GET /partner-agreements/mine'],
  inNavigation: true,
  routes: [
    { path: '/partner', element: <MyRequestsPage /> },
    { path: '/partner/new', element: <NewRequestPage /> },
    { path: '/partner/allocation', element: <FindAllocationPage /> },
    { path: '/partner/allocation/:allocatingTenantId/:roundId', element: <MyAllocationPage /> },
    { path: '/partner/agreements', element: <MyAgreementsPage /> },
  ],
};
