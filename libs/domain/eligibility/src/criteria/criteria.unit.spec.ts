import { changedCriteria, compareVersions, evaluateEligibility, groupDocumentsCriterion } from './evaluate';
import { checkPolicyVersion, PolicyVersionError, versionInForce, type EligibilityPolicyVersion } from './policy-version';

/** Tuwaiq's training service as its section 6 describes it: target groups, age, qualification, employment. */
const tuwaiqV1: EligibilityPolicyVersion = {
  tenantId: 'tuwaiq',
  version: 1,
  status: 'approved',
  approval: { session: 'board-1445-1', gregorianDate: '2024-01-01', hijriDate: '1445-06-19' },
  effectiveFrom: '2024-01-01T00:00:00Z',
  attributes: [
    { name: 'age', type: 'number', label: { ar: 'العمر', en: 'age' } },
    { name: 'qualification', type: 'enum', values: ['none', 'secondary', 'diploma', 'bachelor', 'master'], label: { ar: 'المؤهل', en: 'qualification' } },
    { name: 'employmentStatus', type: 'enum', values: ['job-seeker', 'employed', 'student'], label: { ar: 'الحالة الوظيفية', en: 'employment status' } },
  ],
  services: {
    'job-seeker-training': {
      targetGroups: ['job-seekers'],
      criteria: [
        {
          id: 'age-18-or-over',
          attribute: 'age',
          operator: 'greaterThanInclusive',
          value: 18,
          met: { ar: 'العمر 18 سنة فأكثر', en: 'aged 18 or over' },
          notMet: { ar: 'العمر أقل من 18 سنة', en: 'under 18' },
        },
        {
          id: 'age-under-40',
          attribute: 'age',
          operator: 'lessThan',
          value: 40,
          met: { ar: 'العمر أقل من 40 سنة', en: 'under 40' },
          notMet: { ar: 'العمر 40 سنة فأكثر', en: 'aged 40 or over' },
        },
        {
          id: 'qualification',
          attribute: 'qualification',
          operator: 'in',
          value: ['secondary', 'diploma', 'bachelor'],
          met: { ar: 'المؤهل مناسب للبرنامج', en: 'qualification fits the programme' },
          notMet: { ar: 'المؤهل لا يناسب البرنامج', en: 'qualification does not fit the programme' },
        },
        {
          id: 'job-seeker',
          attribute: 'employmentStatus',
          operator: 'equal',
          value: 'job-seeker',
          met: { ar: 'باحث عن عمل', en: 'a job seeker' },
          notMet: { ar: 'البرنامج للباحثين عن عمل', en: 'the programme is for job seekers' },
        },
      ],
    },
  },
};

