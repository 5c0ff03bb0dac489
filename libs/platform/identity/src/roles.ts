/** Roles a token may carry; docs/permissions.md is the matrix of who may call what. */
export const ROLES = [
  'applicant',
  'relations-officer',
  'social-researcher',
  'services-officer',
  'committee-member',
  'committee-chair',
  'empowerment-team',
  'executive-director',
  'board-member',
  'tenant-admin',
  'auditor',
  /** An account of a partner association (a tenant) that applies to another association for its services (docs/adr/0038). */
  'partner-applicant',
  'operations',
  'service',
] as const;
export type Role = (typeof ROLES)[number];

export interface Principal {
  userId: string;
  tenantId: string;
  roles: Role[];
  name?: string;
}

/**
 * The staff roles that handle beneficiaries' cases and so may see their personal data. Not `applicant`
 * (sees only their own), not `board-member` (governance, no case files), not `operations` (platform-wide,
 * workflow and system data only, never personal data), not the platform's own `service` identity.
 * Listed one by one rather than as ROLES minus the others: a role added later sees no personal data
 * until someone decides it should (fail closed).
 */
export const CASE_STAFF_ROLES: readonly Role[] = [
  'relations-officer',
  'social-researcher',
  'services-officer',
  'committee-member',
  'committee-chair',
  'empowerment-team',
  'executive-director',
  'tenant-admin',
  'auditor',
];

/**
 * The caller as one route admits them: only the token's roles that the route permits (its @Roles). A
 * token with several roles acts on each route in the roles that route grants, never in the others, so
 * a role the route does not admit cannot widen what the caller sees there (docs/permissions.md).
 */
export function principalOnRoute(principal: Principal, routeRoles: readonly Role[]): Principal {
  return { ...principal, roles: principal.roles.filter((role) => routeRoles.includes(role)) };
}

/**
 * Whether a caller may see a case owned by `ownerUserId` (the applicant account that opened it, or null
 * when staff recorded it). Staff in a case-handling role may; anyone else only as the applicant who
 * opened it. Pass the caller as the route admits them (`principalOnRoute`), so that only a staff role
 * the route itself permits lifts the ownership check. Anything else answers like a missing case.
 */
export function maySeeCase(principal: Principal, ownerUserId: string | null): boolean {
  if (principal.roles.some((role) => CASE_STAFF_ROLES.includes(role))) return true;
  return principal.roles.includes('applicant') && ownerUserId !== null && ownerUserId === principal.userId;
}
