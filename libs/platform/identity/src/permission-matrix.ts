import { ROLES, type Role } from './roles';

/** Every role a person can hold (the platform's own `service` identity is not a person's role). */
export const PERSON_ROLES: readonly Role[] = ROLES.filter((r) => r !== 'service');

/** One operation of one service and who may call it, as the service's OpenAPI document declares. */
export interface PermissionRow {
  service: string;
  method: string;
  path: string;
  /** `public`: no token needed; otherwise the roles the guard lets through. */
  allowed: 'public' | Role[];
}

interface OpenApiDocument {
  paths: Record<string, Record<string, { 'x-athar-roles'?: Role[]; 'x-athar-public'?: boolean }>>;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];
const order = (a: PermissionRow, b: PermissionRow) => a.service.localeCompare(b.service) || a.path.localeCompare(b.path) || a.method.localeCompare(b.method);

/** The rows of one service's OpenAPI document (`x-athar-roles`, `x-athar-public` set by the decorators). */
export function permissionRows(service: string, document: OpenApiDocument): PermissionRow[] {
  const rows: PermissionRow[] = [];
  for (const [path, operations] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      if (!METHODS.includes(method)) continue;
      const allowed: PermissionRow['allowed'] = operation['x-athar-public'] ? 'public' : [...(operation['x-athar-roles'] ?? [])].sort();
      rows.push({ service, method: method.toUpperCase(), path, allowed });
    }
  }
  return rows.sort(order);
}

const HEADER = `# Permission matrix

Who may call each endpoint, per service. Generated from the running services' OpenAPI documents
(\`npm run permissions -- --write\` with the platform started); the roles come from the \`@Roles\`
decorators the guard enforces. The e2e test \`permissions.e2e.spec.ts\` fails when this file and the
code disagree, and tries every role on every endpoint to prove the guard refuses exactly the others.
An endpoint with no roles is refused to everyone (the guard fails closed). "public" needs no token.

Every allowed call is still confined to the caller's own tenant: another tenant's records answer 404.
\`operations\` (platform-wide) sees workflow and system data, never personal data.
A token with several roles acts on each endpoint only in the roles that endpoint admits: an applicant who
also holds another role sees only their own cases unless that role is a case-handling staff role the
endpoint itself permits (\`principalOnRoute\`, \`maySeeCase\` in libs/platform/identity).
`;

/** The matrix as Markdown: one row per endpoint, one column per role. */
export function renderPermissionMatrix(rows: readonly PermissionRow[]): string {
  const lines = [HEADER, `| service | endpoint | ${PERSON_ROLES.join(' | ')} |`, `|---|---|${PERSON_ROLES.map(() => ':-:').join('|')}|`];
  for (const row of [...rows].sort(order)) {
    const cells = PERSON_ROLES.map((role) => (row.allowed === 'public' ? 'public' : row.allowed.includes(role) ? '✓' : ''));
    lines.push(`| ${row.service} | \`${row.method} ${row.path}\` | ${cells.join(' | ')} |`);
  }
  return `${lines.join('\n')}\n`;
}

/** Reads the Markdown matrix back into rows. */
export function parsePermissionMatrix(markdown: string): PermissionRow[] {
  const rows: PermissionRow[] = [];
  for (const line of markdown.split('\n')) {
    const match = /^\| ([a-z-]+) \| `([A-Z]+) ([^`]+)` \|(.*)\|$/.exec(line);
    if (!match) continue;
    const cells = match[4].split('|').map((c) => c.trim());
    const allowed: PermissionRow['allowed'] = cells.every((c) => c === 'public') ? 'public' : PERSON_ROLES.filter((_, i) => cells[i] === '✓').sort();
    rows.push({ service: match[1], method: match[2], path: match[3], allowed });
  }
  return rows.sort(order);
}
