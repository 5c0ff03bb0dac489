import { randomUUID } from 'node:crypto';
import { BOUNDED_CONTEXTS, type BoundedContext } from '@athar/contracts';
import { PERSON_ROLES, permissionRows, type PermissionRow, type Role } from '@athar/identity';
import { Pool } from 'pg';
import { exampleRequest, type OpenApiDocument } from './openapi-requests';
import { applicationBody, bodyWithoutCorrelation, claimsOf, eventually, newNationalId, PlatformUnderTest, submitTuwaiqTraining } from './platform-under-test';
import { approvedShareOf, requestBody, studyBody } from './partner-arrangements';
import { applyThroughLink, eventuallyTextTo, linkBody, wayBackIn } from './public-link-flow';

jest.setTimeout(120_000);

/**
 * Tenant isolation (docs/security.md): every endpoint of every service that takes a path parameter,
 * called with another tenant's credentials (every role, so the role guard lets it through) on tenant
 * A's real records, with a VALID body generated from the endpoint's OpenAPI schema and the record's
 * real revision in If-Match (so validation passes and the request reaches the tenant lookup), answers
 * exactly as it does for a record that does not exist: 404, same body, and nothing stored changes.
 * No list of tenant B shows anything of tenant A. The endpoints come from OpenAPI (a service refuses
 * to start with an undocumented route), and a path parameter this test cannot fill fails it.
 */
