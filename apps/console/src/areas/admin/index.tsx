import type { Area } from '../area';
import { AdminPage } from './admin-page';

/** The association administrator's area: staff and their roles (docs/adr/0034), erasure of a person's data (docs/adr/0013). */
export const adminArea: Area = {
  id: 'admin',
  title: 'area.admin',
  path: '/admin',
  uses: ['intake GET /staff', 'intake POST /staff', 'intake PATCH /staff/{userId}', 'intake POST /beneficiaries/personal-data/erasure'],
  inNavigation: true,
  routes: [{ path: '/admin', element: <AdminPage /> }],
};
