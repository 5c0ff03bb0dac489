/** Roles a token may carry; issue 6 turns them into a permission matrix. */
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
 * Whether a caller may see a case owned by `ownerUserId` (the applicant account that opened it, or null
 * when staff recorded it): staff of the tenant may; a caller who is only an applicant may see only
 * their own cases. Anything else answers like a case that does not exist.
 */
export function maySeeCase(principal: Principal, ownerUserId: string | null): boolean {
  if (principal.roles.some((role) => role !== 'applicant')) return true;
  return ownerUserId !== null && ownerUserId === principal.userId;
}
