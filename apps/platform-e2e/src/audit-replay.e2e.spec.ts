import { applicationBody, eventually, PlatformUnderTest } from './platform-under-test';

jest.setTimeout(180_000);

// The tenant of 002 (general-assembly-002): committee research-committee, chair + two members, quorum 2.
const TENANT = 'general-assembly-002';
const MEMBER = { chair: `${TENANT}-chair`, first: `${TENANT}-member-1` };
const PURPOSE = 'annual audit of committee decisions 1447';

interface Replay {
  caseId: string;
  asOf: string;
  basis: string;
  events: Array<{
    service: string;
    type: string;
    recordedAt: string;
    globalPosition: string;
    actor: { id: string };
    correlationId: string;
    data: Record<string, unknown>;
  }>;
  state: {
    intake: { application: { status: string; submitted?: { caseNumber: string; applicant: { fullName: string; nationalId: string } } } };
    eligibility: { assessment: { outcome: string | null }; decision: { criteria: Array<{ criterionId: string; met: boolean }> } | null };
    committeeReview: {
      review: { status: string; round: number; deadline?: string; votes: Array<{ memberId: string; vote: string; reason: { id: string } }> };
      delivery: { opened?: { programme: unknown } };
    };
    partnerAllocation: { demand: { recorded: boolean } };
    feedback: { file: { recorded: boolean } };
  };
}
interface Decisions {
  decisions: Array<{ kind: string; type: string; verdict: string; differences: unknown[] }>;
  summary: { same: number; differs: number; cannotReproduce: number };
}

