import type { TenantPolicy } from './tenant-policy.schema';

/** The tenants this process serves, by id. Unknown ids are indistinguishable from forbidden ones to callers. */
export class TenantRegistry {
  private readonly byId: Map<string, TenantPolicy>;

  constructor(policies: TenantPolicy[]) {
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

  all(): TenantPolicy[] {
    return [...this.byId.values()];
  }
}
