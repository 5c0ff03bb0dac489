import { Pool } from 'pg';
import { bodyWithoutCorrelation, eventually, PlatformUnderTest } from './platform-under-test';
import {
  applyThroughLink,
  askForReturnCode,
  backToDraft,
  caseOpenedBy,
  documentForm,
  e164,
  eventuallyTextTo,
  linkBody,
  newMobile,
  textsTo,
  wayBackIn,
} from './public-link-flow';

jest.setTimeout(180_000);

const TENANT = 'tuwaiq';
const SERVICE = 'job-seeker-training';
const DOCUMENTS = ['national-id', 'national-address', 'cv', 'qualification'];

/** A job seeker's request on Tuwaiq's link with every field the service needs: only the four documents are missing (Tuwaiq 6-2). */
function jobSeeker() {
  const body = linkBody(SERVICE, { fullName: 'Reem Al-Shammari' });
  return {
    ...body,
    applicant: {
      ...body.applicant,
      birthDate: { calendar: 'gregorian', date: '1999-02-03' },
      idExpiry: { calendar: 'gregorian', date: '2031-05-01' },
      nationalAddress: { shortAddress: 'RHMA1234', buildingNumber: '1234', postalCode: '12271', city: 'الرياض', district: 'الملز' },
    },
  };
}

interface Listed {
  caseId: string;
  status: string;
  createdAt: string;
  ageDays: number;
  lastActivityAt: string;
  checklist: Array<{ item: string; done: boolean }>;
}

/**
 * From the applicant's phone (docs/adr/0026): a public-link request to Tuwaiq's job-seeker training is
 * kept as a draft for want of four documents. The applicant learns by SMS what is missing and how to come
 * back, and completes it through the public routes with nothing but what the SMS said; staff see the
 * stranded draft with its age meanwhile. The return code opens that one draft only.
 */
