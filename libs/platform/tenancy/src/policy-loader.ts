import { readdirSync, readFileSync } from 'node:fs';
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
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      throw new PolicyValidationError(path, [`not valid JSON: ${(error as Error).message}`]);
    }
    const policy = parseTenantPolicy(raw, path);
    if (policies.some((p) => p.tenantId === policy.tenantId)) {
      throw new PolicyValidationError(path, [`tenantId "${policy.tenantId}" is already defined by another file`]);
    }
    policies.push(policy);
  }
  if (policies.length === 0) throw new PolicyValidationError(dir, ['no *.policy.json file found']);
  return policies;
}
