import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePermissionMatrix, PERSON_ROLES } from './permission-matrix';
import { CASE_STAFF_ROLES, maySeeCase, principalOnRoute, type Principal, type Role } from './roles';

const person = (roles: Principal['roles'], userId = 'u1'): Principal => ({ userId, tenantId: 't', roles });

describe('an applicant sees only their own cases', () => {
  it.each([
    ['staff, any case', person(['relations-officer']), null, true],
    ['staff who is also an applicant', person(['applicant', 'social-researcher']), 'someone-else', true],
    ['the applicant who opened it', person(['applicant']), 'u1', true],
    ["another applicant's case", person(['applicant']), 'u2', false],
    ['a case staff recorded', person(['applicant']), null, false],
    ['an applicant who is also a board member', person(['applicant', 'board-member']), 'u2', false],
    ['an applicant who is also operations', person(['applicant', 'operations']), 'u2', false],
    ['operations alone', person(['operations']), null, false],
    ['the owner with operations too', person(['operations', 'applicant']), 'u1', true],
    ['a caller with no role left on the route', person([]), 'u1', false],
  ])('%s', (_name, principal, owner, expected) => {
    expect(maySeeCase(principal, owner)).toBe(expected);
  });

  it('narrows a token to the roles the route admits, keeping their order', () => {
    expect(principalOnRoute(person(['board-member', 'applicant', 'auditor']), ['applicant', 'auditor']).roles).toEqual(['applicant', 'auditor']);
  });
});

/**
 * Generated over every pair and triple of roles with `applicant`, on every route of the permission
 * matrix that admits applicants: someone else's case is seen only when the token holds a case-handling
 * staff role that the route itself permits.
 */
describe('role combinations on the routes applicants use (docs/permissions.md)', () => {
  const routes = parsePermissionMatrix(readFileSync(join(__dirname, '../../../../docs/permissions.md'), 'utf8')).filter(
    (row): row is typeof row & { allowed: Role[] } => row.allowed !== 'public' && row.allowed.includes('applicant'),
  );
  const others = PERSON_ROLES.filter((role) => role !== 'applicant');
  const pairs = others.map((role) => [role]);
  const triples = others.flatMap((a, i) => others.slice(i + 1).map((b) => [a, b]));

  it('finds the routes applicants use', () => {
    expect(routes.map((r) => `${r.method} ${r.path}`)).toEqual(
      expect.arrayContaining(['GET /applications/{caseId}', 'PATCH /applications/{caseId}', 'POST /applications/{caseId}/documents']),
    );
  });

  const cases = routes.flatMap((route) => [...pairs, ...triples].map((extra) => ({ route, roles: ['applicant', ...extra] as Role[] })));
  it.each(cases.map(({ route, roles }) => [`${route.service} ${route.method} ${route.path}`, roles.join('+'), route.allowed, roles] as const))(
    '%s with [%s]',
    (_route, _label, allowed, roles) => {
      const admitted = principalOnRoute(person(roles, 'intruder'), allowed);
      const staffHere = roles.some((role) => allowed.includes(role) && CASE_STAFF_ROLES.includes(role));
      expect(maySeeCase(admitted, 'owner')).toBe(staffHere);
      expect(maySeeCase(admitted, 'intruder')).toBe(true);
      expect(maySeeCase(admitted, null)).toBe(staffHere);
    },
  );

  it('never lets operations or a board member past the check, whatever the route', () => {
    for (const route of routes) {
      for (const role of ['operations', 'board-member'] as const) {
        expect(maySeeCase(principalOnRoute(person(['applicant', role], 'x'), [...route.allowed, role]), 'owner')).toBe(false);
      }
    }
  });
});
