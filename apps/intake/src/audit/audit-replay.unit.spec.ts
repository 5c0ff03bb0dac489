import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ApplicationSubmittedV1, RecordedEvent } from '@athar/contracts';
import { castVote, initialReviewState, evolveReview, openReview, type ReviewEvent } from '@athar/domain-committee-review';
import {
  applicantAttributes,
  assessEligibility,
  combineAssessment,
  evaluateEligibility,
  groupDocumentsCriterion,
  withGroupDocuments,
  type EligibilityPolicyVersion,
} from '@athar/domain-eligibility';
import { loadTenantPolicies } from '@athar/tenancy';
import { eventsAsOf, replayCase } from './case-replay';
import { differences, reproduceAssessment, reproduceCommitteeDecisions, votingRulesOf, type KeptRules } from './decision-reproduction';

const TENANT = 'tuwaiq';
const CASE = '5b0d6f0e-8a52-4c1e-9d0e-3f1b2a4c5d6e';
const tenantPolicy = loadTenantPolicies().find((p) => p.tenantId === TENANT)!;
const eligibilityVersions = JSON.parse(
  readFileSync(join(__dirname, '..', '..', '..', 'eligibility', 'policies', 'tuwaiq.eligibility.json'), 'utf8'),
) as EligibilityPolicyVersion[];
const rules: KeptRules = { tenantPolicy, tenantPolicyVersions: [tenantPolicy], eligibilityVersions };

let position = 0;
const recorded = (streamId: string, type: string, data: unknown, recordedAt: string, revision = 0): RecordedEvent => ({
  eventId: `00000000-0000-4000-8000-${String(++position).padStart(12, '0')}`,
  type,
  version: 1,
  tenantId: TENANT,
  streamId,
  revision,
  globalPosition: String(position),
  occurredAt: recordedAt,
  recordedAt,
  actor: { id: 'service:test', role: 'service', channel: 'system' },
  correlationId: 'c0000000-0000-4000-8000-000000000000',
  causationId: null,
  data,
  previousHash: '0'.repeat(64),
  hash: '0'.repeat(64),
});

const application: ApplicationSubmittedV1 = {
  caseId: CASE,
  caseNumber: 'TWQ-1447-000001',
  servedBeforeElsewhere: false,
  serviceId: 'job-seeker-training',
  channel: 'in-person',
  applicant: {
    fullName: 'منى',
    nationalId: '1012345678',
    mobile: '0512345678',
    birthDate: '1999-01-01',
    qualification: 'bachelor',
    employmentStatus: 'job-seeker',
  },
  policyVersion: tenantPolicy.policyVersion,
  submittedAt: '2026-01-10T08:00:00.000Z',
  reviewWindow: { days: 7, counting: 'calendar' },
} as unknown as ApplicationSubmittedV1;

/** The assessment as the eligibility reactor makes it (assess-on-submission.reactor.ts), with every document of the group attached. */
async function assessedAsTheServiceDoes() {
  const version = eligibilityVersions[0];
  const baseline = assessEligibility(
    application,
    tenantPolicy.services.map((s) => s.id),
    new Date('2026-01-10T08:00:01.000Z'),
  );
  const attached = ['national-id', 'national-address', 'cv', 'qualification'];
  const evaluation = withGroupDocuments(
    await evaluateEligibility(version, application.serviceId, applicantAttributes(application)),
    groupDocumentsCriterion(version, application.serviceId, attached),
    attached,
  );
  return combineAssessment(baseline, evaluation);
}

