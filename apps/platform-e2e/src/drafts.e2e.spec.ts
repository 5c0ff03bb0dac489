import { applicationBody, eventually, PlatformUnderTest } from './platform-under-test';

jest.setTimeout(60_000);

const PDF = Buffer.from('%PDF-1.7\n%%EOF\n');

describe('an incomplete request stays a draft with a checklist (issue 3; Tuwaiq 6-2 documents)', () => {
  const platform = PlatformUnderTest.current();
  const call = async (method: string, path: string, token: string, body?: unknown) =>
    fetch(`${platform.url('intake')}${path}`, { method, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  const attach = (caseId: string, documentType: string, token: string) => {
    const form = new FormData();
    form.append('documentType', documentType);
    form.append('file', new Blob([PDF]), `${documentType}.pdf`);
    return fetch(`${platform.url('intake')}/applications/${caseId}/documents`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
  };

  it('keeps a training request without its documents as a draft, then registers it once complete', async () => {
    const token = await platform.token('tuwaiq', ['relations-officer']);
    const body = applicationBody('job-seeker-training', 'interview', 'Yousef Al-Shehri');
    const created = await call('POST', '/applications', token, body);
    expect(created.status).toBe(201);
    const draft = (await created.json()) as { caseId: string; caseNumber: string; status: string; checklist: Array<{ item: string; done: boolean; label: { ar: string; en: string } }>; message: { ar: string } };
    expect(draft.status).toBe('draft');
    expect(draft.checklist.map((i) => i.item)).toEqual([
      'field:applicant.birthDate',
      'field:applicant.nationalAddress',
      'field:applicant.idExpiry',
      'document:national-id',
      'document:national-address',
      'document:cv',
      'document:qualification',
    ]);
    expect(draft.message.ar).toContain('إرفاق السيرة الذاتية');

    const early = await call('POST', `/applications/${draft.caseId}/submit`, token, { declaration: body.declaration });
    expect(early.status).toBe(422);
    expect(((await early.json()) as { fields: Array<{ field: string }> }).fields).toHaveLength(7);

    const patch = (ifMatch: string, applicant: Record<string, unknown>) =>
      fetch(`${platform.url('intake')}/applications/${draft.caseId}`, { method: 'PATCH', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'if-match': ifMatch }, body: JSON.stringify({ applicant }) });
    const completed = await patch('"0"', {
      birthDate: { calendar: 'hijri', date: '1415-03-10' },
      idExpiry: { calendar: 'gregorian', date: '2030-05-01' },
      nationalAddress: { shortAddress: 'DDMA1234', buildingNumber: '1234', postalCode: '32241', city: 'الدمام', district: 'الفيصلية' },
    });
    expect(completed.status).toBe(200);
    expect(((await completed.json()) as { checklist: Array<{ item: string; done: boolean }> }).checklist.filter((i) => i.item.startsWith('field:')).every((i) => i.done)).toBe(true);
    expect((await patch('"0"', { mobile: '0555555555' })).status).toBe(409); // stale revision
    expect((await patch('"1"', { nationalId: '2000000006' })).status).toBe(422); // identity cannot change
    expect((await patch('"1"', { idExpiry: { calendar: 'gregorian', date: '2001-01-01' } })).status).toBe(422); // expired

    for (const type of ['national-id', 'national-address', 'cv', 'qualification']) expect((await attach(draft.caseId, type, token)).status).toBe(201);
    const state = (await (await call('GET', `/applications/${draft.caseId}?purpose=case-handling`, token)).json()) as { checklist: Array<{ done: boolean }> };
    expect(state.checklist.every((i) => i.done)).toBe(true);

    expect((await call('POST', `/applications/${draft.caseId}/submit`, token, {})).status).toBe(422); // no declaration
    const submitted = await call('POST', `/applications/${draft.caseId}/submit`, token, { declaration: body.declaration });
    expect(submitted.status).toBe(200);
    expect(((await submitted.json()) as { status: string; caseNumber: string }).caseNumber).toBe(draft.caseNumber);
    expect((await call('POST', `/applications/${draft.caseId}/submit`, token, { declaration: body.declaration })).status).toBe(409);

    // Only now does the case travel on: eligibility sees it after registration, not as a draft.
    await eventually(async () => ((await call('GET', `/cases/${draft.caseId}`, token)).status === 200 ? true : undefined));
    await eventually(async () => ((await fetch(`${platform.url('eligibility')}/cases/${draft.caseId}`, { headers: { authorization: `Bearer ${token}` } })).status === 200 ? true : undefined));
  });

  it('counts a draft as an open request for the same person and service', async () => {
    const token = await platform.token('tuwaiq', ['relations-officer']);
    const body = applicationBody('job-seeker-training', 'interview', 'Hind Al-Mutairi');
    expect((await call('POST', '/applications', token, body)).status).toBe(201);
    expect((await call('POST', '/applications', token, body)).status).toBe(409);
  });
});
