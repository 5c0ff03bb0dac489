// Opens a new version of an association's policy (docs/adr/0044, "tenant policy versions kept"):
//   npm run -s policy:new-version -- --tenant tuwaiq
// keeps the current file, byte for byte, as history/<tenant>/v<N>.policy.json, then raises the current
// file's policyVersion to N+1, ready to edit. Decisions made under version N stay reproducible.
// The policies folder: ATHAR_POLICY_DIR (what the services read), else the one shipped with @athar/tenancy.
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_POLICY_DIR, loadTenantPolicies, loadTenantPolicyHistory } from '@athar/tenancy';

function main(): void {
  const { values } = parseArgs({ options: { tenant: { type: 'string' } } });
  const dir = process.env.ATHAR_POLICY_DIR || DEFAULT_POLICY_DIR;
  const policies = loadTenantPolicies(dir);
  loadTenantPolicyHistory(dir, policies); // refuses to go on from a history that does not load
  const policy = policies.find((p) => p.tenantId === values.tenant);
  if (!policy) {
    process.stderr.write(`usage: npm run -s policy:new-version -- --tenant <${policies.map((p) => p.tenantId).join('|')}>\n`);
    process.exitCode = 2;
    return;
  }
  const current = join(dir, `${policy.tenantId}.policy.json`);
  if (!existsSync(current)) throw new Error(`${current} not found: the tenant's policy file is named after its tenantId`);
  const kept = join(dir, 'history', policy.tenantId, `v${policy.policyVersion}.policy.json`);
  if (existsSync(kept)) throw new Error(`${kept} exists already: a kept version is never overwritten`);
  const text = readFileSync(current, 'utf8');
  const declared = /("policyVersion"\s*:\s*)(\d+)/;
  if (!declared.test(text)) throw new Error(`${current}: no "policyVersion" to raise`);
  mkdirSync(join(dir, 'history', policy.tenantId), { recursive: true });
  copyFileSync(current, kept);
  writeFileSync(
    current,
    text.replace(declared, (_m, key: string) => `${key}${policy.policyVersion + 1}`),
  );
  loadTenantPolicyHistory(dir); // the new pair loads: kept N, current N+1
  process.stdout.write(
    `kept version ${policy.policyVersion} as ${kept}\n${current} is now version ${policy.policyVersion + 1}: edit it, then restart the services\n`,
  );
}

try {
  main();
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
