import { parsePermissionMatrix, permissionRows, renderPermissionMatrix } from './permission-matrix';

describe('permission matrix', () => {
  const document = {
    paths: {
      '/applications': { post: { 'x-athar-roles': ['relations-officer' as const, 'applicant' as const] }, get: { 'x-athar-roles': ['auditor' as const] } },
      '/health/live': { get: { 'x-athar-public': true } },
      '/cases/{caseId}': { get: {}, parameters: {} },
    },
  };

  it('reads roles and public routes from the OpenAPI extensions; a route without roles allows no one', () => {
    expect(permissionRows('intake', document as never)).toEqual([
      { service: 'intake', method: 'GET', path: '/applications', allowed: ['auditor'] },
      { service: 'intake', method: 'POST', path: '/applications', allowed: ['applicant', 'relations-officer'] },
      { service: 'intake', method: 'GET', path: '/cases/{caseId}', allowed: [] },
      { service: 'intake', method: 'GET', path: '/health/live', allowed: 'public' },
    ]);
  });

  it('renders one column per role and reads back exactly what it rendered', () => {
    const rows = permissionRows('intake', document as never);
    const markdown = renderPermissionMatrix(rows);
    expect(markdown).toContain('| intake | `POST /applications` | ✓ | ✓ |');
    expect(markdown).not.toContain('| service |  ');
    expect(parsePermissionMatrix(markdown)).toEqual(rows);
  });
});
