// Prints a bearer token from the local development issuer:
//   npm run token -- --tenant awj --role relations-officer [--user staff-1] [--name "…"] [--expires 8h]
// Never for production users: production tokens come from the configured issuer (ATHAR_JWKS_URL).
// Signs with ATHAR_JWT_PRIVATE_KEY(_FILE) when set (e.g. a test platform's issuer), else the local key pair.
import { parseArgs } from 'node:util';
import { ROLES, ensureLocalSigningKeys, issueToken, type Role } from '@athar/identity';
import { loadTenantPolicies } from '@athar/tenancy';
import { developmentSigningKey, LOCAL_PRIVATE_KEY, LOCAL_PUBLIC_KEY } from './local-keys';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      tenant: { type: 'string' },
      role: { type: 'string', multiple: true },
      user: { type: 'string' },
      name: { type: 'string' },
      expires: { type: 'string', default: '8h' },
      'keys-only': { type: 'boolean', default: false },
    },
  });
  if (values['keys-only']) {
    await ensureLocalSigningKeys(LOCAL_PRIVATE_KEY, LOCAL_PUBLIC_KEY);
    process.stdout.write(`${LOCAL_PUBLIC_KEY}\n`);
    return;
  }
  const privateKeyPem = await developmentSigningKey();
  const tenants = loadTenantPolicies().map((p) => p.tenantId);
  const roles = values.role ?? [];
  if (!values.tenant || !tenants.includes(values.tenant) || roles.length === 0 || !roles.every((r) => (ROLES as readonly string[]).includes(r))) {
    process.stderr.write(`usage: npm run token -- --tenant <${tenants.join('|')}> --role <${ROLES.join('|')}> [--role …] [--user id] [--expires 8h]\n`);
    process.exitCode = 2;
    return;
  }
  const token = await issueToken(privateKeyPem, {
    tenantId: values.tenant,
    userId: values.user ?? `${values.tenant}-${roles[0]}`,
    roles: roles as Role[],
    name: values.name,
    expiresIn: values.expires,
  });
  process.stdout.write(`${token}\n`);
}

void main();
