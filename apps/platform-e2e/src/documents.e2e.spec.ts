import { createHash } from 'node:crypto';
import { applicationBody, PlatformUnderTest } from './platform-under-test';

jest.setTimeout(60_000);

const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from('1 0 obj << /Type /Catalog >> endobj\n%%EOF\n')]);
const EXE = Buffer.concat([Buffer.from([0x4d, 0x5a, 0x90, 0x00]), Buffer.alloc(512, 1)]);

describe('supporting documents (Tuwaiq 6-2)', () => {
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

    const list = (await (
      await fetch(`${platform.url('intake')}/applications/${caseId}/documents`, { headers: { authorization: `Bearer ${token}` } })
    ).json()) as { items: unknown[] };
    expect(list.items).toHaveLength(1);
    const download = await fetch(`${platform.url('intake')}/applications/${caseId}/documents/${attached.documentId}?purpose=case-handling`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer()).equals(PDF)).toBe(true);
    expect(download.headers.get('x-content-type-options')).toBe('nosniff');

    const stranger = await platform.token('awj', ['services-officer']);
    expect(
      (
        await fetch(`${platform.url('intake')}/applications/${caseId}/documents/${attached.documentId}?purpose=case-handling`, {
          headers: { authorization: `Bearer ${stranger}` },
        })
      ).status,
    ).toBe(404);
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

  // The limit is 5 MiB = 5,242,880 bytes (docs/security.md): exactly that is accepted, one byte more is not.
  const MIB5 = 5 * 1024 * 1024;
  const sized = (bytes: number) => Buffer.concat([PDF, Buffer.alloc(bytes - PDF.length, 0x20)]);

  it('accepts a file of exactly 5 MiB (5,242,880 bytes)', async () => {
    const response = await upload(sized(MIB5), 'exact.pdf');
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ size: 5_242_880 });
  });

  it('refuses a file one byte over 5 MiB with 413 and a reason naming the limit', async () => {
    const response = await upload(sized(MIB5 + 1), 'over.pdf');
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({
      code: 'document-too-large',
      message: { ar: expect.stringContaining('5 ميغابايت'), en: expect.stringContaining('5 MiB (5,242,880 bytes)') },
      fields: [{ field: 'file' }],
    });
  });

  it.each([
    ['a PDF polyglot named poly.html', PDF, 'poly.html', 'poly.pdf'],
    ['a PDF named with no extension', PDF, 'السيرة', 'السيرة.pdf'],
    ['a PNG named photo.jpeg', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]), 'photo.jpeg', 'photo.png'],
    ['a JPEG named cv.JPG', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0, 0, 0]), 'cv.JPG', 'cv.JPG'],
    ['a PDF named report.pdf.exe', PDF, 'report.pdf.exe', 'report.pdf.pdf'],
  ])('stores %s under a name whose extension is its detected type', async (_name, content, given, stored) => {
    const response = await upload(content, given);
    expect(response.status).toBe(201);
    const attached = (await response.json()) as { documentId: string; fileName: string };
    expect(attached.fileName).toBe(stored);
    const download = await fetch(`${platform.url('intake')}/applications/${caseId}/documents/${attached.documentId}?purpose=case-handling`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(download.headers.get('content-disposition')).toBe(`attachment; filename*=UTF-8''${encodeURIComponent(stored)}`);
  });
});
