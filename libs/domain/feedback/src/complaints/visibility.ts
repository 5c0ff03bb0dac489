import type { ComplaintRouting } from '@athar/contracts';

/** The designated safeguarding role (docs/adr/0042): the executive director, who also receives every escalation. */
export const SAFEGUARDING_ROLE = 'executive-director';

/** The staff roles that handle complaints of a general nature. */
export const COMPLAINT_HANDLER_ROLES = ['relations-officer', 'social-researcher', 'services-officer', 'executive-director'] as const;

export interface ComplaintViewer {
  userId: string;
  roles: readonly string[];
}

/**
 * Who may see a complaint (list, detail, act on it): a safeguarding complaint, the designated role
 * alone; a remark about a member of staff, the executive director and that member (Environment
 * Madinah: the director follows it up with the staff concerned); anything else, the complaint
 * handlers. Whoever may not see it is answered as if it did not exist.
 */
export function maySeeComplaint(viewer: ComplaintViewer, complaint: { routing: ComplaintRouting; concernedStaffId: string | null }): boolean {
  if (complaint.routing === 'safeguarding') return viewer.roles.includes(SAFEGUARDING_ROLE);
  if (complaint.routing === 'executive-director')
    return viewer.roles.includes('executive-director') || (complaint.concernedStaffId !== null && complaint.concernedStaffId === viewer.userId);
  return viewer.roles.some((role) => (COMPLAINT_HANDLER_ROLES as readonly string[]).includes(role));
}

/** The same rule as a filter on the read model's rows (routing, concernedStaffId). */
export function complaintVisibilityFilter(viewer: ComplaintViewer): Record<string, unknown> {
  const or: Array<Record<string, unknown>> = [];
  if (viewer.roles.some((role) => (COMPLAINT_HANDLER_ROLES as readonly string[]).includes(role))) or.push({ routing: 'general' });
  if (viewer.roles.includes('executive-director')) or.push({ routing: 'executive-director' });
  else or.push({ routing: 'executive-director', concernedStaffId: viewer.userId });
  if (viewer.roles.includes(SAFEGUARDING_ROLE)) or.push({ routing: 'safeguarding' });
  return { $or: or };
}
