import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Injectable } from '@nestjs/common';
import { checkPolicyVersion, versionInForce, type EligibilityPolicyVersion } from '@athar/domain-eligibility';

const DEFAULT_DIR = join(__dirname, '..', '..', '..', 'policies');

/**
 * Each tenant's eligibility policy versions, from `<tenant>.eligibility.json` files (an array of versions).
 * A version that uses an undeclared attribute, or claims approval without one, stops the service at
 * start-up with every problem listed. A tenant without a file declares no criteria.
 */
@Injectable()
export class EligibilityPolicies {
  private readonly byTenant = new Map<string, EligibilityPolicyVersion[]>();

  constructor() {
    const dir = process.env.ATHAR_ELIGIBILITY_POLICY_DIR || DEFAULT_DIR;
    if (!existsSync(dir)) return;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.eligibility.json'))) {
      const versions = (JSON.parse(readFileSync(join(dir, file), 'utf8')) as EligibilityPolicyVersion[]).map((v) => checkPolicyVersion(v));
      for (const version of versions) this.byTenant.set(version.tenantId, [...(this.byTenant.get(version.tenantId) ?? []), version]);
    }
  }

  inForce(tenantId: string, submittedAt: Date): EligibilityPolicyVersion | null {
    return versionInForce(this.byTenant.get(tenantId) ?? [], submittedAt);
  }
}
