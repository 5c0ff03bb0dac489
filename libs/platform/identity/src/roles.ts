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
