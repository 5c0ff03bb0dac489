import { maySeeCase, type Principal } from './roles';

const person = (roles: Principal['roles'], userId = 'u1'): Principal => ({ userId, tenantId: 't', roles });

describe('an applicant sees only their own cases (issue 6)', () => {
  it.each([
    ['staff, any case', person(['relations-officer']), null, true],
    ['staff who is also an applicant', person(['applicant', 'social-researcher']), 'someone-else', true],
    ['the applicant who opened it', person(['applicant']), 'u1', true],
    ["another applicant's case", person(['applicant']), 'u2', false],
    ['a case staff recorded', person(['applicant']), null, false],
  ])('%s', (_name, principal, owner, expected) => {
    expect(maySeeCase(principal, owner)).toBe(expected);
  });
});
