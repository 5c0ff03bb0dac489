import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_POLICY_DIR, loadTenantPolicies, loadTenantPolicyHistory, PolicyValidationError } from './policy-loader';
import { TenantRegistry } from './tenant-registry';

/** Earlier versions of each tenant's policy, kept so a decision is re-run under its own rules (docs/adr/0044). */
describe('kept tenant policy versions', () => {
  it('keeps version 1 of every seed association beside its current version 2', () => {
    const current = loadTenantPolicies();
    const kept = loadTenantPolicyHistory();
    expect(kept.map((p) => `${p.tenantId} v${p.policyVersion}`).sort()).toEqual(current.map((p) => `${p.tenantId} v1`).sort());
    const registry = new TenantRegistry(current, kept);
    expect(registry.versions('tuwaiq').map((p) => p.policyVersion)).toEqual([2, 1]);
    expect(registry.atVersion('tuwaiq', 1)).toBe(kept.find((p) => p.tenantId === 'tuwaiq'));
    expect(registry.atVersion('tuwaiq', 2)).toBe(registry.get('tuwaiq'));
    expect(registry.atVersion('tuwaiq', 3)).toBeUndefined();
    expect(registry.atVersion('awj', 1)?.tenantId).toBe('awj'); // never another tenant's version
  });

  // a copy of the shipped policies, with one kept file written as given
  const withKept = (tenantId: string, name: string, edit: (policy: Record<string, unknown>) => Record<string, unknown>): string => {
    const dir = mkdtempSync(join(tmpdir(), 'athar-policy-history-'));
    for (const file of ['awj', 'tuwaiq'].map((t) => `${t}.policy.json`)) cpSync(join(DEFAULT_POLICY_DIR, file), join(dir, file));
    mkdirSync(join(dir, 'history', tenantId), { recursive: true });
    const base = JSON.parse(readFileSync(join(DEFAULT_POLICY_DIR, 'history', 'tuwaiq', 'v1.policy.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(join(dir, 'history', tenantId, name), JSON.stringify(edit(base)));
    return dir;
  };
  const problemsOf = (dir: string): string[] => {
    try {
      loadTenantPolicyHistory(dir);
    } catch (error) {
      expect(error).toBeInstanceOf(PolicyValidationError);
      return (error as PolicyValidationError).problems;
    }
    throw new Error('loaded');
  };

  it('refuses a kept file that is not older than the current version', () => {
    expect(problemsOf(withKept('tuwaiq', 'v2.policy.json', (p) => ({ ...p, policyVersion: 2 })))).toEqual([
      'policyVersion 2 is not older than the current version 2',
    ]);
  });

  it('refuses a kept file named for another version than it declares', () => {
    expect(problemsOf(withKept('tuwaiq', 'v1.policy.json', (p) => ({ ...p, policyVersion: 0 })))).toEqual(
      expect.arrayContaining([expect.stringMatching(/^policyVersion: /)]),
    );
    const dir = withKept('tuwaiq', 'v1.policy.json', (p) => p);
    writeFileSync(
      join(dir, 'history', 'tuwaiq', 'v1.policy.json'),
      readFileSync(join(DEFAULT_POLICY_DIR, 'history', 'tuwaiq', 'v1.policy.json'), 'utf8').replace('"policyVersion": 1', '"policyVersion": 3'),
    );
    expect(problemsOf(dir)).toEqual(expect.arrayContaining(['policyVersion 3 is not the version its name gives (1)']));
  });

  it("refuses a kept file in another tenant's folder, one badly named, and a folder for a tenant without a policy", () => {
    expect(problemsOf(withKept('awj', 'v1.policy.json', (p) => p))).toEqual(['tenantId "tuwaiq" is not the folder\'s tenant "awj"']);
    expect(problemsOf(withKept('tuwaiq', 'old.json', (p) => p))).toEqual(['a kept version is named v<version>.policy.json']);
    expect(problemsOf(withKept('quwayiyah', 'v1.policy.json', (p) => p))).toEqual(['no current policy for tenant "quwayiyah"']);
  });

  it('refuses a kept file the schema refuses, listing its problems', () => {
    expect(problemsOf(withKept('tuwaiq', 'v1.policy.json', (p) => ({ ...p, channels: ['carrier-pigeon'] })))).toEqual(
      expect.arrayContaining([expect.stringMatching(/^channels\.0: /)]),
    );
  });
});