describe("tenant isolation: tenant B's credentials on tenant A's records, generated over every endpoint", () => {
  const platform = PlatformUnderTest.current();
  const pool = new Pool({ connectionString: process.env.ATHAR_PG_URL ?? 'postgres://athar:athar@127.0.0.1:15432/athar', max: 2 });
  let rows: PermissionRow[];
  const documents = new Map<string, OpenApiDocument>();
  const real: Record<string, string> = {};
  const revisions: Record<string, string> = {};
  const secrets: string[] = [];
  let intruder: string;
  let owner: string;

  /** Path parameters naming one of tenant A's records; any other parameter must be listed in ENUMERATED. */
  const RECORD_PARAMS = [
    'caseId',
    'documentId',
    'inquiryId',
    'referralId',
    'userId',
    'partnerRequestId',
    'roundId',
    'agreementId',
    'complaintId',
    'issueId',
    'reportId',
    'workflowId',
  ];
  const ENUMERATED = ['role'];
  // Path parameters naming a part of one of those records (a workflow's pending activity): the same valid
  // value on tenant A's record and on the missing one, so the two calls differ only in the record's owner.
  const WITHIN: Record<string, string> = { activityId: '1' };
  // Tenant B's intruder holds every role of an association's people. Not `operations`: that role is the
  // platform's operators', across tenants by design (workflow and system data only, never personal data;
  // docs/adr/0045), so it is no tenant's intruder.
  const INTRUDER_ROLES: readonly Role[] = PERSON_ROLES.filter((role) => role !== 'operations');
  const intruderMay = (row: PermissionRow) => row.allowed !== 'public' && row.allowed.some((role) => INTRUDER_ROLES.includes(role));
  const MISSING: Record<string, () => string> = {
    documentId: () => 'a1b2c3d4e5f60718293a4b5c',
    workflowId: () => encodeURIComponent(`review-timeline/tuwaiq/${randomUUID()}`),
  };

  beforeAll(async () => {
    rows = [];
    for (const context of BOUNDED_CONTEXTS) {
      const document = (await (await fetch(`${platform.url(context)}/docs-json`)).json()) as OpenApiDocument;
      documents.set(context, document);
      rows.push(...permissionRows(context, document as never));
    }
    owner = await platform.token('tuwaiq', ['relations-officer', 'social-researcher']);
    const submitted = await submitTuwaiqTraining(platform, owner, { qualification: 'bachelor', employmentStatus: 'job-seeker' });
    real.caseId = submitted.caseId;
    real.documentId = submitted.documents[0].documentId;
    const post = (path: string, body: unknown) =>
      fetch(`${platform.url('intake')}${path}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${owner}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    real.inquiryId = ((await (await post('/inquiries', { channel: 'phone', question: 'ما المستندات المطلوبة؟' })).json()) as { inquiryId: string }).inquiryId;
    const person = { fullName: 'منى الدوسري', nationalId: newNationalId(), mobile: '0512345678' };
    real.referralId = (
      (await (
        await post('/referrals', {
          target: { kind: 'external', name: 'جمعية خارجية' },
          requestedService: 'استشارة',
          reason: 'خارج الاختصاص',
          applicant: person,
          consentedFields: ['fullName'],
        })
      ).json()) as { referralId: string }
    ).referralId;
    // tenant A's partner-allocation records (Tuwaiq, partner allocation 1-4): an outside body's studied
    // request, a round that closes long after this run, and an agreement drafted from the share an approved round gave it
    const empowerment = await platform.token('tuwaiq', ['empowerment-team']);
    const allocation = async (path: string, body: unknown): Promise<Record<string, string>> => {
      const response = await fetch(`${platform.url('partner-allocation')}${path}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${empowerment}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      expect(response.status).toBe(201);
      return (await response.json()) as Record<string, string>;
    };
    real.partnerRequestId = (
      await allocation(
        '/partner-requests',
        requestBody({ allocatingTenantId: undefined, outsideBody: { name: { ar: 'جمعية البر الخيرية', en: 'Al-Birr Charity' } }, licenceNumber: '983' }),
      )
    ).partnerRequestId as string;
    await allocation(`/partner-requests/${real.partnerRequestId}/needs-study`, studyBody());
    const day = 86_400_000;
    real.roundId = (
      await allocation('/allocation-rounds', {
        serviceId: 'partner-association-services',
        unit: 'seat',
        capacity: 10,
        opensAt: new Date(Date.now() + 300 * day).toISOString(),
        closesAt: new Date(Date.now() + 330 * day).toISOString(),
      })
    ).roundId as string;
    // The agreement carries the share an approved round gave the request (docs/adr/0039).
    const { roundId: approvedRoundId } = await approvedShareOf(
      platform.url('partner-allocation'),
      { staff: empowerment, director: await platform.token('tuwaiq', ['executive-director']) },
      'partner-association-services',
      real.partnerRequestId,
    );
    real.agreementId = (
      await allocation('/partner-agreements', {
        partnerRequestId: real.partnerRequestId,
        roundId: approvedRoundId,
        allocation: { units: 5, unit: 'seats' },
        startsOn: '2027-01-01',
      })
    ).agreementId as string;
    // in force (the outside body's signature recorded by the empowerment team, then the director's):
    // its report periods are tenant A's impact reports (partner allocation 5)
    const director = await platform.token('tuwaiq', ['executive-director']);
    const sign = async (token: string, body: unknown) =>
      fetch(`${platform.url('partner-allocation')}/partner-agreements/${real.agreementId}/signatures`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    expect(
      (
        await fetch(`${platform.url('partner-allocation')}/partner-agreements/${real.agreementId}/sending`, {
          method: 'POST',
          headers: { authorization: `Bearer ${empowerment}`, 'content-type': 'application/json' },
          body: '{}',
        })
      ).status,
    ).toBe(200);
    expect((await sign(empowerment, { name: 'سالم الدوسري', capacity: 'رئيس مجلس الإدارة' })).status).toBe(200);
    expect((await sign(director, { name: 'عبدالله السبيعي', capacity: 'المدير التنفيذي' })).status).toBe(200);
    real.reportId = (
      await eventually(async () => {
        const page = (await (
          await fetch(`${platform.url('partner-allocation')}/impact-reports?agreementId=${real.agreementId}`, {
            headers: { authorization: `Bearer ${empowerment}` },
          })
        ).json()) as { items: Array<{ reportId: string }> };
        return page.items[0]?.reportId;
      })
    ).value;
    // a member of tenant A's staff (the staff accounts an administrator manages, docs/adr/0034)
    real.userId = (await platform.newPerson('tuwaiq', ['social-researcher'])).userId;
    // tenant A's complaint (docs/adr/0042), marked general so that it raises an issue on the board's agenda,
    // then answered: its service-level workflow ends, so nothing is stored while tenant B probes.
    const complaints = async (path: string, body: unknown): Promise<Record<string, string>> => {
      const response = await fetch(`${platform.url('feedback')}${path}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${owner}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      if (response.status >= 300) throw new Error(`${path}: ${response.status} ${await response.text()}`);
      return (await response.json()) as Record<string, string>;
    };
    const complainant = { name: 'سلمى القحطاني', mobile: '0512345678', email: 'salma@example.org' };
    const complaint = await complaints('/complaints', {
      categoryId: 'delay',
      concerns: { kind: 'service', id: 'job-seeker-training' },
      text: 'تأخر الرد على طلب التدريب',
      anonymous: false,
      complainant,
      channel: 'phone',
      priority: 'urgent',
    });
    real.complaintId = complaint.complaintId;
    await complaints(`/complaints/${real.complaintId}/general-issue`, {});
    await complaints(`/complaints/${real.complaintId}/assignment`, { assignee: claimsOf(owner).sub });
    await complaints(`/complaints/${real.complaintId}/investigation`, {});
    await complaints(`/complaints/${real.complaintId}/resolution`, { response: { ar: 'عولج التأخير', en: 'The delay was dealt with' } });
    real.issueId = (
      await eventually(async () => {
        const response = await fetch(`${platform.url('feedback')}/complaints/${real.complaintId}`, { headers: { authorization: `Bearer ${owner}` } });
        const { issueId } = (await response.json()) as { issueId: string | null };
        return issueId ?? undefined;
      })
    ).value;
    secrets.push(complaint.reference, complainant.name, complainant.email);
    secrets.push(submitted.caseId, submitted.caseNumber, real.inquiryId, real.referralId, person.nationalId, person.fullName, real.reportId, real.agreementId);
    // Every service has seen the case before tenant B looks.
    await eventually(async () =>
      (await fetch(`${platform.url('feedback')}/cases/${submitted.caseId}`, { headers: { authorization: `Bearer ${owner}` } })).status === 200
        ? true
        : undefined,
    );
    const application = await fetch(`${platform.url('intake')}/applications/${real.caseId}`, {
      headers: { authorization: `Bearer ${owner}`, 'x-purpose': 'case-handling' },
    });
    revisions.caseId = application.headers.get('etag') ?? '"0"';
    revisions.inquiryId = '"0"';
    revisions.referralId = '"0"';
    // one of tenant A's running workflows, as its own administrator lists them (the id's slashes encoded)
    const adminA = await platform.token('tuwaiq', ['tenant-admin']);
    const workflowId = (
      await eventually(async () => {
        const response = await fetch(`${platform.url('committee-review')}/ops/workflows?limit=200`, { headers: { authorization: `Bearer ${adminA}` } });
        const { items } = (await response.json()) as { items: Array<{ workflowId: string }> };
        return (items.find((item) => item.workflowId.includes(submitted.caseId)) ?? items[0])?.workflowId;
      })
    ).value;
    real.workflowId = encodeURIComponent(workflowId);
    secrets.push(workflowId);
    intruder = await platform.token('quwayiyah', [...INTRUDER_ROLES]);
  });

  afterAll(async () => {
    await pool.end();
  });

  const paramsOf = (row: PermissionRow) => [...row.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '');

  /** Events stored in any stream of tenant A's records: must not move while tenant B probes. */
  const storedOfA = async () =>
    (
      await pool.query<{ n: string }>(
        `SELECT count(*)::text AS n FROM "${platform.instance}_events".events WHERE ${RECORD_PARAMS.map((_, i) => `stream_id LIKE $${i + 1}`).join(' OR ')}`,
        RECORD_PARAMS.map((name) => `%${real[name]}%`),
      )
    ).rows[0]?.n;

  const call = (row: PermissionRow, ids: (name: string) => string) => {
    const generated = exampleRequest(documents.get(row.service) as OpenApiDocument, row.path, row.method);
    const headers: Record<string, string> = { authorization: `Bearer ${intruder}`, 'x-purpose': 'case-handling', ...generated.headers };
    const recordParam = paramsOf(row).find((name) => RECORD_PARAMS.includes(name)) ?? '';
    for (const needed of generated.needs) if (needed === 'if-match') headers['if-match'] = revisions[recordParam] ?? '"0"';
    const path = row.path.replace(/\{(\w+)\}/g, (_, name: string) => ids(name));
    return fetch(`${platform.url(row.service as BoundedContext)}${path}${generated.query}`, { method: row.method, headers, body: generated.body });
  };

  it('can fill every path parameter of every endpoint (a new kind of record must be added here, not skipped)', () => {
    const unknown = rows
      .filter((row) => row.allowed !== 'public')
      .flatMap((row) =>
        paramsOf(row)
          .filter((name) => !RECORD_PARAMS.includes(name) && !ENUMERATED.includes(name) && !(name in WITHIN))
          .map((name) => `${row.method} ${row.path}: {${name}}`),
      );
    expect(unknown).toEqual([]);
  });

  it("answers A's real records exactly as records that do not exist (404, nothing revealed, nothing stored), with valid bodies", async () => {
    const withIds = rows.filter((row) => intruderMay(row) && paramsOf(row).some((name) => RECORD_PARAMS.includes(name)));
    expect(withIds.filter((row) => row.method !== 'GET').length).toBeGreaterThanOrEqual(9);
    await eventually(async () => {
      const before = await storedOfA();
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      return (await storedOfA()) === before ? true : undefined;
    });
    const storedBefore = await storedOfA();
    const differences: string[] = [];
    for (const row of withIds) {
      const onReal = await call(row, (name) => real[name] ?? WITHIN[name] ?? 'social-researcher');
      const onMissing = await call(row, (name) => (RECORD_PARAMS.includes(name) ? (MISSING[name] ?? randomUUID)() : (WITHIN[name] ?? 'social-researcher')));
      const [realText, missingBody] = [JSON.stringify(await bodyWithoutCorrelation(onReal)), JSON.stringify(await bodyWithoutCorrelation(onMissing))];
      const where = `${row.method} ${row.path} (${row.service})`;
      if (onReal.status !== 404) differences.push(`${where}: answered ${onReal.status} ${realText.slice(0, 160)}, not 404`);
      if (onReal.status !== onMissing.status || realText !== missingBody)
        differences.push(`${where}: ${onReal.status} vs ${onMissing.status} for a missing record`);
      for (const secret of secrets) if (realText.includes(secret)) differences.push(`${where}: the answer shows ${secret}`);
    }
    expect(differences).toEqual([]);
    expect(await storedOfA()).toBe(storedBefore);
  });

  it("shows nothing of tenant A in any of tenant B's lists and queues", async () => {
    const lists = rows.filter(
      (row) => intruderMay(row) && row.method === 'GET' && !paramsOf(row).some((name) => RECORD_PARAMS.includes(name)) && !/^\/(health|metrics)/.test(row.path),
    );
    expect(lists.length).toBeGreaterThanOrEqual(5);
    const leaks: string[] = [];
    for (const row of lists) {
      const enumerated = paramsOf(row).filter((name) => ENUMERATED.includes(name));
      const values = enumerated.length === 0 ? [''] : ['services-officer', 'social-researcher'];
      for (const value of values) {
        const response = await call(row, () => value);
        if (response.status >= 500) leaks.push(`${row.path} (${row.service}) answered ${response.status}`);
        const text = await response.text();
        for (const secret of secrets) if (text.includes(secret)) leaks.push(`${row.path.replace('{role}', value)} (${row.service}) shows ${secret}`);
      }
    }
    expect(leaks).toEqual([]);
  });
});

describe('an applicant sees only their own cases (within one tenant)', () => {
  const platform = PlatformUnderTest.current();

  it("answers another applicant's case like a missing one, on every applicant endpoint that takes a case", async () => {
    const [owner, other, staff] = await Promise.all([
      (await platform.newPerson('awj', ['applicant'])).token,
      (await platform.newPerson('awj', ['applicant'])).token,
      platform.token('awj', ['relations-officer']),
    ]);
    const created = await fetch(`${platform.url('intake')}/applications`, {
      method: 'POST',
      headers: { authorization: `Bearer ${owner}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        ...applicationBody('member-service', 'website', 'هند سعد المطيري'),
        applicant: { fullName: 'هند سعد المطيري', nationalId: newNationalId(), mobile: '0512345678' },
      }),
    });
    expect(created.status).toBe(201);
    const { caseId } = (await created.json()) as { caseId: string };
    const missing = randomUUID();
    const read = (id: string, token: string) =>
      fetch(`${platform.url('intake')}/applications/${id}`, { headers: { authorization: `Bearer ${token}`, 'x-purpose': 'beneficiary-request' } });
    expect((await read(caseId, owner)).status).toBe(200);
    expect((await read(caseId, staff)).status).toBe(200);
    const [theirs, none] = [await read(caseId, other), await read(missing, other)];
    expect([theirs.status, none.status]).toEqual([404, 404]);
    expect(await bodyWithoutCorrelation(theirs)).toEqual(await bodyWithoutCorrelation(none));

    const form = () => {
      const data = new FormData();
      data.append('documentType', 'cv');
      data.append('file', new Blob([Buffer.from('%PDF-1.7\n%%EOF\n')]), 'cv.pdf');
      return data;
    };
    expect(
      (
        await fetch(`${platform.url('intake')}/applications/${caseId}/documents`, {
          method: 'POST',
          headers: { authorization: `Bearer ${other}` },
          body: form(),
        })
      ).status,
    ).toBe(404);
    const reconsider = (token: string) =>
      fetch(`${platform.url('committee-review')}/reviews/${caseId}/reconsideration`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ grounds: 'أرفقت المستند' }),
      });
    // Once the committee has the case, its owner is heard (409: nothing rejected to reconsider yet) and another applicant is not.
    const { value: ownerStatus } = await eventually(async () => {
      const status = (await reconsider(owner)).status;
      return status === 404 ? undefined : status;
    });
    expect(ownerStatus).toBe(409);
    expect((await reconsider(other)).status).toBe(404);
  });
});

