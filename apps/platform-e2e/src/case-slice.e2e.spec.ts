import { Client, Connection } from '@temporalio/client';
import { reviewTimelineWorkflowId } from '@athar/workflows';
import { applicationBody, bodyWithoutCorrelation, eventually, outboxSearch, PlatformUnderTest } from './platform-under-test';

jest.setTimeout(180_000);

interface CaseStatus {
  caseId: string;
  services: Record<string, { stage: string; details: Record<string, unknown> } | null>;
}

describe('one application through all five services', () => {
  const platform = PlatformUnderTest.current();
  let awjToken: string;

  beforeAll(async () => {
    awjToken = await platform.token('awj');
  });

  async function submit(token: string, body: unknown): Promise<Response> {
    return fetch(`${platform.url('intake')}/applications`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  }

  // A new person for every submission: the same person and service would be refused as a duplicate.
  const application = () => applicationBody('member-service', 'website');

  it('shows the case stage as every service sees it within seconds of the POST, and starts the review timeline', async () => {
    const response = await submit(awjToken, application());
    expect(response.status).toBe(201);
    const receipt = (await response.json()) as {
      caseId: string;
      caseNumber: string;
      submittedAt: string;
      expectedResponseBy: string;
      message: { ar: string; en: string };
    };
    expect(receipt.caseNumber).toMatch(/^AWJ-14\d\d-\d{6}$/);
    expect(receipt.message.ar).toContain(receipt.caseNumber);
    // Eligibility has not spoken yet: the receipt promises no committee (the SMS after it does, below).
    expect(receipt.message.ar).not.toContain('لجنة البحث');
    expect(Date.parse(receipt.expectedResponseBy) - Date.parse(receipt.submittedAt)).toBe(14 * 24 * 3600 * 1000);

    const { value: status, ms } = await eventually(async () => {
      const r = await fetch(`${platform.url('intake')}/cases/${receipt.caseId}/status?purpose=case-handling`, {
        headers: { authorization: `Bearer ${awjToken}` },
      });
      if (r.status !== 200) return undefined;
      const body = (await r.json()) as CaseStatus;
      return Object.values(body.services).every((view) => view && 'stage' in view) ? body : undefined;
    });
    console.log(`case visible in all five services ${ms} ms after the POST`);

    expect(Object.fromEntries(Object.entries(status.services).map(([k, v]) => [k, v?.stage]))).toEqual({
      intake: 'submitted',
      eligibility: 'assessed-eligible',
      'committee-review': 'under-review',
      'partner-allocation': 'demand-recorded',
      feedback: 'feedback-file-open',
    });
    expect(status.services['committee-review']?.details.deadline).toBe(receipt.expectedResponseBy);

    const connection = await Connection.connect({ address: process.env.TEMPORAL_ADDRESS ?? '127.0.0.1:7233' });
    try {
      const client = new Client({ connection });
      const description = await client.workflow.getHandle(reviewTimelineWorkflowId('awj', receipt.caseId)).describe();
      expect(description.status.name).toBe('RUNNING');
      expect(description.typedSearchAttributes.get({ name: 'TenantId', type: 'KEYWORD' } as never)).toBe('awj');
      expect(description.taskQueue).toBe(`${platform.instance}.committee-review`);
    } finally {
      await connection.close();
    }
  });

  it('tells the applicant the case number, then once eligible the committee and its answer date, by SMS, once each (common step 5)', async () => {
    const body = application();
    const receipt = (await (await submit(awjToken, body)).json()) as { caseNumber: string };
    const { value } = await eventually(async () => {
      const r = await outboxSearch(platform, awjToken, '+966512345678');
      const items = ((await r.json()) as { items: Array<{ body: string; channel: string }> }).items
        .filter((m) => m.body.includes(receipt.caseNumber))
        .reverse();
      return items.length >= 2 ? items : undefined;
    });
    expect(value).toHaveLength(2);
    expect(value.map((m) => m.channel)).toEqual(['sms', 'sms']);
    expect(value[0].body).toMatch(/استلمنا طلبك[\s\S]*We received your request/);
    expect(value[1].body).toMatch(/رُفع إلى لجنة البحث[\s\S]*في موعد أقصاه[\s\S]*Research committee, which will answer accept or reject by/);
    const other = await outboxSearch(platform, await platform.token('tuwaiq'), '+966512345678');
    expect(JSON.stringify(await other.json())).not.toContain(receipt.caseNumber);
  });

  it("hides a tenant's case from another tenant, without revealing that it exists", async () => {
    const created = (await (await submit(awjToken, application())).json()) as { caseId: string };
    const tuwaiqToken = await platform.token('tuwaiq');
    await eventually(async () => {
      const r = await fetch(`${platform.url('intake')}/cases/${created.caseId}/status?purpose=case-handling`, {
        headers: { authorization: `Bearer ${awjToken}` },
      });
      return r.status === 200 ? true : undefined;
    });
    for (const context of ['intake', 'eligibility', 'committee-review', 'partner-allocation', 'feedback'] as const) {
      const path = context === 'intake' ? `/cases/${created.caseId}/status?purpose=case-handling` : `/cases/${created.caseId}`;
      const r = await fetch(`${platform.url(context)}${path}`, { headers: { authorization: `Bearer ${tuwaiqToken}` } });
      const unknown = await fetch(`${platform.url(context)}${path.replace(created.caseId, '00000000-0000-4000-8000-000000000000')}`, {
        headers: { authorization: `Bearer ${tuwaiqToken}` },
      });
      expect([context, r.status]).toEqual([context, 404]);
      expect(await bodyWithoutCorrelation(r)).toEqual(await bodyWithoutCorrelation(unknown));
    }
  });

  it.each([
    ['a channel the tenant does not offer', { ...application(), channel: 'email' }, 'channel'],
    ['an unknown service', { ...application(), serviceId: 'no-such-service' }, 'serviceId'],
    ['a malformed national ID', { ...application(), applicant: { ...application().applicant, nationalId: '123' } }, 'applicant.nationalId'],
    ['a MongoDB operator in a field', { ...application(), serviceId: { $gt: '' } }, 'serviceId.$gt'],
    ['an unknown field', { ...application(), isAdmin: true }, 'isAdmin'],
    ['no declaration', { ...application(), declaration: undefined }, 'declaration'],
    ['a declaration not accepted', { ...application(), declaration: { ...application().declaration, accepted: false } }, 'declaration.accepted'],
    ['a declaration signed with another name', { ...application(), declaration: { ...application().declaration, signedName: 'X' } }, 'declaration.signedName'],
  ])('answers %s with 422 and a bilingual, field-level reason', async (_name, body, field) => {
    const response = await submit(awjToken, body);
    expect(response.status).toBe(422);
    const error = (await response.json()) as {
      code: string;
      message: { ar: string; en: string };
      fields: Array<{ field: string; reasons: Array<{ ar: string; en: string }> }>;
    };
    expect(error.message.ar.length).toBeGreaterThan(0);
    const problem = error.fields.find((f) => f.field === field);
    expect(problem?.reasons[0].ar.length).toBeGreaterThan(0);
    expect(problem?.reasons[0].en.length).toBeGreaterThan(0);
  });

  it('accepts Arabic-Indic digits and Hijri dates, storing them normalised', async () => {
    const body = application();
    const arabicDigits = body.applicant.nationalId.replace(/\d/g, (d) => String.fromCharCode(0x0660 + Number(d)));
    const response = await submit(awjToken, {
      ...body,
      applicant: {
        ...body.applicant,
        nationalId: arabicDigits,
        mobile: '٠٥١٢٣٤٥٦٧٨',
        idExpiry: { calendar: 'hijri', date: '١٤٥٠-٠١-٠١' },
        birthDate: { calendar: 'hijri', date: '1410-01-15' },
        nationalAddress: { shortAddress: 'rrrd2929', buildingNumber: '٢٩٢٩', postalCode: '32241', city: 'الدمام', district: 'الشاطئ' },
      },
    });
    expect(response.status).toBe(201);
    const again = await submit(awjToken, body); // the same person written in ASCII digits
    expect(again.status).toBe(409);
  });

  it('refuses a second open request from the same person for the same service, naming the first case number', async () => {
    const first = application();
    const accepted = (await (await submit(awjToken, first)).json()) as { caseNumber: string };
    const again = await submit(awjToken, { ...first, channel: 'phone', declaration: first.declaration });
    expect(again.status).toBe(409);
    const refusal = (await again.json()) as { code: string; message: { ar: string; en: string } };
    expect(refusal.code).toBe('duplicate-open-request');
    expect(refusal.message.ar).toContain(accepted.caseNumber);
    expect(refusal.message.en).toContain(accepted.caseNumber);
  });

  it('numbers cases per tenant without gaps or repeats under concurrent submissions', async () => {
    const answers = await Promise.all(Array.from({ length: 6 }, () => submit(awjToken, application())));
    const numbers = await Promise.all(answers.map(async (r) => ((await r.json()) as { caseNumber: string }).caseNumber));
    expect(new Set(numbers).size).toBe(6);
    const sequences = numbers.map((n) => Number(n.split('-')[2])).sort((a, b) => a - b);
    expect(sequences[5] - sequences[0]).toBe(5);
  });

  it('refuses a missing or foreign token and malformed JSON with clear 4xx answers', async () => {
    expect((await fetch(`${platform.url('intake')}/applications`, { method: 'POST' })).status).toBe(401);
    const malformed = await fetch(`${platform.url('intake')}/applications`, {
      method: 'POST',
      headers: { authorization: `Bearer ${awjToken}`, 'content-type': 'application/json' },
      body: '{"serviceId": ',
    });
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as { code: string }).code).toBe('malformed-json');
  });

  it('serves health, metrics and OpenAPI on every service', async () => {
    for (const context of ['intake', 'eligibility', 'committee-review', 'partner-allocation', 'feedback'] as const) {
      const ready = (await (await fetch(`${platform.url(context)}/health/ready`)).json()) as { status: string; checks: Record<string, unknown> };
      expect(ready.status).toBe('up');
      expect(Object.keys(ready.checks)).toEqual(expect.arrayContaining(['postgres', 'mongodb', 'kafka']));
      const metrics = await (await fetch(`${platform.url(context)}/metrics`)).text();
      expect(metrics).toContain('process_cpu_user_seconds_total');
      const openapi = (await (await fetch(`${platform.url(context)}/docs-json`)).json()) as { openapi: string; paths: Record<string, unknown> };
      expect(openapi.openapi).toMatch(/^3\./);
      expect(Object.keys(openapi.paths)).toContain('/cases/{caseId}');
    }
  });
});