describe('eligibility criteria (Tuwaiq 6-3: data matched against each service condition, reasons told)', () => {
  it.each([
    ['an eligible job seeker', { age: 25, qualification: 'bachelor', employmentStatus: 'job-seeker' }, 'eligible', []],
    ['exactly 18', { age: 18, qualification: 'secondary', employmentStatus: 'job-seeker' }, 'eligible', []],
    ['17 years old', { age: 17, qualification: 'secondary', employmentStatus: 'job-seeker' }, 'not-eligible', ['age-18-or-over']],
    ['exactly 40', { age: 40, qualification: 'diploma', employmentStatus: 'job-seeker' }, 'not-eligible', ['age-under-40']],
    ['a master degree', { age: 30, qualification: 'master', employmentStatus: 'job-seeker' }, 'not-eligible', ['qualification']],
    ['employed', { age: 30, qualification: 'bachelor', employmentStatus: 'employed' }, 'not-eligible', ['job-seeker']],
    ['no qualification given', { age: 30, employmentStatus: 'job-seeker' }, 'not-eligible', ['qualification']],
  ])('%s', async (_name, applicant, outcome, failed) => {
    const result = await evaluateEligibility(tuwaiqV1, 'job-seeker-training', applicant);
    expect(result.outcome).toBe(outcome);
    expect(result.criteria.filter((c) => !c.met).map((c) => c.criterionId)).toEqual(failed);
    expect(result.criteria.every((c) => c.reason.ar.length > 0 && c.reason.en.length > 0)).toBe(true);
  });

  it.each([
    ['الدمام', true],
    ['الخبر', true],
    ['الرياض', false],
  ])('judges on the region when a tenant declares it: %s', async (region, met) => {
    const eastern: EligibilityPolicyVersion = {
      ...tuwaiqV1,
      attributes: [...tuwaiqV1.attributes, { name: 'region', type: 'string', label: { ar: 'المنطقة', en: 'region' } }],
      services: {
        'job-seeker-training': {
          targetGroups: ['job-seekers'],
          criteria: [
            {
              id: 'eastern-province',
              attribute: 'region',
              operator: 'in',
              value: ['الدمام', 'الخبر', 'الظهران'],
              met: { ar: 'من مدن المنطقة الشرقية', en: 'in the Eastern Province' },
              notMet: { ar: 'البرنامج لسكان المنطقة الشرقية', en: 'the programme is for Eastern Province residents' },
            },
          ],
        },
      },
    };
    expect((await evaluateEligibility(eastern, 'job-seeker-training', { region })).criteria[0].met).toBe(met);
  });

  it('tells a missing attribute by name', async () => {
    const result = await evaluateEligibility(tuwaiqV1, 'job-seeker-training', { age: 30, employmentStatus: 'job-seeker' });
    expect(result.criteria.find((c) => c.criterionId === 'qualification')?.reason).toEqual({ ar: 'لم يُقدَّم: المؤهل', en: 'not given: qualification' });
  });

  it('uses, and stores, only the declared attributes its criteria name (Tuwaiq 6-5: no discrimination)', async () => {
    const result = await evaluateEligibility(tuwaiqV1, 'job-seeker-training', {
      age: 25,
      qualification: 'bachelor',
      employmentStatus: 'job-seeker',
      gender: 'f',
      nationality: 'x',
    } as never);
    expect(Object.keys(result.inputs).sort()).toEqual(['age', 'employmentStatus', 'qualification']);
  });

  it('refuses to load a version whose criteria use an undeclared attribute, or an unknown value', () => {
    const biased: EligibilityPolicyVersion = {
      ...tuwaiqV1,
      services: {
        'job-seeker-training': {
          targetGroups: ['job-seekers'],
          criteria: [
            ...tuwaiqV1.services['job-seeker-training'].criteria,
            { id: 'gender', attribute: 'gender', operator: 'equal', value: 'm', met: { ar: 'أ', en: 'a' }, notMet: { ar: 'ب', en: 'b' } },
            { id: 'phd', attribute: 'qualification', operator: 'equal', value: 'phd', met: { ar: 'أ', en: 'a' }, notMet: { ar: 'ب', en: 'b' } },
          ],
        },
      },
    };
    expect(() => checkPolicyVersion(biased)).toThrow(PolicyVersionError);
    try {
      checkPolicyVersion(biased);
    } catch (error) {
      expect((error as PolicyVersionError).problems.join('\n')).toMatch(/"gender" is not declared[\s\S]*phd not among qualification/);
    }
    expect(() => checkPolicyVersion({ ...tuwaiqV1, approval: null })).toThrow(/board approval/);
    expect(() =>
      checkPolicyVersion({
        ...tuwaiqV1,
        groups: [{ id: 'associations', kind: 'target', label: { ar: 'الجمعيات', en: 'associations' }, requiredDocuments: [] }],
      }),
    ).toThrow(/"job-seekers" is not a group of the plan/);
    expect(() => checkPolicyVersion({ ...tuwaiqV1, reverification: { everyDays: 0 } })).toThrow(/everyDays/);
    expect(checkPolicyVersion(tuwaiqV1)).toBe(tuwaiqV1);
  });
});

