import type { TenantPolicy } from './tenant-policy.schema';

/** The tenants this process serves, by id. Unknown ids are indistinguishable from forbidden ones to callers. */
export class TenantRegistry {
  private readonly byId: Map<string, TenantPolicy>;

  /** `policies`: each tenant's current policy; `earlier`: the versions kept before it (loadTenantPolicyHistory). */
  constructor(
    policies: TenantPolicy[],
    private readonly earlier: readonly TenantPolicy[] = [],
  ) {
    this.byId = new Map(policies.map((p) => [p.tenantId, p]));
    const prefixes = policies.map((p) => p.caseNumberPrefix);
    const repeated = prefixes.find((prefix, i) => prefixes.indexOf(prefix) !== i);
    if (repeated) throw new Error(`Two tenants share the case-number prefix ${repeated}`);
  }

  find(tenantId: string): TenantPolicy | undefined {
    return this.byId.get(tenantId);
  }

  get(tenantId: string): TenantPolicy {
    const policy = this.byId.get(tenantId);
    if (!policy) throw new Error(`Unknown tenant ${tenantId}`);
    return policy;
  }

  /** The tenant's policy as it stood at `version`: the current one, a kept earlier one, or undefined when not kept. */
  atVersion(tenantId: string, version: number): TenantPolicy | undefined {
    const current = this.byId.get(tenantId);
    if (current?.policyVersion === version) return current;
    return this.earlier.find((p) => p.tenantId === tenantId && p.policyVersion === version);
  }

  /** Every version of the tenant's policy kept, newest first. */
  versions(tenantId: string): TenantPolicy[] {
    const current = this.byId.get(tenantId);
    if (!current) return [];
    return [current, ...this.earlier.filter((p) => p.tenantId === tenantId).sort((a, b) => b.policyVersion - a.policyVersion)];
  }

  all(): TenantPolicy[] {
    return [...this.byId.values()];
  }
}
