import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePermissionMatrix, PERSON_ROLES, type Role } from '@athar/identity';
import { applicationBody, bodyWithoutCorrelation, PlatformUnderTest } from './platform-under-test';

jest.setTimeout(120_000);

/**
 * A token may carry several roles. Holding `applicant` and any other role must not lift the ownership
 * check unless that other role is one the route itself admits for staff (docs/permissions.md), and
 * `operations` never sees personal data. Generated over every pair applicant + role.
 */
const MATRIX = parsePermissionMatrix(readFileSync(join(__dirname, '../../../docs/permissions.md'), 'utf8'));
const allowedOn = (method: string, path: string): Role[] => {
  const row = MATRIX.find((r) => r.service === 'intake' && r.method === method && r.path === path);
  if (!row || row.allowed === 'public') throw new Error(`${method} ${path} is not in docs/permissions.md`);
  return row.allowed;
};
const STAFF = PERSON_ROLES.filter((role) => role !== 'applicant');
const staffOn = (allowed: Role[], role: Role) => allowed.includes(role) && role !== 'operations';

describe("role combinations and an applicant's case (ownership holds unless the route admits the other role)", () => {
  const platform = PlatformUnderTest.current();
  const TENANT = 'tuwaiq';
  let caseId: string;
  let missing: string;

  beforeAll(async () => {
    const owner = (await platform.newPerson(TENANT, ['applicant'])).token;
    const created = await fetch(`${platform.url('intake')}/applications`, {
      method: 'POST',
      headers: { authorization: `Bearer ${owner}`, 'content-type': 'application/json' },
      body: JSON.stringify(applicationBody('job-seeker-training', 'website', 'نورة فهد القحطاني')), // a draft: its documents are missing
    });
    expect(created.status).toBe(201);
    expect(((await created.clone().json()) as { status: string }).status).toBe('draft');
    caseId = ((await created.json()) as { caseId: string }).caseId;
    missing = randomUUID();
  });

  // one signed-in user per role set for the whole run (not the owner, a new person): creating a Keycloak user per test costs seconds
  const someoneElse = (role: Role) => platform.token(TENANT, ['applicant', role]);
  const read = (id: string, token: string) =>
    fetch(`${platform.url('intake')}/applications/${id}`, { headers: { authorization: `Bearer ${token}`, 'x-purpose': 'beneficiary-request' } });
  const patch = (id: string, token: string) =>
    fetch(`${platform.url('intake')}/applications/${id}`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'if-match': '"999"' },
      body: JSON.stringify({ applicant: { mobile: '0598765432' } }),
    });

  const readers = allowedOn('GET', '/applications/{caseId}');
  it.each(STAFF.map((role) => [role, staffOn(readers, role)] as const))(
    'GET by a token [applicant, %s] of another subject: sees it = %s',
    async (role, sees) => {
      const token = await someoneElse(role);
      const [theirs, none] = [await read(caseId, token), await read(missing, token)];
      if (sees) {
        expect(theirs.status).toBe(200);
      } else {
        expect([theirs.status, none.status]).toEqual([404, 404]);
        expect(await bodyWithoutCorrelation(theirs)).toEqual(await bodyWithoutCorrelation(none));
      }
    },
  );

  const editors = allowedOn('PATCH', '/applications/{caseId}');
  it.each(STAFF.map((role) => [role, staffOn(editors, role)] as const))(
    'PATCH by a token [applicant, %s] of another subject: reaches it = %s',
    async (role, reaches) => {
      const response = await patch(caseId, await someoneElse(role));
      // Staff the route admits reach the draft (409: the If-Match is stale, nothing changes); everyone else finds no case.
      expect(response.status).toBe(reaches ? 409 : 404);
    },
  );

  const uploaders = allowedOn('POST', '/applications/{caseId}/documents');
  it.each(STAFF.filter((role) => !staffOn(uploaders, role)))('POST a document with a token [applicant, %s] of another subject: no case', async (role) => {
    const form = new FormData();
    form.append('documentType', 'cv');
    form.append('file', new Blob([Buffer.from('%PDF-1.7\n%%EOF\n')]), 'cv.pdf');
    const response = await fetch(`${platform.url('intake')}/applications/${caseId}/documents`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await someoneElse(role)}` },
      body: form,
    });
    expect(response.status).toBe(404);
  });
});
