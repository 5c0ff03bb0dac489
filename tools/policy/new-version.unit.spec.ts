import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_POLICY_DIR, loadTenantPolicies, loadTenantPolicyHistory } from '@athar/tenancy';

/** The runbook's "Changing an association's policy" command, run as written on a copy of the policies folder. */
describe('npm run -s policy:new-version -- --tenant tuwaiq', () => {
  const root = join(__dirname, '..', '..');
  const run = (dir: string, ...args: string[]) =>
    spawnSync('npm', ['run', '-s', 'policy:new-version', '--', ...args], { cwd: root, env: { ...process.env, ATHAR_POLICY_DIR: dir }, encoding: 'utf8' });

  it('keeps the current file as version 2 byte for byte and raises the current one to 3, which the services load', () => {
    const dir = mkdtempSync(join(tmpdir(), 'athar-policy-version-'));
    cpSync(DEFAULT_POLICY_DIR, dir, { recursive: true });
    const before = readFileSync(join(dir, 'tuwaiq.policy.json'), 'utf8');
    const result = run(dir, '--tenant', 'tuwaiq');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('kept version 2');
    expect(readFileSync(join(dir, 'history', 'tuwaiq', 'v2.policy.json'), 'utf8')).toBe(before);
    const after = readFileSync(join(dir, 'tuwaiq.policy.json'), 'utf8');
    expect(after).toBe(before.replace('"policyVersion": 2', '"policyVersion": 3'));
    expect(loadTenantPolicies(dir).find((p) => p.tenantId === 'tuwaiq')?.policyVersion).toBe(3);
    expect(
      loadTenantPolicyHistory(dir)
        .filter((p) => p.tenantId === 'tuwaiq')
        .map((p) => p.policyVersion),
    ).toEqual([1, 2]);

    // run twice, it keeps 3 and raises to 4; the kept files are never overwritten
    expect(run(dir, '--tenant', 'tuwaiq').status).toBe(0);
    expect(readFileSync(join(dir, 'history', 'tuwaiq', 'v2.policy.json'), 'utf8')).toBe(before);
  });

  it('refuses an unknown tenant with its usage, changing nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'athar-policy-version-'));
    cpSync(DEFAULT_POLICY_DIR, dir, { recursive: true });
    const result = run(dir, '--tenant', 'nobody');
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/usage: npm run -s policy:new-version -- --tenant <awj\|/);
    expect(loadTenantPolicyHistory(dir)).toHaveLength(5);
  });
});