describe('documents required by the target group (Tuwaiq 6-2)', () => {
  const withGroups: EligibilityPolicyVersion = {
    ...tuwaiqV1,
    groups: [
      { id: 'job-seekers', kind: 'target', label: { ar: 'الباحثون عن عمل', en: 'job seekers' }, requiredDocuments: ['national-id', 'cv', 'qualification'] },
      { id: 'orphans', kind: 'status', label: { ar: 'الأيتام', en: 'orphans' }, requiredDocuments: ['status-certificate'] },
    ],
  };
  const names = (type: string) => ({ ar: `«${type}»`, en: type });

  it.each([
    [['national-id', 'cv', 'qualification'], true, 'all attached'],
    [['national-id', 'cv', 'qualification', 'national-address'], true, 'all attached'],
    [['national-id'], false, 'documents missing: cv, qualification'],
  ])('with %j attached: met %s', (attached, met, en) => {
    const result = groupDocumentsCriterion(withGroups, 'job-seeker-training', attached, names);
    expect(result?.met).toBe(met);
    expect(result?.reason.en).toContain(en);
  });

  it('asks for nothing when the plan declares no groups', () => {
    expect(groupDocumentsCriterion(tuwaiqV1, 'job-seeker-training', [], names)).toBeNull();
  });
});

describe('policy versions (a case is judged under the version in force when it was submitted)', () => {
  const v2: EligibilityPolicyVersion = { ...tuwaiqV1, version: 2, effectiveFrom: '2025-01-01T00:00:00Z' };
  const draft: EligibilityPolicyVersion = { ...tuwaiqV1, version: 3, status: 'draft', approval: null, effectiveFrom: '2025-06-01T00:00:00Z' };

  it.each([
    ['2024-06-01T00:00:00Z', 1],
    ['2025-01-01T00:00:00Z', 2],
    ['2026-01-01T00:00:00Z', 2],
  ])('a case submitted at %s is judged under version %i (drafts never apply)', (at, version) => {
    expect(versionInForce([tuwaiqV1, v2, draft], new Date(at))?.version).toBe(version);
  });

  it('has no version for a case submitted before the first approval', () => {
    expect(versionInForce([tuwaiqV1], new Date('2023-01-01T00:00:00Z'))).toBeNull();
  });

  it('shows which current cases a draft would decide differently before the board approves it', async () => {
    const raisedAge: EligibilityPolicyVersion = {
      ...draft,
      services: {
        'job-seeker-training': {
          targetGroups: ['job-seekers'],
          criteria: tuwaiqV1.services['job-seeker-training'].criteria.map((c) => (c.id === 'age-under-40' ? { ...c, value: 45 } : c)),
        },
      },
    };
    const cases = [
      {
        caseId: 'a',
        caseNumber: 'TWQ-1447-000042',
        serviceId: 'job-seeker-training',
        applicant: { age: 42, qualification: 'bachelor', employmentStatus: 'job-seeker' },
      },
      { caseId: 'b', serviceId: 'job-seeker-training', applicant: { age: 25, qualification: 'bachelor', employmentStatus: 'job-seeker' } },
      { caseId: 'c', serviceId: 'job-seeker-training', applicant: { age: 50, qualification: 'bachelor', employmentStatus: 'job-seeker' } },
    ];
    expect(await compareVersions(tuwaiqV1, raisedAge, cases)).toEqual([
      {
        caseId: 'a',
        caseNumber: 'TWQ-1447-000042',
        from: 'not-eligible',
        to: 'eligible',
        criteria: [
          {
            criterionId: 'age-under-40',
            before: { met: false, reason: { ar: 'العمر 40 سنة فأكثر', en: 'aged 40 or over' } },
            after: { met: true, reason: { ar: 'العمر أقل من 40 سنة', en: 'under 40' } },
          },
        ],
      },
    ]);
  });

  it('names a criterion the draft adds or removes as changed, and leaves out those judged the same', () => {
    const met = (criterionId: string, ok: boolean) => ({ criterionId, met: ok, reason: { ar: criterionId, en: criterionId } });
    expect(
      changedCriteria([met('kept', true), met('removed', false), met('flipped', true)], [met('kept', true), met('flipped', false), met('added', false)]),
    ).toEqual([
      { criterionId: 'removed', before: { met: false, reason: { ar: 'removed', en: 'removed' } }, after: null },
      {
        criterionId: 'flipped',
        before: { met: true, reason: { ar: 'flipped', en: 'flipped' } },
        after: { met: false, reason: { ar: 'flipped', en: 'flipped' } },
      },
      { criterionId: 'added', before: null, after: { met: false, reason: { ar: 'added', en: 'added' } } },
    ]);
  });
});
