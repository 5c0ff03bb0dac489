// The permission matrix decides what shows (docs/permissions.md, generated from the services' own
// @Roles, checked by permissions.e2e.spec.ts): an area appears when the user's roles may call what it uses.
import matrixMarkdown from '../../../../docs/permissions.md?raw';
import { parsePermissionMatrix, type PermissionRow } from '../../../../libs/platform/identity/src/permission-matrix';

/** One operation an area calls, as the matrix names it: `committee-review GET /committee/queue`. */
export type Operation = `${string} ${'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE'} /${string}`;

const rows: PermissionRow[] = parsePermissionMatrix(matrixMarkdown);

/** Whether a person with these roles may call the operation (public operations: everyone). */
export function mayCall(operation: Operation, roles: readonly string[]): boolean {
  const [service, method, path] = operation.split(' ');
  const row = rows.find((r) => r.service === service && r.method === method && r.path === path);
  if (!row) throw new Error(`not in docs/permissions.md: ${operation}`);
  return row.allowed === 'public' || row.allowed.some((role) => roles.includes(role));
}