describe('audit replay: an auditor replays a case as of any instant and sees every decision reproduced (ADR 0044)', () => {
  const platform = PlatformUnderTest.current();
  let officer: string;
  let auditor: string;
  const call = (service: Parameters<PlatformUnderTest['url']>[0], path: string, token: string, init: RequestInit = {}) =>
    fetch(`${platform.url(service)}${path}`, { ...init, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...init.headers } });
  const json = async <T>(response: Promise<Response>): Promise<T> => (await (await response).json()) as T;
  const replay = (caseId: string, asOf: string, purpose?: string) =>
    call('intake', `/audit/cases/${caseId}?asOf=${encodeURIComponent(asOf)}${purpose ? `&purpose=${encodeURIComponent(purpose)}` : ''}`, auditor);
  /** An instant strictly after everything recorded so far, and before anything recorded next. */
  const instant = async () => {
    await new Promise((r) => setTimeout(r, 20));
    const at = new Date().toISOString();
    await new Promise((r) => setTimeout(r, 20));
    return at;
  };

  beforeAll(async () => {
    officer = await platform.token(TENANT, ['relations-officer']);
    auditor = await platform.token(TENANT, ['auditor']);
  });

  it("reproduces what each service showed right after submission, after eligibility and after the decision; every decision re-runs the same; erasure leaves the replay working; another tenant's auditor learns nothing", async () => {
    // 1. Submission at intake: capture intake's own view at once.
    const submitted = await call('intake', '/applications', officer, { method: 'POST', body: JSON.stringify(applicationBody('member-service', 'interview')) });
    expect(submitted.status).toBe(201);
    const { caseId } = (await submitted.json()) as { caseId: string };
    const intakeThen = await json<{ status: string; caseNumber: string; applicant: { fullName: string; nationalId: string } }>(
      call('intake', `/applications/${caseId}?purpose=case-handling`, officer),
    );
    const [applicationEvent] = (await json<Replay>(replay(caseId, new Date().toISOString()))).events.filter((e) => e.type === 'ApplicationSubmitted');
    const t1 = applicationEvent.recordedAt; // the instant intake recorded the submission: what intake showed then

    // 2. Eligibility assessed, the committee's review open: capture both services' views once they agree.
    const { value: afterEligibility } = await eventually(async () => {
      const eligibility = await call('eligibility', `/cases/${caseId}`, officer);
      const review = await call('committee-review', `/reviews/${caseId}`, officer);
      if (eligibility.status !== 200 || review.status !== 200) return undefined;
      const view = (await eligibility.json()) as { stage: string; details: { criteria?: Array<{ criterionId: string; met: boolean }> } };
      return view.stage === 'under-review' || view.stage.startsWith('assessed')
        ? { view, review: (await review.json()) as Replay['state']['committeeReview']['review'] }
        : undefined;
    });
    const t2 = await instant();

    // 3. The committee decides (a tie broken by the chair) and delivery opens.
    const member = (userId: string) => platform.tokenFor(TENANT, userId, [userId.endsWith('-chair') ? 'committee-chair' : 'committee-member']);
    expect(
      (
        await call('committee-review', `/reviews/${caseId}/votes`, await member(MEMBER.first), {
          method: 'POST',
          body: JSON.stringify({ vote: 'reject', reasonId: 'documents-insufficient' }),
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await call('committee-review', `/reviews/${caseId}/votes`, await member(MEMBER.chair), {
          method: 'POST',
          body: JSON.stringify({ vote: 'accept', reasonId: 'meets-conditions' }),
        })
      ).status,
    ).toBe(201);
    const { value: delivered } = await eventually(async () => {
      const view = await json<{ stage: string }>(call('committee-review', `/cases/${caseId}`, officer));
      return view.stage === 'in-delivery' ? view : undefined;
    });
    const reviewDecided = await json<Replay['state']['committeeReview']['review']>(call('committee-review', `/reviews/${caseId}`, officer));
    const t3 = await instant();

    // The replay as of each instant equals what the services showed then.
    const atSubmission = await json<Replay>(replay(caseId, t1, PURPOSE));
    expect(atSubmission.basis).toBe('recordedAt');
    expect(atSubmission.state.intake.application.status).toBe(intakeThen.status);
    expect(atSubmission.state.intake.application.submitted).toMatchObject({ caseNumber: intakeThen.caseNumber, applicant: intakeThen.applicant });
    expect(atSubmission.state.eligibility.decision).toBeNull();
    expect(atSubmission.state.committeeReview.review.status).toBe('none');

    const atEligibility = await json<Replay>(replay(caseId, t2));
    expect(atEligibility.state.eligibility.assessment.outcome).toBe('eligible');
    expect(atEligibility.state.eligibility.decision?.criteria.map(({ criterionId, met }) => ({ criterionId, met }))).toEqual(
      (afterEligibility.view.details.criteria ?? []).map(({ criterionId, met }) => ({ criterionId, met })),
    );
    expect(atEligibility.state.committeeReview.review).toMatchObject({
      status: afterEligibility.review.status,
      round: afterEligibility.review.round,
      deadline: afterEligibility.review.deadline,
      votes: [],
    });
    expect(atEligibility.state.intake.application.submitted?.applicant.fullName).toBe('[redacted]'); // no purpose stated

    const atDecision = await json<Replay>(replay(caseId, t3));
    expect(delivered.stage).toBe('in-delivery');
    expect(atDecision.state.committeeReview.review.status).toBe(reviewDecided.status);
    expect(atDecision.state.committeeReview.review.votes.map(({ memberId, vote, reason }) => ({ memberId, vote, reason: reason.id }))).toEqual(
      reviewDecided.votes.map(({ memberId, vote, reason }) => ({ memberId, vote, reason: reason.id })),
    );
    expect(atDecision.state.committeeReview.delivery.opened).toBeDefined();
    expect(atDecision.state.partnerAllocation.demand.recorded).toBe(true);
    expect(atDecision.state.feedback.file.recorded).toBe(true);
    expect(new Set(atDecision.events.map((e) => e.service))).toEqual(new Set(['intake', 'eligibility', 'committee-review', 'partner-allocation', 'feedback']));
    // every event caused by the submission carries its correlation id
    const caused = atDecision.events.filter(
      (e) => e.service !== 'intake' && e.type !== 'VoteCast' && !e.type.startsWith('Application') && e.type !== 'ServiceDeliveryOpened',
    );
    expect(caused.every((e) => e.correlationId === applicationEvent.correlationId)).toBe(true);
    const positions = atDecision.events.map((e) => BigInt(e.globalPosition));
    expect(positions).toEqual([...positions].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));

    // Every decision re-runs the same.
    const decisions = await json<Decisions>(call('intake', `/audit/cases/${caseId}/decisions`, auditor));
    expect(decisions.decisions.map((d) => [d.type, d.verdict])).toEqual([
      ['EligibilityAssessed', 'same'],
      ['ApplicationAccepted', 'same'],
    ]);
    expect(decisions.summary).toEqual({ same: 2, differs: 0, cannotReproduce: 0 });

    // Every audit read is logged; the one with a purpose is also a record read of the beneficiary's data.
    const reads = await json<{ items: Array<{ readBy: string; purpose: string }> }>(call('intake', `/cases/${caseId}/record-reads`, auditor));
    expect(reads.items.filter((r) => r.purpose === 'audit')).toHaveLength(1);

    // Erasure: the replay still works, personal fields read [erased], every decision still re-runs the same.
    const admin = await platform.token(TENANT, ['tenant-admin']);
    expect(
      (await call('intake', `/cases/${caseId}/personal-data/erasure`, admin, { method: 'POST', body: JSON.stringify({ reason: 'beneficiary-request' }) }))
        .status,
    ).toBe(200);
    const afterErasure = await json<Replay>(replay(caseId, new Date().toISOString(), PURPOSE));
    expect(afterErasure.state.intake.application.submitted?.applicant).toMatchObject({ fullName: '[erased]', nationalId: '[erased]' });
    expect(afterErasure.state.committeeReview.review.status).toBe('accepted');
    expect(afterErasure.events.map((e) => e.type)).toContain('BeneficiaryDataErased');
    expect((await json<Decisions>(call('intake', `/audit/cases/${caseId}/decisions`, auditor))).summary).toEqual({ same: 2, differs: 0, cannotReproduce: 0 });

    // Another tenant's auditor: 404, exactly as for a case that does not exist.
    const outsider = await platform.token('awj', ['auditor']);
    for (const path of [`/audit/cases/${caseId}`, `/audit/cases/${caseId}/decisions`]) {
      const foreign = await call('intake', path, outsider);
      const missing = await call('intake', path.replace(caseId, '00000000-0000-4000-8000-000000000000'), outsider);
      expect(foreign.status).toBe(404);
      const [a, b] = [await foreign.json(), await missing.json()] as Array<Record<string, unknown>>;
      delete a.correlationId;
      delete b.correlationId;
      expect(a).toEqual(b);
    }
    // Staff who are not auditors may not replay.
    expect((await call('intake', `/audit/cases/${caseId}`, officer)).status).toBe(403);
  });

  describe('bad input', () => {
    let caseId: string;
    beforeAll(async () => {
      const submitted = await call('intake', '/applications', officer, {
        method: 'POST',
        body: JSON.stringify(applicationBody('member-service', 'interview')),
      });
      caseId = ((await submitted.json()) as { caseId: string }).caseId;
    });

    const future = () => new Date(Date.now() + 3_600_000).toISOString();
    const CORPUS: Array<{ name: string; path: (caseId: string) => string; status?: number }> = [
      { name: 'asOf not a date', path: (c) => `/audit/cases/${c}?asOf=yesterday` },
      { name: 'asOf a date without time', path: (c) => `/audit/cases/${c}?asOf=2026-01-01` },
      { name: 'asOf without offset', path: (c) => `/audit/cases/${c}?asOf=2026-01-01T10:00:00` },
      { name: 'asOf month 13', path: (c) => `/audit/cases/${c}?asOf=2026-13-01T00:00:00Z` },
      { name: 'asOf day 32', path: (c) => `/audit/cases/${c}?asOf=2026-01-32T00:00:00Z` },
      { name: 'asOf hour 25', path: (c) => `/audit/cases/${c}?asOf=2026-01-01T25:00:00Z` },
      { name: 'asOf epoch millis', path: (c) => `/audit/cases/${c}?asOf=1767225600000` },
      { name: 'asOf empty', path: (c) => `/audit/cases/${c}?asOf=` },
      { name: 'asOf twice', path: (c) => `/audit/cases/${c}?asOf=2026-01-01T00:00:00Z&asOf=2026-01-02T00:00:00Z` },
      { name: 'asOf in the future', path: (c) => `/audit/cases/${c}?asOf=${encodeURIComponent(future())}` },
      { name: 'asOf far in the future', path: (c) => `/audit/cases/${c}?asOf=9999-12-31T23:59:59Z` },
      { name: 'asOf far past', path: (c) => `/audit/cases/${c}?asOf=1900-01-01T00:00:00Z` },
      { name: 'asOf before the platform', path: (c) => `/audit/cases/${c}?asOf=2019-12-31T23:59:59Z` },
      { name: 'asOf the epoch', path: (c) => `/audit/cases/${c}?asOf=1970-01-01T00:00:00Z` },
      { name: 'asOf with SQL', path: (c) => `/audit/cases/${c}?asOf=${encodeURIComponent("2026-01-01T00:00:00Z' OR 1=1--")}` },
      { name: 'asOf as an object', path: (c) => `/audit/cases/${c}?asOf[gt]=2026-01-01T00:00:00Z` },
      { name: 'asOf very long', path: (c) => `/audit/cases/${c}?asOf=${'2'.repeat(2000)}` },
      { name: 'purpose too short', path: (c) => `/audit/cases/${c}?purpose=audit` },
      { name: 'purpose blank', path: (c) => `/audit/cases/${c}?purpose=${encodeURIComponent('            ')}` },
      { name: 'purpose empty', path: (c) => `/audit/cases/${c}?purpose=` },
      { name: 'purpose too long', path: (c) => `/audit/cases/${c}?purpose=${'a'.repeat(301)}` },
      { name: 'purpose twice', path: (c) => `/audit/cases/${c}?purpose=${encodeURIComponent(PURPOSE)}&purpose=${encodeURIComponent(PURPOSE)}` },
      { name: 'purpose as an object', path: (c) => `/audit/cases/${c}?purpose[x]=${encodeURIComponent(PURPOSE)}` },
      { name: 'unknown filter', path: (c) => `/audit/cases/${c}?service=intake` },
      { name: 'unknown filter on decisions', path: (c) => `/audit/cases/${c}/decisions?verdict=differs` },
      { name: 'asOf on decisions', path: (c) => `/audit/cases/${c}/decisions?asOf=2026-01-01T00:00:00Z` },
      { name: 'unknown filter on rounds', path: () => `/audit/rounds/00000000-0000-4000-8000-000000000000/decisions?limit=5` },
      { name: 'case id not a UUID', path: () => '/audit/cases/not-a-case' },
      { name: 'case id a number', path: () => '/audit/cases/12345' },
      { name: 'case id version 1 UUID', path: () => '/audit/cases/6ba7b810-9dad-11d1-80b4-00c04fd430c8' },
      { name: 'case id with traversal', path: () => `/audit/cases/${encodeURIComponent('../applications')}` },
      { name: 'case id too long', path: () => `/audit/cases/${'a'.repeat(500)}` },
      { name: 'case id on decisions not a UUID', path: () => '/audit/cases/x/decisions' },
      { name: 'round id not a UUID', path: () => '/audit/rounds/round-1/decisions' },
      { name: 'case that does not exist', path: () => '/audit/cases/00000000-0000-4000-8000-000000000000', status: 404 },
      { name: 'round that does not exist', path: () => '/audit/rounds/00000000-0000-4000-8000-000000000000/decisions', status: 404 },
    ];

    it(`answers each of the ${CORPUS.length} with a 4xx and a reason in Arabic and English (field reasons on 422)`, async () => {
      expect(CORPUS.length).toBeGreaterThanOrEqual(30);
      const failures: string[] = [];
      for (const bad of CORPUS) {
        const response = await call('intake', bad.path(caseId), auditor);
        const answer = (await response.json().catch(() => null)) as {
          code?: string;
          message?: { ar?: string; en?: string };
          fields?: Array<{ field: string; reasons: Array<{ ar: string; en: string }> }>;
        } | null;
        const clear = response.status >= 400 && response.status < 500 && !!answer?.code && !!answer.message?.ar && !!answer.message?.en;
        const withFields =
          response.status !== 422 ||
          ((answer?.fields?.length ?? 0) > 0 && (answer?.fields ?? []).every((f) => f.field && f.reasons.every((r) => r.ar && r.en)));
        if (!clear || !withFields || (bad.status !== undefined && response.status !== bad.status))
          failures.push(`${bad.name}: ${response.status} ${JSON.stringify(answer)}`);
      }
      expect(failures).toEqual([]);
    });
  });
});