describe('a public-link applicant comes back to a draft with the code sent by SMS', () => {
  const platform = PlatformUnderTest.current();
  const pool = new Pool({ connectionString: process.env.ATHAR_PG_URL ?? 'postgres://athar:athar@127.0.0.1:15432/athar', max: 2 });
  afterAll(() => pool.end());

  /** The staff drafts list of the service, oldest first, every page. */
  async function draftsOldestFirst(): Promise<Listed[]> {
    const token = await platform.token(TENANT, ['relations-officer']);
    const items: Listed[] = [];
    let cursor: string | null = null;
    do {
      const query = new URLSearchParams({ status: 'draft', serviceId: SERVICE, sort: 'oldest', limit: '100', ...(cursor ? { cursor } : {}) });
      const answer = await fetch(`${platform.url('intake')}/applications?${query}`, { headers: { authorization: `Bearer ${token}` } });
      expect(answer.status).toBe(200);
      const page = (await answer.json()) as { items: Listed[]; nextCursor: string | null };
      items.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    return items;
  }

  it('tells what is missing and the way back by SMS, takes the four documents and the signature over public routes only, submits and acknowledges; staff see the draft with its age until then', async () => {
    const applicant = jobSeeker();
    const mobile = applicant.applicant.mobile;
    const { confirmed, correlationId } = await applyThroughLink(platform, TENANT, applicant);
    expect(confirmed.status).toBe(202);
    const opened = await caseOpenedBy(pool, platform, correlationId);
    expect(opened?.types).toEqual(['ProgrammeTermsAccepted', 'ApplicationDrafted']);

    // The phone: what is missing, each document by its Arabic name with the English beside it, and the way back.
    const sms = await eventuallyTextTo(platform, TENANT, mobile, 'saved as a draft');
    for (const name of ['الهوية الوطنية (national ID)', 'العنوان الوطني (national address)', 'السيرة الذاتية (CV)', 'المؤهل (qualification)'])
      expect(sms).toContain(name);
    expect(sms).toContain('Still missing: national ID, national address, CV, qualification.');
    const { caseNumber, returnCode } = wayBackIn(sms);
    expect(caseNumber).toMatch(/^TWQ-\d{4}-\d{6}$/);

    // Staff: the stranded draft, with its age and what it lacks; oldest first puts it before a later one.
    const later = await applyThroughLink(platform, TENANT, jobSeeker());
    const laterCase = (await caseOpenedBy(pool, platform, later.correlationId))?.caseId as string;
    const { value: listed } = await eventually(async () => {
      const drafts = await draftsOldestFirst();
      const mine = drafts.findIndex((d) => d.caseId === opened?.caseId);
      const theirs = drafts.findIndex((d) => d.caseId === laterCase);
      return mine >= 0 && theirs >= 0 ? { mine: drafts[mine] as Listed, before: mine < theirs, ages: drafts.map((d) => Date.parse(d.createdAt)) } : undefined;
    });
    expect(listed.before).toBe(true);
    expect(listed.ages).toEqual([...listed.ages].sort((a, b) => a - b));
    expect(listed.mine).toMatchObject({ status: 'draft', ageDays: 0, lastActivityAt: listed.mine.createdAt });
    expect(Date.now() - Date.parse(listed.mine.createdAt)).toBeLessThan(10 * 60_000);
    expect(listed.mine.checklist.filter((i) => !i.done).map((i) => i.item)).toEqual(DOCUMENTS.map((d) => `document:${d}`));
    // Pages of the oldest-first order follow on; its cursor is no place in the newest-first order.
    const staffToken = await platform.token(TENANT, ['relations-officer']);
    const page = async (query: string) => {
      const answer = await fetch(`${platform.url('intake')}/applications?status=draft&${query}`, { headers: { authorization: `Bearer ${staffToken}` } });
      return { status: answer.status, body: (await answer.json()) as { items: Listed[]; nextCursor: string | null; fields?: Array<{ field: string }> } };
    };
    const first = await page('sort=oldest&limit=1');
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await page(`sort=oldest&limit=1&cursor=${first.body.nextCursor}`);
    expect(Date.parse(second.body.items[0]?.createdAt ?? '')).toBeGreaterThanOrEqual(Date.parse(first.body.items[0]?.createdAt ?? ''));
    const mixed = await page(`limit=1&cursor=${first.body.nextCursor}`);
    expect(mixed.status).toBe(422);
    expect(mixed.body.fields?.map((f) => f.field)).toEqual(['cursor']);

    // The applicant opens the draft with what the SMS said: the request number and the code (dashes or not, any case).
    const view = await backToDraft(platform, TENANT, caseNumber, returnCode.toLowerCase().replace(/-/g, ' '), '');
    expect(view.status).toBe(200);
    const draft = (await view.json()) as {
      caseNumber: string;
      checklist: Array<{ item: string; done: boolean }>;
      declaration: { version: number; text: { ar: string } };
      returnCodeExpiresAt: string;
    };
    expect(draft.caseNumber).toBe(caseNumber);
    expect(draft.checklist.filter((i) => !i.done).map((i) => i.item)).toEqual(DOCUMENTS.map((d) => `document:${d}`));
    expect(Date.parse(draft.returnCodeExpiresAt) - Date.now()).toBeGreaterThan(23 * 3600_000);
    expect(Date.parse(draft.returnCodeExpiresAt) - Date.now()).toBeLessThanOrEqual(24 * 3600_000);

    // Bad input is refused by field, before anything is kept.
    const wrongType = await backToDraft(platform, TENANT, caseNumber, returnCode, '/documents', { body: documentForm('passport') });
    expect(wrongType.status).toBe(422);
    expect(await wrongType.json()).toMatchObject({ fields: [{ field: 'documentType' }] });
    const notPdf = await backToDraft(platform, TENANT, caseNumber, returnCode, '/documents', {
      body: documentForm('cv', Buffer.from('MZ\x90\x00 not a document')),
    });
    expect(notPdf.status).toBe(422);
    expect(await notPdf.json()).toMatchObject({ fields: [{ field: 'file' }] });
    const early = await backToDraft(platform, TENANT, caseNumber, returnCode, '/submit', {
      body: JSON.stringify({ declaration: { accepted: true, signedName: applicant.applicant.fullName, declarationVersion: draft.declaration.version } }),
    });
    expect(early.status).toBe(422);
    expect(((await early.json()) as { fields: Array<{ field: string }> }).fields.map((f) => f.field)).toEqual(DOCUMENTS.map((d) => `document:${d}`));

    // The four documents, one by one; each answer says what is left.
    const uploaded: Array<{ documentId: string; content: Buffer }> = [];
    let left: string[] = [];
    for (const documentType of DOCUMENTS) {
      const content = Buffer.from(`%PDF-1.7\n% ${documentType} of ${caseNumber}\n%%EOF\n`);
      const attached = await backToDraft(platform, TENANT, caseNumber, returnCode, '/documents', { body: documentForm(documentType, content) });
      expect(attached.status).toBe(201);
      const answer = (await attached.json()) as {
        documentId: string;
        documentType: string;
        contentType: string;
        checklist: Array<{ item: string; done: boolean }>;
      };
      expect(answer).toMatchObject({ documentType, contentType: 'application/pdf' });
      uploaded.push({ documentId: answer.documentId, content });
      left = answer.checklist.filter((i) => !i.done).map((i) => i.item);
    }
    expect(left).toEqual([]);

    // Staff see the draft's last activity move and nothing missing, before it is submitted.
    const { value: active } = await eventually(async () => {
      const mine = (await draftsOldestFirst()).find((d) => d.caseId === opened?.caseId);
      return mine && mine.checklist.every((i) => i.done) ? mine : undefined;
    });
    expect(Date.parse(active.lastActivityAt)).toBeGreaterThan(Date.parse(active.createdAt));

    // Signed and submitted; the SMS acknowledges it with its number.
    const submitted = await backToDraft(platform, TENANT, caseNumber, returnCode, '/submit', {
      body: JSON.stringify({ declaration: { accepted: true, signedName: applicant.applicant.fullName, declarationVersion: draft.declaration.version } }),
    });
    expect(submitted.status).toBe(200);
    expect(await submitted.json()).toMatchObject({ caseNumber, status: 'submitted', expectedResponseBy: expect.any(String) });
    const acknowledged = await eventuallyTextTo(platform, TENANT, mobile, `We received your request ${caseNumber}`);
    expect(acknowledged).toContain(caseNumber);
    const { rows } = await pool.query<{ type: string; actor: string }>(
      `SELECT type, actor->>'id' AS actor FROM "${platform.instance}_events".events WHERE stream_id = $1 ORDER BY revision`,
      [`intake.application.${TENANT}.${opened?.caseId}`],
    );
    expect(rows.map((r) => r.type)).toEqual([
      'ProgrammeTermsAccepted',
      'ApplicationDrafted',
      ...DOCUMENTS.map(() => 'DocumentAttached'),
      'DeclarationSigned',
      'ApplicationSubmitted',
    ]);
    expect(new Set(rows.map((r) => r.actor))).toEqual(new Set([opened?.owner])); // all as the confirmed mobile's subject

    // Staff read the documents as uploaded: sealed under the case key like any upload, opened for them.
    const staff = await platform.token(TENANT, ['services-officer']);
    for (const { documentId, content } of uploaded) {
      const read = await fetch(`${platform.url('intake')}/applications/${opened?.caseId}/documents/${documentId}`, {
        headers: { authorization: `Bearer ${staff}`, 'x-purpose': 'case-handling' },
      });
      expect(read.status).toBe(200);
      expect(Buffer.from(await read.arrayBuffer())).toEqual(content);
    }
    const { rows: stored } = await pool.query<{ n: string }>(
      `SELECT count(*)::text AS n FROM "${platform.instance}_public_link".return_grants WHERE case_number = $1`,
      [caseNumber],
    );
    expect(stored[0]?.n).toBe('0'); // spent

    // The draft leaves the drafts list; the code opens nothing any more, and asking again sends nothing.
    await eventually(async () => ((await draftsOldestFirst()).some((d) => d.caseId === opened?.caseId) ? undefined : true));
    const after = await backToDraft(platform, TENANT, caseNumber, returnCode, '');
    expect(after.status).toBe(401);
    const textsBefore = (await textsTo(platform, TENANT, mobile)).length;
    expect((await askForReturnCode(platform, TENANT, { caseNumber, mobile })).status).toBe(202);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await textsTo(platform, TENANT, mobile)).toHaveLength(textsBefore);
  });

  it('opens only its own draft: not another draft, not the same number in another tenant, not after it expires; every refusal reads the same and leaks nothing', async () => {
    const [a, b] = [jobSeeker(), jobSeeker()];
    // B: a request with every field, so staff can complete it with the documents alone.
    await applyThroughLink(platform, TENANT, a);
    const appliedB = await applyThroughLink(platform, TENANT, b);
    const wayA = wayBackIn(await eventuallyTextTo(platform, TENANT, a.applicant.mobile, 'saved as a draft'));
    const wayB = wayBackIn(await eventuallyTextTo(platform, TENANT, b.applicant.mobile, 'saved as a draft'));
    expect((await backToDraft(platform, TENANT, wayA.caseNumber, wayA.returnCode, '')).status).toBe(200);

    const wrongCode = wayA.returnCode.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'));
    const refusals = {
      wrongCode: await backToDraft(platform, TENANT, wayA.caseNumber, wrongCode, ''),
      codeOfAnotherDraft: await backToDraft(platform, TENANT, wayB.caseNumber, wayA.returnCode, ''),
      anotherTenant: await backToDraft(platform, 'awj', wayA.caseNumber, wayA.returnCode, ''),
      anotherTenantsNumber: await backToDraft(platform, 'awj', wayA.caseNumber.replace(/^TWQ/, 'AWJ'), wayA.returnCode, ''),
      noSuchCase: await backToDraft(platform, TENANT, wayA.caseNumber.replace(/\d{6}$/, '999999'), wayA.returnCode, ''),
      uploadToAnotherDraft: await backToDraft(platform, TENANT, wayB.caseNumber, wayA.returnCode, '/documents', { body: documentForm('cv') }),
      submitAnotherDraft: await backToDraft(platform, TENANT, wayB.caseNumber, wayA.returnCode, '/submit', {
        body: JSON.stringify({ declaration: { accepted: true, signedName: b.applicant.fullName, declarationVersion: 1 } }),
      }),
    };
    const bodies = new Set<string>();
    for (const [what, response] of Object.entries(refusals)) {
      expect([what, response.status]).toEqual([what, 401]);
      const body = JSON.stringify(await bodyWithoutCorrelation(response));
      for (const secret of [wayB.caseNumber, b.applicant.fullName, b.applicant.nationalId, 'job-seeker']) expect(body).not.toContain(secret);
      bodies.add(body);
    }
    expect(bodies.size).toBe(1);
    expect([...bodies][0]).toContain('return-code-refused');
    // Nothing reached B's draft: still all four documents missing, still a draft.
    const draftB = await backToDraft(platform, TENANT, wayB.caseNumber, wayB.returnCode, '');
    expect(draftB.status).toBe(200);
    expect(((await draftB.json()) as { checklist: Array<{ done: boolean }> }).checklist.filter((i) => !i.done)).toHaveLength(DOCUMENTS.length);

    // No code, or one that cannot be a code: 401 naming the header; a malformed number: 422 naming it.
    const missing = await backToDraft(platform, TENANT, wayA.caseNumber, null, '');
    expect(missing.status).toBe(401);
    expect(await missing.json()).toMatchObject({ code: 'return-code-refused', fields: [{ field: 'X-Athar-Return-Code' }] });
    const malformedNumber = await backToDraft(platform, TENANT, 'not-a-number', wayA.returnCode, '');
    expect(malformedNumber.status).toBe(422);
    expect(await malformedNumber.json()).toMatchObject({ fields: [{ field: 'caseNumber' }] });

    // A day passes (the clock moved in the store rather than waited for): the code no longer opens the draft.
    await pool.query(
      `UPDATE "${platform.instance}_public_link".return_grants SET expires_at = now() - interval '1 second' WHERE tenant_id = $1 AND case_number = $2`,
      [TENANT, wayA.caseNumber],
    );
    const expired = await backToDraft(platform, TENANT, wayA.caseNumber, wayA.returnCode, '');
    expect(expired.status).toBe(401);
    expect(JSON.stringify(await bodyWithoutCorrelation(expired))).toBe([...bodies][0]);

    // Asking again: a wrong mobile gets the same answer and no one gets a text; the confirmed mobile gets a fresh code.
    const textsOfA = (await textsTo(platform, TENANT, a.applicant.mobile)).length;
    const stranger = newMobile();
    const [wrongMobile, rightMobile] = [
      await askForReturnCode(platform, TENANT, { caseNumber: wayA.caseNumber, mobile: stranger }),
      await askForReturnCode(platform, TENANT, { caseNumber: wayA.caseNumber, mobile: e164(a.applicant.mobile) }),
    ];
    expect([wrongMobile.status, rightMobile.status]).toEqual([202, 202]);
    expect(await bodyWithoutCorrelation(wrongMobile)).toEqual(await bodyWithoutCorrelation(rightMobile));
    const fresh = wayBackIn(await eventuallyTextTo(platform, TENANT, a.applicant.mobile, 'A new return code'));
    expect(fresh.caseNumber).toBe(wayA.caseNumber);
    expect(fresh.returnCode).not.toBe(wayA.returnCode);
    expect(await textsTo(platform, TENANT, a.applicant.mobile)).toHaveLength(textsOfA + 1);
    expect(await textsTo(platform, TENANT, stranger)).toEqual([]);
    expect((await backToDraft(platform, TENANT, wayA.caseNumber, fresh.returnCode, '')).status).toBe(200);
    expect((await backToDraft(platform, TENANT, wayA.caseNumber, wayA.returnCode, '')).status).toBe(401); // the older code is replaced

    // Asking with bad input: 422 naming each field.
    const bad = await askForReturnCode(platform, TENANT, { caseNumber: '12', mobile: '123' });
    expect(bad.status).toBe(422);
    expect(((await bad.json()) as { fields: Array<{ field: string }> }).fields.map((f) => f.field).sort()).toEqual(['caseNumber', 'mobile']);

    // Staff complete and submit B's draft on their own routes (say, at the counter): B's still-live code opens nothing then.
    const staff = await platform.token(TENANT, ['relations-officer']);
    const caseB = (await caseOpenedBy(pool, platform, appliedB.correlationId))?.caseId as string;
    for (const documentType of DOCUMENTS) {
      const attached = await fetch(`${platform.url('intake')}/applications/${caseB}/documents`, {
        method: 'POST',
        headers: { authorization: `Bearer ${staff}` },
        body: documentForm(documentType),
      });
      expect(attached.status).toBe(201);
    }
    const byStaff = await fetch(`${platform.url('intake')}/applications/${caseB}/submit`, {
      method: 'POST',
      headers: { authorization: `Bearer ${staff}`, 'content-type': 'application/json' },
      body: JSON.stringify({ declaration: { accepted: true, signedName: b.applicant.fullName, declarationVersion: 1 } }),
    });
    expect(byStaff.status).toBe(200);
    const afterStaff = await backToDraft(platform, TENANT, wayB.caseNumber, wayB.returnCode, '');
    expect(afterStaff.status).toBe(401);
    expect(JSON.stringify(await bodyWithoutCorrelation(afterStaff))).toBe([...bodies][0]);
  });
});
