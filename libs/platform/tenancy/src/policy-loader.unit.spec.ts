import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_POLICY_DIR, loadTenantPolicies, PolicyValidationError } from './policy-loader';

describe('tenant policies derived from shared/seeds', () => {
  const policies = loadTenantPolicies();
  const byId = Object.fromEntries(policies.map((p) => [p.tenantId, p]));

  it('loads one valid policy per seed association', () => {
    expect(policies.map((p) => p.source.seedFile).sort()).toEqual([
      '000_7b58656d2b3941dc.txt',
      '001_bcec0c9450b28e30.txt',
      '002_6520ca174619b48c.txt',
      '003_8a8e16f5c047789d.txt',
      '004_5392975a12ee4650.txt',
    ]);
  });

  it('gives each tenant exactly the channels its policy lists (seeds README, "Channels")', () => {
    expect(byId.awj.channels).toEqual(['interview', 'phone', 'website', 'social-media', 'letters', 'help-request-service', 'volunteering']);
    expect(byId.quwayiyah.channels).toContain('office-representative');
    expect(byId['environment-madinah'].channels).toEqual(['visit', 'phone', 'social-media', 'letters', 'email', 'website']);
    expect(byId.tuwaiq.channels).toContain('social-researcher');
    expect(byId['general-assembly-002'].channels).not.toContain('email');
  });

  it('sets the two-week review window from 000, 001 and 002 step 5', () => {
    for (const id of ['awj', 'quwayiyah', 'general-assembly-002']) {
      expect(byId[id].reviewWindow).toMatchObject({ days: 14, counting: 'calendar' });
      expect(byId[id].reviewWindow.source).toMatch(/^00[012]/);
    }
  });

  it('records board approvals as the texts give them (003: session 25-47-11, 1446-07-05 AH = 2025-01-05)', () => {
    expect(byId['environment-madinah'].approval).toMatchObject({ session: '25-47-11', hijriDate: '1446-07-05', gregorianDate: '2025-01-05' });
    expect(byId.awj.approval).toMatchObject({ session: '12', gregorianDate: '2022-12-25' });
  });

  it('gives Tuwaiq direct and indirect beneficiaries (004 2-2)', () => {
    expect(byId.tuwaiq.beneficiaryTypes).toEqual(['direct', 'indirect']);
  });
});

describe('policy validation at start-up', () => {
  function dirWith(files: Record<string, unknown>): string {
    const dir = mkdtempSync(join(tmpdir(), 'athar-policies-'));
    for (const [name, content] of Object.entries(files)) {
      writeFileSync(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content));
    }
    return dir;
  }
  const valid = JSON.parse(readFileSync(join(DEFAULT_POLICY_DIR, 'awj.policy.json'), 'utf8'));

  it('lists every problem of an invalid file with its path', () => {
    const broken = { ...valid, channels: ['fax'], reviewWindow: { ...valid.reviewWindow, days: 0 } };
    try {
      loadTenantPolicies(dirWith({ 'x.policy.json': broken }));
      throw new Error('expected a PolicyValidationError');
    } catch (error) {
      expect(error).toBeInstanceOf(PolicyValidationError);
      const problems = (error as PolicyValidationError).problems.join('\n');
      expect(problems).toMatch(/channels\.0/);
      expect(problems).toMatch(/reviewWindow\.days/);
    }
  });

  it('refuses a service whose beneficiary type the tenant does not have', () => {
    const broken = { ...valid, services: [{ ...valid.services[0], beneficiaryType: 'indirect' }] };
    expect(() => loadTenantPolicies(dirWith({ 'x.policy.json': broken }))).toThrow(/services\.0\.beneficiaryType/);
  });

  it('refuses two files for one tenant, malformed JSON and unknown fields', () => {
    expect(() => loadTenantPolicies(dirWith({ 'a.policy.json': valid, 'b.policy.json': valid }))).toThrow(/already defined/);
    expect(() => loadTenantPolicies(dirWith({ 'a.policy.json': '{ nope' }))).toThrow(/not valid JSON/);
    expect(() => loadTenantPolicies(dirWith({ 'a.policy.json': { ...valid, extra: 1 } }))).toThrow(/Unrecognized key/);
  });
});

