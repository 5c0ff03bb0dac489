import { Pool } from 'pg';
import { applicationBody, eventually, PlatformUnderTest } from './platform-under-test';

jest.setTimeout(120_000);

type Body = ReturnType<typeof applicationBody>;
interface BadRequest {
  name: string;
  /** A JSON value, or raw text sent as is. */
  body?: unknown;
  raw?: string;
  contentType?: string;
  token?: 'none' | 'garbage' | 'expired' | 'unknown-tenant' | 'applicant';
  idempotencyKey?: string;
}

// This file alone uses the tenant "environment-madinah" (003), so it can prove nothing of it changed.
const TENANT = 'environment-madinah';
const SERVICE = 'programmes-and-activities';
const valid = (): Body => applicationBody(SERVICE, 'visit', 'ريم الحربي');
const withApplicant = (patch: Record<string, unknown>) => {
  const body = valid();
  return { ...body, applicant: { ...body.applicant, ...patch } };
};
const withDeclaration = (patch: Record<string, unknown> | unknown) => {
  const body = valid();
  return { ...body, declaration: typeof patch === 'object' && patch !== null && !Array.isArray(patch) ? { ...body.declaration, ...patch } : patch };
};
const nested = (depth: number): Record<string, unknown> => (depth === 0 ? { end: true } : { x: nested(depth - 1) });