async function caseHistory(): Promise<RecordedEvent[]> {
  const assessed = await assessedAsTheServiceDoes();
  const stream = (context: string, aggregate: string) => `${context}.${aggregate}.${TENANT}.${CASE}`;
  const review = stream('committee-review', 'review');
  const opened = openReview(initialReviewState, assessed, new Date('2026-01-10T08:00:02.000Z'))!;
  const voting = votingRulesOf(tenantPolicy, application.serviceId)!;
  const events: RecordedEvent[] = [
    recorded(stream('intake', 'application'), 'ApplicationSubmitted', application, '2026-01-10T08:00:00.500Z'),
    recorded(stream('eligibility', 'assessment'), 'EligibilityAssessed', assessed, '2026-01-10T08:00:01.500Z'),
    recorded(review, 'ReviewOpened', opened, '2026-01-10T08:00:02.500Z'),
  ];
  let state = evolveReview(initialReviewState, events[2] as unknown as ReviewEvent);
  const first = castVote(
    state,
    voting,
    { caseId: CASE, memberId: 'tuwaiq-chair', vote: 'accept', reasonId: 'meets-conditions', note: null },
    new Date('2026-01-11T09:00:00.000Z'),
  );
  events.push(recorded(review, 'VoteCast', first.vote, '2026-01-11T09:00:00.100Z', 1));
  state = evolveReview(state, events[3] as unknown as ReviewEvent);
  const second = castVote(
    state,
    voting,
    { caseId: CASE, memberId: 'tuwaiq-member-1', vote: 'accept', reasonId: 'meets-conditions', note: 'ok' },
    new Date('2026-01-12T09:00:00.000Z'),
  );
  events.push(recorded(review, 'VoteCast', second.vote, '2026-01-12T09:00:00.100Z', 2));
  events.push(recorded(review, second.decision!.type, second.decision!.data, '2026-01-12T09:00:00.100Z', 3));
  events.push(
    recorded(
      stream('feedback', 'file'),
      'FeedbackFileOpened',
      { caseId: CASE, serviceId: application.serviceId, openedAt: '2026-01-10T08:00:01.000Z' },
      '2026-01-10T08:00:01.200Z',
    ),
  );
  return events;
}

