import { eventually, newNationalId, PlatformUnderTest } from './platform-under-test';

jest.setTimeout(90_000);

interface Incoming {
  items: Array<{ referralId: string; status: string; sharedData: Record<string, string>; from: { tenantId: string }; revision: number }>;
}

describe('out-of-scope referrals between associations (Tuwaiq 5-10)', () => {
  const platform = PlatformUnderTest.current();
  const call = (method: string, path: string, token: string, body?: unknown, headers: Record<string, string> = {}) =>
    fetch(`${platform.url('intake')}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  const applicant = () => ({ fullName: 'منى الدوسري', nationalId: newNationalId(), mobile: '0512345678' });

  it('carries only consented data to the receiving association, and brings its decision back', async () => {
    const tuwaiq = await platform.token('tuwaiq', ['relations-officer']);
    const awj = await platform.token('awj', ['social-researcher']);
    const person = applicant();
    const sent = await call('POST', '/referrals', tuwaiq, {
      target: { kind: 'tenant', tenantId: 'awj' },
      requestedService: 'استشارة مهنية',
      reason: 'الخدمة ليست من اختصاص جمعية طويق',
      applicant: person,
      consentedFields: ['fullName', 'mobile'],
    });
    expect(sent.status).toBe(201);
    const { referralId, message } = (await sent.json()) as { referralId: string; message: { ar: string; en: string } };
    expect(message.ar).toContain('ليست من اختصاص');

    const { value: incoming } = await eventually(async () => {
      const list = (await (await call('GET', '/referrals/incoming', awj)).json()) as Incoming;
      return list.items.find((i) => i.referralId === referralId);
    });
    expect(incoming.sharedData).toEqual({ fullName: person.fullName, mobile: '+966512345678' });
    expect(JSON.stringify(incoming)).not.toContain(person.nationalId);
    expect(incoming.from.tenantId).toBe('tuwaiq');

    const decided = await call('POST', `/referrals/incoming/${referralId}/decision`, awj, { decision: 'declined', reason: 'لا تتوفر سعة حالياً' }, { 'if-match': String(incoming.revision) });
    expect(decided.status).toBe(200);
    const { value: outcome } = await eventually(async () => {
      const view = (await (await call('GET', `/referrals/${referralId}`, tuwaiq)).json()) as { status: string; decisionReason: string | null };
      return view.status === 'declined' ? view : undefined;
    });
    expect(outcome.decisionReason).toBe('لا تتوفر سعة حالياً');

    const again = await call('POST', `/referrals/incoming/${referralId}/decision`, awj, { decision: 'accepted', reason: 'x' }, { 'if-match': String(incoming.revision + 1) });
    expect(again.status).toBe(409);
  });

  it('keeps each side to its own view', async () => {
    const tuwaiq = await platform.token('tuwaiq', ['relations-officer']);
    const sent = (await (await call('POST', '/referrals', tuwaiq, { target: { kind: 'tenant', tenantId: 'quwayiyah' }, requestedService: 'x', reason: 'y', applicant: applicant(), consentedFields: [] })).json()) as { referralId: string };
    const stranger = await platform.token('awj', ['social-researcher']);
    await new Promise((r) => setTimeout(r, 1000));
    expect((await call('GET', `/referrals/${sent.referralId}`, stranger)).status).toBe(404);
    const strangerIncoming = (await (await call('GET', '/referrals/incoming', stranger)).json()) as Incoming;
    expect(strangerIncoming.items.map((i) => i.referralId)).not.toContain(sent.referralId);
    expect((await call('POST', `/referrals/incoming/${sent.referralId}/decision`, stranger, { decision: 'accepted', reason: 'x' }, { 'if-match': '0' })).status).toBe(404);
  });

  it('records an external body, and refuses a referral to itself or to an unknown association', async () => {
    const tuwaiq = await platform.token('tuwaiq', ['relations-officer']);
    const external = await call('POST', '/referrals', tuwaiq, { target: { kind: 'external', name: 'جمعية البر بالدمام' }, requestedService: 'سلة غذائية', reason: 'خارج الاختصاص', applicant: applicant(), consentedFields: ['fullName'] });
    expect(external.status).toBe(201);
    expect(((await external.json()) as { status: string }).status).toBe('referred-externally');
    for (const tenantId of ['tuwaiq', 'ghost']) {
      const refused = await call('POST', '/referrals', tuwaiq, { target: { kind: 'tenant', tenantId }, requestedService: 'x', reason: 'y', applicant: applicant(), consentedFields: [] });
      expect(refused.status).toBe(422);
    }
  });
});