const CORPUS: BadRequest[] = [
  { name: 'national ID too short', body: withApplicant({ nationalId: '123456789' }) },
  { name: 'national ID with letters', body: withApplicant({ nationalId: '10000000a8' }) },
  { name: 'national ID starting with 3', body: withApplicant({ nationalId: '3000000008' }) },
  { name: 'national ID of 11 digits', body: withApplicant({ nationalId: '10000000081' }) },
  { name: 'national ID as a number', body: withApplicant({ nationalId: 1000000008 }) },
  { name: 'national ID missing', body: withApplicant({ nationalId: undefined }) },
  { name: 'national ID with a wrong check digit', body: withApplicant({ nationalId: '1000000007' }) },
  { name: 'iqama with a wrong check digit (Arabic-Indic digits)', body: withApplicant({ nationalId: '٢٠٠٠٠٠٠٠٠٧' }) },
  { name: 'an expired ID (Gregorian)', body: withApplicant({ idExpiry: { calendar: 'gregorian', date: '2020-01-01' } }) },
  { name: 'an expired ID (Hijri)', body: withApplicant({ idExpiry: { calendar: 'hijri', date: '1440-01-01' } }) },
  { name: 'an ID expiry on 30 February', body: withApplicant({ idExpiry: { calendar: 'gregorian', date: '2031-02-30' } }) },
  { name: 'a Hijri birth date in month 13', body: withApplicant({ birthDate: { calendar: 'hijri', date: '1410-13-01' } }) },
  { name: 'a birth date in the future', body: withApplicant({ birthDate: { calendar: 'gregorian', date: '2090-01-01' } }) },
  { name: 'an unknown calendar', body: withApplicant({ birthDate: { calendar: 'julian', date: '1990-01-01' } }) },
  {
    name: 'a short address of the wrong shape',
    body: withApplicant({ nationalAddress: { shortAddress: 'RR29', buildingNumber: '1234', postalCode: '12345', city: 'المدينة', district: 'قباء' } }),
  },
  {
    name: 'a postal code of 4 digits',
    body: withApplicant({ nationalAddress: { shortAddress: 'RRRD2929', buildingNumber: '1234', postalCode: '1234', city: 'المدينة', district: 'قباء' } }),
  },
  { name: 'a name with a zero-width space', body: withApplicant({ fullName: 'ريم​الحربي' }) },
  { name: 'a name with a right-to-left override', body: withApplicant({ fullName: 'Reem ‮ibraH' }) },
  { name: 'a name mixing Arabic and Latin in one word', body: withApplicant({ fullName: 'Reemريم الحربي' }) },
  { name: 'a name with digits', body: withApplicant({ fullName: 'ريم 2' }) },
  { name: 'a foreign mobile number', body: withApplicant({ mobile: '+971501234567' }) },
  { name: 'mobile with a landline prefix', body: withApplicant({ mobile: '0112345678' }) },
  { name: 'mobile too short', body: withApplicant({ mobile: '05123' }) },
  { name: 'mobile with letters', body: withApplicant({ mobile: '05ABCDEFGH' }) },
  { name: 'full name empty', body: withApplicant({ fullName: '' }) },
  { name: 'full name of 201 characters', body: withApplicant({ fullName: 'ا'.repeat(201) }) },
  { name: 'full name as a number', body: withApplicant({ fullName: 42 }) },
  { name: 'full name with a NUL', body: withApplicant({ fullName: 'ريم\u0000الحربي' }) },
  { name: 'full name with a terminal escape', body: withApplicant({ fullName: 'ريم\u001b[31m' }) },
  { name: 'a channel the tenant does not offer (003 lists a visit, not an interview)', body: { ...valid(), channel: 'interview' } },
  { name: 'an unknown channel', body: { ...valid(), channel: 'fax' } },
  { name: 'channel missing', body: { ...valid(), channel: undefined } },
  { name: 'an unknown service', body: { ...valid(), serviceId: 'no-such-service' } },
  { name: 'a service id in capitals', body: { ...valid(), serviceId: 'PROGRAMMES' } },
  { name: 'service id missing', body: { ...valid(), serviceId: undefined } },
  { name: 'service id as a MongoDB operator', body: { ...valid(), serviceId: { $gt: '' } } },
  { name: 'service id as an array', body: { ...valid(), serviceId: [SERVICE] } },
  { name: 'applicant missing', body: { ...valid(), applicant: undefined } },
  { name: 'applicant null', body: { ...valid(), applicant: null } },
  { name: 'applicant as text', body: { ...valid(), applicant: 'ريم' } },
  { name: '__proto__ at the root', raw: `{"__proto__": {"isAdmin": true}, ${JSON.stringify(valid()).slice(1)}` },
  { name: 'constructor.prototype nested', body: { ...valid(), applicant: { ...valid().applicant, constructor: { prototype: { polluted: true } } } } },
  { name: 'a $where key in the applicant', body: withApplicant({ $where: 'sleep(1000)' }) },
  { name: 'a dotted key', body: { ...valid(), 'applicant.fullName': 'x' } },
  { name: 'an unknown field', body: { ...valid(), isAdmin: true } },
  { name: 'an unknown nested field', body: withApplicant({ role: 'tenant-admin' }) },
  { name: 'declaration missing', body: { ...valid(), declaration: undefined } },
  { name: 'declaration not accepted', body: withDeclaration({ accepted: false }) },
  { name: 'declaration accepted as text', body: withDeclaration({ accepted: 'true' }) },
  { name: 'declaration signed with another name', body: withDeclaration({ signedName: 'Someone Else' }) },
  { name: 'declaration version 0', body: withDeclaration({ declarationVersion: 0 }) },
  { name: 'declaration of a text version not in force', body: withDeclaration({ declarationVersion: 7 }) },
  { name: 'declaration as an array', body: withDeclaration([true]) },
  { name: 'a body that is an array', body: [valid()] },
  { name: 'a body that is a JSON string', raw: '"hello"' },
  { name: 'malformed JSON', raw: '{"serviceId": ' },
  { name: 'an empty JSON object', body: {} },
  { name: 'a text/plain body', raw: 'serviceId=x', contentType: 'text/plain' },
  { name: 'a body of 300 KB', body: { ...valid(), padding: 'x'.repeat(300 * 1024) } },
  { name: 'nesting 20 levels deep', body: { ...valid(), extra: nested(20) } },
  { name: 'an array of 1000 items', body: { ...valid(), extra: Array.from({ length: 1000 }, (_, i) => i) } },
  { name: 'a service for indirect beneficiaries only (elsewhere)', body: { ...valid(), serviceId: 'published-content' } },
  { name: 'no token', body: valid(), token: 'none' },
  { name: 'a garbage token', body: valid(), token: 'garbage' },
  { name: 'an expired token', body: valid(), token: 'expired' },
  { name: 'a token for a tenant not on the platform', body: valid(), token: 'unknown-tenant' },
  { name: 'an applicant recording an in-person visit (no staff witness)', body: valid(), token: 'applicant' },
  { name: 'a malformed Idempotency-Key', body: valid(), idempotencyKey: 'bad key!' },
];

