import type { Area } from '../area';
import { DirectorPage } from './director-page';

/**
 * The executive director's and the board's area: the policy in force and the what-if of a draft (Tuwaiq
 * 6-3, 6-4); the committee's escalations, breaches and figures show to the roles that may watch them
 * (executive director; the board does not see the committee's queue, docs/permissions.md).
 */
export const directorArea: Area = {
  id: 'director',
  title: 'area.director',
  path: '/director',
  uses: ['eligibility GET /eligibility/policy', 'eligibility POST /eligibility/policy/what-if'],
  inNavigation: true,
  routes: [{ path: '/director', element: <DirectorPage /> }],
};