describe('committee review settings', () => {
  const policies = loadTenantPolicies();
  const valid = JSON.parse(readFileSync(join(DEFAULT_POLICY_DIR, 'awj.policy.json'), 'utf8'));
  const problemsOf = (committeeReview: unknown): string => {
    const dir = mkdtempSync(join(tmpdir(), 'athar-policies-'));
    writeFileSync(join(dir, 'x.policy.json'), JSON.stringify({ ...valid, committeeReview }));
    try {
      loadTenantPolicies(dir);
    } catch (error) {
      return (error as PolicyValidationError).problems.join('\n');
    }
    return '';
  };
  const review = valid.committeeReview;
  const committee = review.committees[0];

  it('gives every tenant a committee with one chair, a quorum it can reach, reminders and a reconsideration period', () => {
    for (const policy of policies) {
      const [c] = policy.committeeReview.committees;
      expect(c.members.filter((m) => m.role === 'chair')).toHaveLength(1);
      expect(c.quorum).toBeLessThanOrEqual(c.members.filter((m) => m.role !== 'secretary').length);
      expect(policy.committeeReview.reminderPercents).toEqual([50, 80]);
      expect(policy.committeeReview.reconsiderationDays).toBe(30);
      expect(policy.committeeReview.notes).toMatch(/Platform defaults/);
    }
  });

  it('has every tenant vote only once required documents are verified (Tuwaiq 6-2; the default where the seed is silent, said in notes)', () => {
    for (const policy of policies) {
      expect(policy.committeeReview.votesRequireVerifiedDocuments).toBe(true);
      expect(policy.committeeReview.notes).toMatch(/votesRequireVerifiedDocuments/);
    }
    const { votesRequireVerifiedDocuments, ...withoutSetting } = review;
    expect(votesRequireVerifiedDocuments).toBe(true);
    expect(problemsOf(withoutSetting)).toBe('');
  });

  it('counts working days for Environment Madinah (003 is silent: two working weeks), calendar days where the text says two weeks', () => {
    const byId = Object.fromEntries(policies.map((p) => [p.tenantId, p]));
    expect(byId['environment-madinah'].reviewWindow).toMatchObject({ days: 10, counting: 'working' });
    expect(byId['environment-madinah'].committeeReview.holidays).toContain('2026-09-23');
  });

  it.each`
    change                                                                                                                     | path                               | message
    ${{ committees: [{ ...committee, quorum: 4 }] }}                                                                           | ${'committees.0.quorum'}           | ${/more than the 3 voting members/}
    ${{ committees: [{ ...committee, members: committee.members.map((m: { role: string }) => ({ ...m, role: 'member' })) }] }} | ${'committees.0.members'}          | ${/exactly one member must be the chair/}
    ${{ committees: [{ ...committee, members: [...committee.members, committee.members[1]] }] }}                               | ${'committees.0.members'}          | ${/listed twice/}
    ${{ committees: [{ ...committee, serviceIds: ['no-such-service'] }] }}                                                     | ${'committees.0.serviceIds.0'}     | ${/not one of the tenant's direct-beneficiary services/}
    ${{ committees: [committee, { ...committee, id: 'second' }] }}                                                             | ${'committees.1.serviceIds.0'}     | ${/already studied by committee/}
    ${{ reminderPercents: [80, 50] }}                                                                                          | ${'reminderPercents'}              | ${/increasing/}
    ${{ reminderPercents: [50, 100] }}                                                                                         | ${'reminderPercents.1'}            | ${/99/}
    ${{ holidays: ['2026-13'] }}                                                                                               | ${'holidays.0'}                    | ${/YYYY-MM-DD/}
    ${{ deliveryDays: {} }}                                                                                                    | ${'deliveryDays'}                  | ${/no programme length/}
    ${{ votesRequireVerifiedDocuments: 'yes' }}                                                                                | ${'votesRequireVerifiedDocuments'} | ${/boolean/}
  `('refuses $path with a clear reason', ({ change, path, message }) => {
    const problems = problemsOf({ ...review, ...change });
    expect(problems).toContain(`committeeReview.${path}:`);
    expect(problems).toMatch(message);
  });
});