describe(`bad input: ${CORPUS.length} refused requests, nothing stored changed`, () => {
  const platform = PlatformUnderTest.current();
  const pool = new Pool({ connectionString: process.env.ATHAR_PG_URL ?? 'postgres://athar:athar@127.0.0.1:15432/athar' });
  const tokens: Record<string, string> = {};
  let existingCase: { caseId: string; body: Body };

  const snapshot = async () => {
    const { rows } = await pool.query<{ n: string; last: string | null }>(
      `SELECT count(*) AS n, max(global_position)::text AS last FROM "${platform.instance}_events".events WHERE tenant_id = $1`,
      [TENANT],
    );
    const list = await fetch(`${platform.url('intake')}/applications?limit=100`, { headers: { authorization: `Bearer ${tokens.staff}` } });
    return { events: rows[0], applications: await list.json() };
  };
  /** The tenant's events stop changing: every consumer has caught up with the setup. */
  const settled = async () => {
    let previous = '';
    await eventually(async () => {
      const now = JSON.stringify((await snapshot()).events);
      const stable = now === previous;
      previous = now;
      if (!stable) await new Promise((r) => setTimeout(r, 1500));
      return stable ? true : undefined;
    }, 60_000);
  };

  beforeAll(async () => {
    tokens.staff = await platform.token(TENANT);
    tokens.expired = await platform.expiredToken(TENANT, ['relations-officer']);
    tokens.applicant = await platform.token(TENANT, ['applicant']);
    tokens['unknown-tenant'] = await platform.token('ghost-association');
    const body = valid();
    const created = await fetch(`${platform.url('intake')}/applications`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens.staff}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(created.status).toBe(201);
    existingCase = { caseId: ((await created.json()) as { caseId: string }).caseId, body };
    // Other files record Madinah cases too (its email applicants): wait for this file's own case.
    await eventually(async () =>
      ((await snapshot()).applications as { items: Array<{ caseId: string }> }).items.some((item) => item.caseId === existingCase.caseId) ? true : undefined,
    );
    await settled();
  });

  afterAll(() => pool.end());

  it(`answers every one of the ${CORPUS.length} with a 4xx and a reason, and changes nothing stored`, async () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(50);
    const before = await snapshot();
    const failures: string[] = [];
    for (const bad of CORPUS) {
      const token = bad.token === 'none' ? undefined : bad.token === 'garbage' ? 'not.a.jwt' : tokens[bad.token ?? 'staff'];
      const response = await fetch(`${platform.url('intake')}/applications`, {
        method: 'POST',
        headers: {
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          'content-type': bad.contentType ?? 'application/json',
          ...(bad.idempotencyKey ? { 'idempotency-key': bad.idempotencyKey } : {}),
        },
        body: bad.raw ?? JSON.stringify(bad.body),
      });
      const answer = (await response.json().catch(() => null)) as { code?: string; message?: { ar?: string; en?: string } } | null;
      const clear = response.status >= 400 && response.status < 500 && !!answer?.code && !!answer.message?.ar && !!answer.message?.en;
      if (!clear) failures.push(`${bad.name}: ${response.status} ${JSON.stringify(answer)}`);
    }
    expect(failures).toEqual([]);
    await new Promise((r) => setTimeout(r, 1500));
    expect(await snapshot()).toEqual(before);
  });

  it('authenticates before it looks at the body: with no token, every bad body is a 401 (docs/adr/0031)', async () => {
    const bodies: Array<{ name: string; raw: string; contentType?: string }> = [
      { name: 'control characters', raw: JSON.stringify(withApplicant({ fullName: 'ريم\u0007' })) },
      { name: 'a JSON string, not an object', raw: '"just text"' },
      { name: 'malformed JSON', raw: '{"serviceId": ' },
      { name: 'a polluting key', raw: '{"__proto__": {"admin": true}}' },
      { name: 'over the body limit', raw: JSON.stringify({ notes: 'x'.repeat(300_000) }) },
    ];
    const answers: string[] = [];
    for (const bad of bodies) {
      const response = await fetch(`${platform.url('intake')}/applications`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: bad.raw,
      });
      const answer = (await response.json()) as { code?: string };
      answers.push(`${bad.name}: ${response.status} ${answer.code}`);
    }
    expect(answers).toEqual(bodies.map((bad) => `${bad.name}: 401 token-missing`));
  });

  it('still refuses the existing person a second open request afterwards (state intact)', async () => {
    const again = await fetch(`${platform.url('intake')}/applications`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens.staff}`, 'content-type': 'application/json' },
      body: JSON.stringify(existingCase.body),
    });
    expect(again.status).toBe(409);
  });
});
