import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BOUNDED_CONTEXTS } from '@athar/contracts';
import { parsePermissionMatrix, PERSON_ROLES, permissionRows, renderPermissionMatrix, type PermissionRow, type Role } from '@athar/identity';
import { PlatformUnderTest } from './platform-under-test';

jest.setTimeout(120_000);

/** A value of the right shape for each path parameter: the guard runs before any lookup or validation. */
const PARAMS: Record<string, () => string> = { tenantId: () => 'awj', role: () => 'services-officer', documentId: () => 'a1b2c3d4e5f60718293a4b5c' };
const fill = (path: string) => path.replace(/\{(\w+)\}/g, (_, name: string) => (PARAMS[name] ?? randomUUID)());

/**
 * The permission matrix in docs/ is what the services declare, and the guard refuses exactly
 * the roles the matrix leaves out, on every endpoint of every service (generated from their OpenAPI).
 */
describe('permission matrix (docs/permissions.md) enforced on every endpoint', () => {
  const platform = PlatformUnderTest.current();
  let live: PermissionRow[];

  beforeAll(async () => {
    live = [];
    for (const context of BOUNDED_CONTEXTS) live.push(...permissionRows(context, (await (await fetch(`${platform.url(context)}/docs-json`)).json()) as never));
  });

  it('is exactly what the running services declare', () => {
    const documented = parsePermissionMatrix(readFileSync(join(__dirname, '..', '..', '..', 'docs', 'permissions.md'), 'utf8'));
    expect(parsePermissionMatrix(renderPermissionMatrix(live))).toEqual(documented);
  });

  it('leaves no endpoint open to no one and no staff endpoint without a token', () => {
    expect(live.filter((row) => row.allowed !== 'public' && row.allowed.length === 0)).toEqual([]);
    const publicRows = live.filter((row) => row.allowed === 'public').map((row) => row.path);
    expect(publicRows.every((path) => /^\/(health|metrics|public\/)/.test(path))).toBe(true);
  });

  it('lets every declared role through the guard and refuses every other role, on every endpoint, in two tenants; never a 5xx', async () => {
    const mismatches: string[] = [];
    let probes = 0;
    for (const tenant of ['awj', 'tuwaiq']) {
      const tokens = new Map<Role, string>();
      for (const role of PERSON_ROLES) tokens.set(role, await platform.token(tenant, [role]));
      for (const row of live) {
        if (row.allowed === 'public') continue;
        for (const role of PERSON_ROLES) {
          const response = await fetch(`${platform.url(row.service as (typeof BOUNDED_CONTEXTS)[number])}${fill(row.path)}`, {
            method: row.method,
            headers: { authorization: `Bearer ${tokens.get(role)}`, 'content-type': 'application/json' },
            body: row.method === 'GET' ? undefined : '{}',
          });
          probes += 1;
          const body = (await response.json().catch(() => ({}))) as { code?: string };
          const refused = response.status === 403 && body.code === 'role-forbidden';
          const expected = row.allowed.includes(role);
          // A 5xx is neither "let through" nor "refused": the endpoint broke, and the probe says so.
          if (refused === expected || response.status === 401 || response.status >= 500)
            mismatches.push(`${tenant} ${role} ${row.method} ${row.path} (${row.service}): ${response.status} ${body.code ?? ''}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
    expect(probes).toBeGreaterThan(400);
  });
});
