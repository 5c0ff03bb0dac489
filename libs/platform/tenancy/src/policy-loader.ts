import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tenantPolicySchema, type TenantPolicy } from './tenant-policy.schema';

export class PolicyValidationError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`Tenant policy ${file} is invalid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'PolicyValidationError';
  }
}

/** The directory shipped with this lib: one policy file per seed association. */
export const DEFAULT_POLICY_DIR = join(__dirname, '..', 'policies');

export function parseTenantPolicy(raw: unknown, file: string): TenantPolicy {
  const result = tenantPolicySchema.safeParse(raw);
  if (!result.success) {
    throw new PolicyValidationError(
      file,
      result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`),
    );
  }
  return result.data;
}

/**
 * Loads every `*.policy.json` in a directory. Start-up fails on the first invalid file with every
 * problem in it listed, and on two files claiming the same tenant id.
 */
export function loadTenantPolicies(dir: string = DEFAULT_POLICY_DIR): TenantPolicy[] {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.policy.json'))
    .sort();
  const policies: TenantPolicy[] = [];
  for (const name of files) {
    const path = join(dir, name);
    const policy = readPolicyFile(path);
    if (policies.some((p) => p.tenantId === policy.tenantId)) {
      throw new PolicyValidationError(path, [`tenantId "${policy.tenantId}" is already defined by another file`]);
    }
    policies.push(policy);
  }
  if (policies.length === 0) throw new PolicyValidationError(dir, ['no *.policy.json file found']);
  return policies;
}

function readPolicyFile(path: string): TenantPolicy {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new PolicyValidationError(path, [`not valid JSON: ${(error as Error).message}`]);
  }
  return parseTenantPolicy(raw, path);
}

/**
 * The earlier versions of each tenant's policy, kept so that a decision is re-run under the rules it was
 * made under (docs/adr/0044): `history/<tenantId>/v<N>.policy.json` beside the current files, each a whole
 * policy file as it stood when version N was replaced. Start-up fails on a file that is invalid, sits in
 * another tenant's folder, is named for another version than it declares, or is not older than the
 * tenant's current version. A tenant with no folder simply has no earlier version kept.
 */
export function loadTenantPolicyHistory(dir: string = DEFAULT_POLICY_DIR, current: readonly TenantPolicy[] = loadTenantPolicies(dir)): TenantPolicy[] {
  const root = join(dir, 'history');
  if (!existsSync(root)) return [];
  const kept: TenantPolicy[] = [];
  for (const tenantId of readdirSync(root).sort()) {
    const now = current.find((p) => p.tenantId === tenantId);
    if (!now) throw new PolicyValidationError(join(root, tenantId), [`no current policy for tenant "${tenantId}"`]);
    for (const name of readdirSync(join(root, tenantId)).sort()) {
      const path = join(root, tenantId, name);
      const named = /^v([1-9][0-9]*)\.policy\.json$/.exec(name);
      if (!named) throw new PolicyValidationError(path, ['a kept version is named v<version>.policy.json']);
      const policy = readPolicyFile(path);
      const problems = [
        ...(policy.tenantId === tenantId ? [] : [`tenantId "${policy.tenantId}" is not the folder's tenant "${tenantId}"`]),
        ...(policy.policyVersion === Number(named[1]) ? [] : [`policyVersion ${policy.policyVersion} is not the version its name gives (${named[1]})`]),
        ...(policy.policyVersion < now.policyVersion
          ? []
          : [`policyVersion ${policy.policyVersion} is not older than the current version ${now.policyVersion}`]),
      ];
      if (problems.length > 0) throw new PolicyValidationError(path, problems);
      kept.push(policy);
    }
  }
  return kept;
}
