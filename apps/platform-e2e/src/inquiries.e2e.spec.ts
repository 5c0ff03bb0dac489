import { eventually, PlatformUnderTest } from './platform-under-test';

jest.setTimeout(60_000);

// This file alone uses the tenant "general-assembly-002".
describe('inquiries to the social-research officer (000/001/002 step 3)', () => {
  const platform = PlatformUnderTest.current();
  const tenant = 'general-assembly-002';
  let staff: string;
  let researcher: string;

  const call = (method: string, path: string, token: string, body?: unknown, headers: Record<string, string> = {}) =>
    fetch(`${platform.url('intake')}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  const openInquiry = async (): Promise<string> => {
    const response = await call('POST', '/inquiries', staff, { channel: 'phone', question: 'ما المستندات المطلوبة؟', contact: { name: 'خالد', mobile: '0500000001' } });
    expect(response.status).toBe(201);
    const { inquiryId } = (await response.json()) as { inquiryId: string };
    await eventually(async () => ((await call('GET', `/inquiries/${inquiryId}`, researcher)).status === 200 ? true : undefined));
    return inquiryId;
  };

  beforeAll(async () => {
    staff = await platform.token(tenant, ['relations-officer']);
    researcher = await platform.token(tenant, ['social-researcher']);
  });

  it('puts the inquiry in the officer queue, and the officer answers it once', async () => {
    const inquiryId = await openInquiry();
    const queue = (await (await call('GET', '/inquiries?status=open', researcher)).json()) as { items: Array<{ inquiryId: string }> };
    expect(queue.items.map((i) => i.inquiryId)).toContain(inquiryId);
    const read = await call('GET', `/inquiries/${inquiryId}`, researcher);
    expect(read.headers.get('etag')).toBe('"0"');

    const answered = await call('POST', `/inquiries/${inquiryId}/answer`, researcher, { answer: 'الهوية الوطنية والعنوان الوطني.' }, { 'if-match': '"0"' });
    expect(answered.status).toBe(200);
    expect(await answered.json()).toEqual({ inquiryId, status: 'answered', revision: 1 });
    const again = await call('POST', `/inquiries/${inquiryId}/answer`, researcher, { answer: 'مرة أخرى' }, { 'if-match': '"1"' });
    expect(again.status).toBe(409);
    expect(((await again.json()) as { code: string }).code).toBe('inquiry-already-answered');
  });

  it('lets exactly one of two officers answering the same revision win (optimistic concurrency)', async () => {
    const inquiryId = await openInquiry();
    const both = await Promise.all(
      ['الجواب الأول', 'الجواب الثاني'].map((answer) => call('POST', `/inquiries/${inquiryId}/answer`, researcher, { answer }, { 'if-match': '"0"' })),
    );
    expect(both.map((r) => r.status).sort()).toEqual([200, 409]);
  });

  it('requires If-Match, the officer role, and the same tenant', async () => {
    const inquiryId = await openInquiry();
    expect((await call('POST', `/inquiries/${inquiryId}/answer`, researcher, { answer: 'x' })).status).toBe(422);
    expect((await call('POST', `/inquiries/${inquiryId}/answer`, staff, { answer: 'x' }, { 'if-match': '0' })).status).toBe(403);
    const other = await platform.token('awj', ['social-researcher']);
    expect((await call('GET', `/inquiries/${inquiryId}`, other)).status).toBe(404);
    expect((await call('POST', `/inquiries/${inquiryId}/answer`, other, { answer: 'x' }, { 'if-match': '0' })).status).toBe(404);
  });
});