/**
 * The public routes back to a draft (docs/adr/0026) need no token but a return code, sent by SMS for one
 * draft of one tenant. Generated over every public route that names a draft, with a valid body from its
 * OpenAPI schema and applicant A's VALID code: on B's draft, on A's number in another tenant, and on a
 * submitted case, each answers exactly as a case number that does not exist (401, same body), and
 * nothing is stored.
 */
describe('a return code opens only its own draft: generated over every public route that names one', () => {
  const platform = PlatformUnderTest.current();
  const pool = new Pool({ connectionString: process.env.ATHAR_PG_URL ?? 'postgres://athar:athar@127.0.0.1:15432/athar', max: 2 });
  afterAll(() => pool.end());

  /** Path parameters of the public routes: the tenant, a confirmation, a draft's number. */
  const PUBLIC_PARAMS = ['tenantId', 'confirmationId', 'caseNumber'];

  it("answers A's code on B's draft, in another tenant, or on a submitted case like a missing case, on every such route", async () => {
    const document = (await (await fetch(`${platform.url('intake')}/docs-json`)).json()) as OpenApiDocument;
    const rows = permissionRows('intake', document as never).filter((row) => row.allowed === 'public' && row.path.startsWith('/public/'));
    const params = (row: PermissionRow) => [...row.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '');
    expect(
      rows.flatMap((row) =>
        params(row)
          .filter((name) => !PUBLIC_PARAMS.includes(name))
          .map((name) => `${row.method} ${row.path}: {${name}}`),
      ),
    ).toEqual([]);
    const drafts = rows.filter((row) => params(row).includes('caseNumber'));
    expect(drafts.map((row) => `${row.method} ${row.path}`).sort()).toEqual(
      expect.arrayContaining([
        'GET /public/{tenantId}/drafts/{caseNumber}',
        'POST /public/{tenantId}/drafts/{caseNumber}/documents',
        'POST /public/{tenantId}/drafts/{caseNumber}/submit',
      ]),
    );

    const [a, b] = [linkBody('job-seeker-training'), linkBody('job-seeker-training')];
    await applyThroughLink(platform, 'tuwaiq', a);
    await applyThroughLink(platform, 'tuwaiq', b);
    const wayA = wayBackIn(await eventuallyTextTo(platform, 'tuwaiq', a.applicant.mobile, 'saved as a draft'));
    const wayB = wayBackIn(await eventuallyTextTo(platform, 'tuwaiq', b.applicant.mobile, 'saved as a draft'));
    const staff = await platform.token('tuwaiq', ['relations-officer', 'social-researcher']);
    const submitted = await submitTuwaiqTraining(platform, staff, {});
    const stored = async () =>
      (
        await pool.query<{ n: string }>(
          `SELECT count(*)::text AS n FROM "${platform.instance}_events".events WHERE stream_id LIKE 'intake.application.tuwaiq.%'`,
        )
      ).rows[0]?.n;

    const call = (row: PermissionRow, tenantId: string, caseNumber: string) => {
      const generated = exampleRequest(document, row.path, row.method);
      const headers: Record<string, string> = { ...generated.headers };
      for (const needed of generated.needs) if (needed === 'x-athar-return-code') headers[needed] = wayA.returnCode;
      const path = row.path.replace('{tenantId}', tenantId).replace('{caseNumber}', caseNumber);
      return fetch(`${platform.url('intake')}${path}`, { method: row.method, headers, body: generated.body });
    };
    // The code is valid: it opens A's own draft.
    expect((await call(drafts.find((row) => row.method === 'GET') as PermissionRow, 'tuwaiq', wayA.caseNumber)).status).toBe(200);

    const before = await stored();
    const differences: string[] = [];
    const missing = (tenantId: string) => `${tenantId === 'tuwaiq' ? 'TWQ' : 'AWJ'}-1400-${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}`;
    for (const row of drafts) {
      for (const [what, tenantId, caseNumber] of [
        ["B's draft", 'tuwaiq', wayB.caseNumber],
        ["A's number in another tenant", 'awj', wayA.caseNumber],
        ['a submitted case', 'tuwaiq', submitted.caseNumber],
      ] as const) {
        const [onReal, onMissing] = [await call(row, tenantId, caseNumber), await call(row, tenantId, missing(tenantId))];
        const [realText, missingText] = [JSON.stringify(await bodyWithoutCorrelation(onReal)), JSON.stringify(await bodyWithoutCorrelation(onMissing))];
        const where = `${row.method} ${row.path} on ${what}`;
        if (onReal.status !== 401) differences.push(`${where}: answered ${onReal.status} ${realText.slice(0, 160)}, not 401`);
        if (onReal.status !== onMissing.status || realText !== missingText)
          differences.push(`${where}: ${onReal.status} vs ${onMissing.status} for a missing case`);
        for (const secret of [wayB.caseNumber, submitted.caseNumber, submitted.caseId, b.applicant.nationalId])
          if (realText.includes(secret)) differences.push(`${where}: the answer shows ${secret}`);
      }
    }
    expect(differences).toEqual([]);
    expect(await stored()).toBe(before);
  });
});
