import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Injectable, NotFoundException } from '@nestjs/common';
import { checkPolicyVersion, PolicyVersionError, versionInForce, type EligibilityPolicyVersion } from '@athar/domain-eligibility';
import { parseEligibilityPolicyVersion } from './eligibility-policy.schema';

const DEFAULT_DIR = join(__dirname, '..', '..', '..', 'policies');

export const noPolicyInForce = (): NotFoundException =>
  new NotFoundException({
    code: 'no-eligibility-policy',
    message: { ar: 'لا توجد سياسة استحقاق معتمدة سارية', en: 'No approved eligibility policy is in force' },
  });

/** ATHAR_ELIGIBILITY_POLICY_DIR: where the `<tenant>.eligibility.json` files are (default: the service's own policies folder). */
export function eligibilityPolicyDirFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  return env.ATHAR_ELIGIBILITY_POLICY_DIR || DEFAULT_DIR;
}

/**
 * Each tenant's eligibility policy versions, from `<tenant>.eligibility.json` files (an array of versions).
 * A version that does not fit the schema, uses an undeclared attribute, or claims approval without one,
 * stops the service at start-up with every problem listed. A tenant without a file declares no criteria.
 */
@Injectable()
export class EligibilityPolicies {
  private readonly byTenant = new Map<string, EligibilityPolicyVersion[]>();

  constructor() {
    const dir = eligibilityPolicyDirFromEnv();
    if (!existsSync(dir)) return;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.eligibility.json'))) {
      const raw = JSON.parse(readFileSync(join(dir, file), 'utf8')) as unknown;
      if (!Array.isArray(raw)) throw new PolicyVersionError([`${file}: expected an array of versions`]);
      raw.forEach((entry, index) => {
        const parsed = parseEligibilityPolicyVersion(entry);
        if ('problems' in parsed) throw new PolicyVersionError(parsed.problems.map((p) => `${file}[${index}].${p.field}: ${p.message}`));
        const version = checkPolicyVersion(parsed.version);
        this.byTenant.set(version.tenantId, [...(this.byTenant.get(version.tenantId) ?? []), version]);
      });
    }
  }

  inForce(tenantId: string, at: Date): EligibilityPolicyVersion | null {
    return versionInForce(this.byTenant.get(tenantId) ?? [], at);
  }

  /** Tenants that have eligibility policy versions. */
  tenants(): string[] {
    return [...this.byTenant.keys()];
  }
}
