// Prints an access token from the local Keycloak realm (docs/adr/0033) for a demo account:
//   npm run token -- --tenant awj --role relations-officer [--role …] [--user committee-member-id]
// One role is that role's demo account (`awj-relations-officer`); other role sets and named users are
// made on first use (local Keycloak only). Tokens live 5 minutes, as the realm says; ask again for a new one.
// The realm: ATHAR_KEYCLOAK_URL, ATHAR_KEYCLOAK_REALM (default athar), ATHAR_KEYCLOAK_USER_PASSWORD.
import { parseArgs } from 'node:util';
import { ROLES, type Role } from '@athar/identity';
import { loadTenantPolicies } from '@athar/tenancy';
import { signInLocal } from './keycloak-token';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      tenant: { type: 'string' },
      role: { type: 'string', multiple: true },
      user: { type: 'string' },
    },
  });
  const tenants = loadTenantPolicies().map((p) => p.tenantId);
  const roles = values.role ?? [];
  if (!values.tenant || !tenants.includes(values.tenant) || roles.length === 0 || !roles.every((r) => (ROLES as readonly string[]).includes(r))) {
    process.stderr.write(`usage: npm run token -- --tenant <${tenants.join('|')}> --role <${ROLES.join('|')}> [--role …] [--user id]\n`);
    process.exitCode = 2;
    return;
  }
  const token = await signInLocal({ tenantId: values.tenant, roles: roles as Role[], userId: values.user });
  process.stdout.write(`${token}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? error.message : String(error)}\n(is Keycloak up and the realm provisioned? npm start does both; npm run identity:provision)\n`,
  );
  process.exit(1);
});