describe('audit replay (ADR 0044)', () => {
  it('keeps the events recorded at or before the instant, in global order compared as numbers', () => {
    const events = [
      { recordedAt: '2026-01-01T00:00:02Z', globalPosition: '10', id: 'c' },
      { recordedAt: '2026-01-01T00:00:01Z', globalPosition: '9', id: 'b' },
      { recordedAt: '2026-01-01T00:00:03Z', globalPosition: '11', id: 'd' },
      { recordedAt: '2026-01-01T00:00:00Z', globalPosition: '2', id: 'a' },
    ];
    expect(eventsAsOf(events, new Date('2026-01-01T00:00:02Z')).map((e) => e.id)).toEqual(['a', 'b', 'c']);
    expect(eventsAsOf(events, new Date('2025-12-31T00:00:00Z'))).toEqual([]);
  });

  it("folds each service's state as the platform knew it at each instant", async () => {
    const events = await caseHistory();
    const atSubmission = replayCase(TENANT, CASE, events, new Date('2026-01-10T08:00:00.600Z'));
    expect(atSubmission.basis).toBe('recordedAt');
    expect(atSubmission.events.map((e) => e.type)).toEqual(['ApplicationSubmitted']);
    expect(atSubmission.state.intake.application.status).toBe('submitted');
    expect(atSubmission.state.eligibility.decision).toBeNull();
    expect(atSubmission.state.committeeReview.review.status).toBe('none');

    const afterEligibility = replayCase(TENANT, CASE, events, new Date('2026-01-10T08:00:03.000Z'));
    expect(afterEligibility.state.eligibility.assessment.outcome).toBe('eligible');
    expect(afterEligibility.state.feedback.file.recorded).toBe(true);
    expect(afterEligibility.state.committeeReview.review).toMatchObject({ status: 'open', round: 1, votes: [] });

    const decided = replayCase(TENANT, CASE, events, new Date('2026-02-01T00:00:00.000Z'));
    expect(decided.state.committeeReview.review.status).toBe('accepted');
    expect(decided.state.committeeReview.review.votes.map((v) => v.memberId)).toEqual(['tuwaiq-chair', 'tuwaiq-member-1']);
    expect(decided.events.map((e) => e.service)).toEqual([
      'intake',
      'eligibility',
      'committee-review',
      'committee-review',
      'committee-review',
      'committee-review',
      'feedback', // appended last to the store: global order, not the instant it claims
    ]);
  });

  it('reproduces the eligibility decision from its recorded inputs under the recorded versions', async () => {
    const events = await caseHistory();
    const assessed = events.find((e) => e.type === 'EligibilityAssessed')!;
    expect(await reproduceAssessment(assessed, rules)).toMatchObject({ verdict: 'same', differences: [], eligibilityPolicyVersion: 1 });
  });

  it('shows where a recorded eligibility decision differs from the re-run', async () => {
    const assessed = (await caseHistory()).find((e) => e.type === 'EligibilityAssessed')!;
    const data = assessed.data as { inputs: Record<string, unknown>; outcome: string };
    const tampered = { ...assessed, data: { ...data, inputs: { ...data.inputs, employmentStatus: 'employed' } } };
    const check = await reproduceAssessment(tampered, rules);
    expect(check.verdict).toBe('differs');
    expect(check.differences.map((d) => d.path)).toContain('outcome');
    expect(check.differences).toContainEqual({ path: 'outcome', recorded: '"eligible"', reproduced: '"not-eligible"' });
  });

  it('flags a decision whose policy version is not kept as one that cannot be reproduced', async () => {
    const assessed = (await caseHistory()).find((e) => e.type === 'EligibilityAssessed')!;
    const data = assessed.data as Record<string, unknown>;
    const oldEligibility = await reproduceAssessment({ ...assessed, data: { ...data, eligibilityPolicyVersion: 7 } }, rules);
    expect(oldEligibility).toMatchObject({ verdict: 'cannot-reproduce', reason: { en: 'cannot reproduce: eligibility policy version 7 not kept' } });
    const oldTenant = await reproduceAssessment({ ...assessed, data: { ...data, policyVersion: 99 } }, rules);
    expect(oldTenant).toMatchObject({ verdict: 'cannot-reproduce', reason: { en: 'cannot reproduce: policy version 99 not kept' } });
  });

  it("re-runs the committee's decision from the votes with committee-review's own castVote", async () => {
    const review = (await caseHistory()).filter((e) => e.streamId.startsWith('committee-review.review.'));
    expect(reproduceCommitteeDecisions(review, rules, tenantPolicy.policyVersion)).toEqual([
      expect.objectContaining({ type: 'ApplicationAccepted', verdict: 'same', differences: [] }),
    ]);
    const decision = review[3];
    const tally = (decision.data as { tally: Record<string, unknown> }).tally;
    const tampered = [...review.slice(0, 3), { ...decision, data: { ...(decision.data as object), tally: { ...tally, accept: 3 } } }];
    const [check] = reproduceCommitteeDecisions(tampered, rules, tenantPolicy.policyVersion);
    expect(check.differences).toEqual([{ path: 'data.tally.accept', recorded: '3', reproduced: '2' }]);
    expect(reproduceCommitteeDecisions(review, rules, 5)[0]).toMatchObject({
      verdict: 'cannot-reproduce',
      reason: { en: 'cannot reproduce: policy version 5 not kept' },
    });
  });

  it('re-runs a decision under the kept policy version it was made under, not the current one', async () => {
    const review = (await caseHistory()).filter((e) => e.streamId.startsWith('committee-review.review.'));
    // the policy moved on: version current+1 needs one more vote for a quorum; the decision was made under
    // the current version, now kept as an earlier one
    const next = {
      ...tenantPolicy,
      policyVersion: tenantPolicy.policyVersion + 1,
      committeeReview: {
        ...tenantPolicy.committeeReview,
        committees: tenantPolicy.committeeReview.committees.map((c) => ({ ...c, quorum: c.quorum + 1 })),
      },
    };
    const moved: KeptRules = { tenantPolicy: next, tenantPolicyVersions: [next, tenantPolicy], eligibilityVersions };
    expect(reproduceCommitteeDecisions(review, moved, tenantPolicy.policyVersion)[0]).toMatchObject({
      verdict: 'same',
      policyVersion: tenantPolicy.policyVersion,
    });
    // judged by the newer rules instead, that vote would not have decided: the version chosen matters
    const [underNext] = reproduceCommitteeDecisions(review, moved, next.policyVersion);
    expect(underNext).toMatchObject({ verdict: 'differs', policyVersion: next.policyVersion });
    expect(underNext.differences).toContainEqual({ path: 'type', recorded: '"ApplicationAccepted"', reproduced: 'null' });
    const assessed = (await caseHistory()).find((e) => e.type === 'EligibilityAssessed')!;
    expect(await reproduceAssessment(assessed, moved)).toMatchObject({ verdict: 'same', policyVersion: tenantPolicy.policyVersion });
  });

  it('lists differences leaf by leaf', () => {
    expect(differences({ a: 1, b: [1, 2], c: { d: 'x' } }, { a: 1, b: [1, 3, 4], c: { d: 'x' }, e: true })).toEqual([
      { path: 'b.1', recorded: '2', reproduced: '3' },
      { path: 'b.2', recorded: 'null', reproduced: '4' },
      { path: 'e', recorded: 'null', reproduced: 'true' },
    ]);
  });
});
