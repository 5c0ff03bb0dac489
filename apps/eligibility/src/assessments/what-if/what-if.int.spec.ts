import { randomUUID } from 'node:crypto';
import mongoose, { type Model } from 'mongoose';
import type { EligibilityPolicyVersion } from '@athar/domain-eligibility';
import { Beneficiary, BeneficiarySchema } from '../../beneficiaries/beneficiary.schema';
import { EligibilityPolicies } from '../policies/eligibility-policies';
import { compareWithCurrentCases } from './what-if.handler';

jest.setTimeout(60_000);

/**
 * The what-if comparison on the real read model (FerretDB) and Tuwaiq's approved policy file: the board
 * reads case numbers and the criteria each changed case passes or fails before and after, and is told
 * when the comparison was cut at its limit.
 */
describe('what-if: case numbers, changed criteria and the cut', () => {
  let connection: mongoose.Connection;
  let beneficiaries: Model<Beneficiary>;
  const schema = `it_what_if_${randomUUID().slice(0, 8)}`;
  const now = new Date();
  const current = new EligibilityPolicies().inForce('tuwaiq', now)!;
  // The draft admits the employed too: the employed applicant's case changes on the job-seeker criterion.
  const training = current.services['job-seeker-training'];
  const draft: EligibilityPolicyVersion = {
    ...current,
    version: current.version + 1,
    status: 'draft',
    approval: null,
    services: {
      'job-seeker-training': {
        ...training,
        criteria: training.criteria.map((c) => (c.id === 'job-seeker' ? { ...c, operator: 'in', value: ['job-seeker', 'employed'] } : c)),
      },
    },
  };
  const row = (caseId: string, caseNumber: string, employmentStatus: string) => ({
    _id: `tuwaiq:${caseId}`,
    tenantId: 'tuwaiq',
    caseId,
    caseNumber,
    serviceId: 'job-seeker-training',
    submittedAt: now,
    applicant: { birthDate: '1998-03-01', qualification: 'diploma', employmentStatus },
    outcome: employmentStatus === 'job-seeker' ? 'eligible' : 'not-eligible',
    lastPosition: 1,
  });

  beforeAll(async () => {
    connection = await mongoose.createConnection(`${process.env.ATHAR_MONGO_URL ?? 'mongodb://127.0.0.1:27017'}/${schema}`).asPromise();
    beneficiaries = connection.model(Beneficiary.name, BeneficiarySchema);
    await beneficiaries.insertMany([
      row('case-a', 'TWQ-1447-000001', 'employed'),
      row('case-b', 'TWQ-1447-000002', 'job-seeker'),
      row('case-c', 'TWQ-1447-000003', 'employed'),
    ]);
  });

  afterAll(async () => {
    await connection?.dropDatabase();
    await connection?.close();
  });

  it('names each changed case by its number, with the criteria that pass or fail before and after', async () => {
    const answer = await compareWithCurrentCases(beneficiaries, 'tuwaiq', current, draft, now, 100);
    expect(answer).toMatchObject({ compared: 3, total: 3, limit: 100, truncated: false });
    expect(answer.changes.map((c) => c.caseNumber)).toEqual(['TWQ-1447-000001', 'TWQ-1447-000003']);
    expect(answer.changes[0]).toMatchObject({
      caseId: 'case-a',
      from: 'not-eligible',
      to: 'eligible',
      criteria: [{ criterionId: 'job-seeker', before: { met: false, reason: expect.objectContaining({ en: expect.any(String) }) }, after: { met: true } }],
    });
  });

  it('says the comparison was cut at its limit, with how many cases there were', async () => {
    const answer = await compareWithCurrentCases(beneficiaries, 'tuwaiq', current, draft, now, 2);
    expect(answer).toMatchObject({ compared: 2, total: 3, limit: 2, truncated: true });
    expect(answer.changes.map((c) => c.caseNumber)).toEqual(['TWQ-1447-000001']);
  });
});
