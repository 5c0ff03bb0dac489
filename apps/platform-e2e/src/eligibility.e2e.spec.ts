import { eventually, PlatformUnderTest, submitTuwaiqTraining } from './platform-under-test';

jest.setTimeout(90_000);

interface View {
  stage: string;
  details: { criteria?: Array<{ criterionId: string; met: boolean; reason: { ar: string; en: string } }>; eligibilityPolicyVersion?: number | null };
}

describe('eligibility under the versioned, board-approved criteria (Tuwaiq 6-1, 6-3)', () => {
  const platform = PlatformUnderTest.current();
  const view = async (context: 'eligibility' | 'committee-review', caseId: string, token: string): Promise<View | undefined> => {
    const r = await fetch(`${platform.url(context)}/cases/${caseId}`, { headers: { authorization: `Bearer ${token}` } });
    return r.status === 200 ? ((await r.json()) as View) : undefined;
  };

  it('finds an eligible job seeker eligible under version 1, and sends the case to the committee', async () => {
    const token = await platform.token('tuwaiq', ['relations-officer']);
    const { caseId } = await submitTuwaiqTraining(platform, token, { qualification: 'bachelor', employmentStatus: 'job-seeker' });
    const { value } = await eventually(() => view('eligibility', caseId, token));
    expect(value.stage).toBe('assessed-eligible');
    expect(value.details.eligibilityPolicyVersion).toBe(1);
    expect(value.details.criteria?.map((c) => c.criterionId)).toEqual([
      'service-offered',
      'applicant-identified',
      'age-18-or-over',
      'job-seeker',
      'qualification',
      'group-documents',
    ]);
    await eventually(async () => ((await view('committee-review', caseId, token))?.stage === 'under-review' ? true : undefined));
  });

  it('tells an employed applicant why not, and the committee never sees the case', async () => {
    const token = await platform.token('tuwaiq', ['relations-officer']);
    const { caseId } = await submitTuwaiqTraining(platform, token, { qualification: 'bachelor', employmentStatus: 'employed' });
    const { value } = await eventually(() => view('eligibility', caseId, token));
    expect(value.stage).toBe('assessed-not-eligible');
    const failed = value.details.criteria?.filter((c) => !c.met) ?? [];
    expect(failed.map((c) => c.criterionId)).toEqual(['job-seeker']);
    expect(failed[0].reason.ar).toContain('للباحثين عن عمل');
    await new Promise((r) => setTimeout(r, 1500));
    expect(await view('committee-review', caseId, token)).toBeUndefined();
  });
});
