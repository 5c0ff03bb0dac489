import { createHash } from 'node:crypto';
import { applicationBody, PlatformUnderTest } from './platform-under-test';

jest.setTimeout(60_000);

const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from('1 0 obj << /Type /Catalog >> endobj\n%%EOF\n')]);
const EXE = Buffer.concat([Buffer.from([0x4d, 0x5a, 0x90, 0x00]), Buffer.alloc(512, 1)]);

describe('supporting documents (Tuwaiq 6-2; issue 3 "Declaration and documents")', () => {
  const platform = PlatformUnderTest.current();
  let token: string;
  let caseId: string;

  const upload = (content: Buffer, fileName: string, documentType = 'cv', as = token, id = caseId) => {
    const form = new FormData();
    form.append('documentType', documentType);
    form.append('file', new Blob([content], { type: 'application/pdf' }), fileName);
    return fetch(`${platform.url('intake')}/applications/${id}/documents`, { method: 'POST', headers: { authorization: `Bearer ${as}` }, body: form });
  };

  beforeAll(async () => {
    token = await platform.token('tuwaiq', ['services-officer']);
    const created = await fetch(`${platform.url('intake')}/applications`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(applicationBody('job-seeker-training', 'website', 'Omar Al-Harbi')),
    });
    caseId = ((await created.json()) as { caseId: string }).caseId;
  });

  it('stores a PDF by content with its SHA-256, records the upload as an event, and serves it back', async () => {
    const response = await upload(PDF, 'السيرة الذاتية.pdf');
    expect(response.status).toBe(201);
    const attached = (await response.json()) as { documentId: string; sha256: string; contentType: string; fileName: string };
    expect(attached).toMatchObject({ sha256: createHash('sha256').update(PDF).digest('hex'), contentType: 'application/pdf', fileName: 'السيرة الذاتية.pdf' });

    const list = (await (await fetch(`${platform.url('intake')}/applications/${caseId}/documents`, { headers: { authorization: `Bearer ${token}` } })).json()) as { items: unknown[] };
    expect(list.items).toHaveLength(1);
    const download = await fetch(`${platform.url('intake')}/applications/${caseId}/documents/${attached.documentId}?purpose=case-handling`, { headers: { authorization: `Bearer ${token}` } });
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer()).equals(PDF)).toBe(true);
    expect(download.headers.get('x-content-type-options')).toBe('nosniff');

    const stranger = await platform.token('awj', ['services-officer']);
    expect((await fetch(`${platform.url('intake')}/applications/${caseId}/documents/${attached.documentId}?purpose=case-handling`, { headers: { authorization: `Bearer ${stranger}` } })).status).toBe(404);
  });

  it.each([
    ['an executable renamed cv.pdf', () => upload(EXE, 'cv.pdf'), 422],
    ['an unknown document type', () => upload(PDF, 'cv.pdf', 'passport-photo'), 422],
    ['an empty file', () => upload(Buffer.alloc(0), 'cv.pdf'), 422],
    ['a file over 5 MB', () => upload(Buffer.concat([PDF, Buffer.alloc(5 * 1024 * 1024)]), 'big.pdf'), 413],
    ['a case of another tenant', async () => upload(PDF, 'cv.pdf', 'cv', await platform.token('awj', ['services-officer'])), 404],
    ['a case that does not exist', () => upload(PDF, 'cv.pdf', 'cv', token, '00000000-0000-4000-8000-000000000000'), 404],
  ])('refuses %s', async (_name, send, status) => {
    const response = await send();
    expect(response.status).toBe(status);
    expect(((await response.json()) as { message: { ar: string } }).message.ar.length).toBeGreaterThan(0);
  });
});
