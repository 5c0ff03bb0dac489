import type { Area } from '../area';
import { ApplyPage } from './apply-page';
import { FollowUpPage } from './follow-up-page';

/** The applicant's area: the association's public link, no sign-in (Tuwaiq 5-2; docs/adr/0024). */
export const applicantArea: Area = {
  id: 'apply',
  title: 'area.apply',
  path: '/apply',
  uses: ['intake GET /public/{tenantId}/terms', 'intake POST /public/{tenantId}/applications', 'intake POST /public/{tenantId}/confirmations/{confirmationId}'],
  inNavigation: false,
  routes: [
    { path: '/apply/:tenantId', element: <ApplyPage /> },
    // the applicant's own follow-up, signed in by the code texted to their mobile (docs/adr/0034)
    { path: '/apply/:tenantId/follow-up', element: <FollowUpPage /> },
  ],
};
