import { eventually, newNationalId, outboxSearch, PlatformUnderTest } from './platform-under-test';

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

    const decided = await call(
      'POST',
      `/referrals/incoming/${referralId}/decision`,
      awj,
      { decision: 'declined', reason: 'لا تتوفر سعة حالياً' },
      { 'if-match': String(incoming.revision) },
    );
    expect(decided.status).toBe(200);
    const { value: outcome } = await eventually(async () => {
      const view = (await (await call('GET', `/referrals/${referralId}`, tuwaiq)).json()) as { status: string; decisionReason: string | null };
      return view.status === 'declined' ? view : undefined;
    });
    expect(outcome.decisionReason).toBe('لا تتوفر سعة حالياً');

    const again = await call(
      'POST',
      `/referrals/incoming/${referralId}/decision`,
      awj,
      { decision: 'accepted', reason: 'x' },
      { 'if-match': String(incoming.revision + 1) },
    );
    expect(again.status).toBe(409);
  });

  it('keeps each side to its own view', async () => {
    const tuwaiq = await platform.token('tuwaiq', ['relations-officer']);
    const sent = (await (
      await call('POST', '/referrals', tuwaiq, {
        target: { kind: 'tenant', tenantId: 'quwayiyah' },
        requestedService: 'x',
        reason: 'y',
        applicant: applicant(),
        consentedFields: [],
      })
    ).json()) as { referralId: string };
    const stranger = await platform.token('awj', ['social-researcher']);
    await new Promise((r) => setTimeout(r, 1000));
    expect((await call('GET', `/referrals/${sent.referralId}`, stranger)).status).toBe(404);
    const strangerIncoming = (await (await call('GET', '/referrals/incoming', stranger)).json()) as Incoming;
    expect(strangerIncoming.items.map((i) => i.referralId)).not.toContain(sent.referralId);
    expect(
      (await call('POST', `/referrals/incoming/${sent.referralId}/decision`, stranger, { decision: 'accepted', reason: 'x' }, { 'if-match': '0' })).status,
    ).toBe(404);
  });

  it('records an external body, and refuses a referral to itself or to an unknown association', async () => {
    const tuwaiq = await platform.token('tuwaiq', ['relations-officer']);
    const external = await call('POST', '/referrals', tuwaiq, {
      target: { kind: 'external', name: 'جمعية البر بالدمام' },
      requestedService: 'سلة غذائية',
      reason: 'خارج الاختصاص',
      applicant: applicant(),
      consentedFields: ['fullName'],
    });
    expect(external.status).toBe(201);
    expect(((await external.json()) as { status: string }).status).toBe('referred-externally');
    for (const tenantId of ['tuwaiq', 'ghost']) {
      const refused = await call('POST', '/referrals', tuwaiq, {
        target: { kind: 'tenant', tenantId },
        requestedService: 'x',
        reason: 'y',
        applicant: applicant(),
        consentedFields: [],
      });
      expect(refused.status).toBe(422);
    }
  });

  it('tells the referred applicant on their phone: the referral, naming the association in Arabic and English, then its decision', async () => {
    const tuwaiq = await platform.token('tuwaiq', ['relations-officer']);
    const awj = await platform.token('awj', ['social-researcher']);
    const mobile = `05${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
    const phone = `+966${mobile.slice(1)}`;
    // Consented to share nothing: the receiving association never sees the number, yet the applicant is told.
    const sent = await call('POST', '/referrals', tuwaiq, {
      target: { kind: 'tenant', tenantId: 'awj' },
      requestedService: 'استشارة مهنية',
      reason: 'خارج الاختصاص',
      applicant: { ...applicant(), mobile },
      consentedFields: [],
    });
    expect(sent.status).toBe(201);
    const { referralId } = (await sent.json()) as { referralId: string };
    const inbox = async () => ((await (await outboxSearch(platform, tuwaiq, phone)).json()) as { items: Array<{ channel: string; body: string }> }).items;

    const { value: notice } = await eventually(async () => {
      const items = await inbox();
      return items.length > 0 ? items : undefined;
    });
    expect(notice).toHaveLength(1);
    expect(notice[0].channel).toBe('sms');
    expect(notice[0].body).toContain('جمعية أوج للتدريب والتطوير والاستشارات التعاونية (Awj Cooperative Association for Training, Development and Consulting)');
    expect(notice[0].body).toContain('استشارة مهنية');

    const { value: incoming } = await eventually(async () => {
      const list = (await (await call('GET', '/referrals/incoming', awj)).json()) as Incoming;
      return list.items.find((i) => i.referralId === referralId);
    });
    expect(JSON.stringify(incoming)).not.toContain(mobile.slice(1));
    expect(
      (
        await call(
          'POST',
          `/referrals/incoming/${referralId}/decision`,
          awj,
          { decision: 'accepted', reason: 'نستقبل الطلب ونتواصل معك' },
          { 'if-match': String(incoming.revision) },
        )
      ).status,
    ).toBe(200);

    const { value: both } = await eventually(async () => {
      const items = await inbox();
      return items.length > 1 ? items : undefined;
    });
    expect(both).toHaveLength(2);
    expect(both[0].body).toContain('قبلت جمعية أوج للتدريب والتطوير والاستشارات التعاونية');
    expect(both[0].body).toContain('نستقبل الطلب ونتواصل معك');
    expect(both[0].body).toContain('Awj Cooperative Association for Training, Development and Consulting accepted');
    // The receiving association sent nothing to the number: it never had it.
    expect(((await (await outboxSearch(platform, await platform.token('awj', ['relations-officer']), phone)).json()) as { items: unknown[] }).items).toEqual(
      [],
    );
  });

  describe('GET /referrals: the referrals an association made', () => {
    interface Page {
      items: Array<{ referralId: string; status: string; target: { kind: string; tenantId?: string; name: { ar: string; en: string } }; referredAt: string }>;
      nextCursor: string | null;
      total: number;
    }
    const sender = 'quwayiyah';
    const made: Record<string, string> = {};

    beforeAll(async () => {
      const token = await platform.token(sender, ['relations-officer']);
      const targets = {
        madinah1: { kind: 'tenant', tenantId: 'environment-madinah' },
        madinah2: { kind: 'tenant', tenantId: 'environment-madinah' },
        tuwaiq: { kind: 'tenant', tenantId: 'tuwaiq' },
        external: { kind: 'external', name: 'جمعية البر بالخرج' },
      };
      for (const [label, target] of Object.entries(targets)) {
        const response = await call('POST', '/referrals', token, {
          target,
          requestedService: 'خدمة',
          reason: 'خارج الاختصاص',
          applicant: applicant(),
          consentedFields: ['fullName'],
        });
        expect(response.status).toBe(201);
        made[label] = ((await response.json()) as { referralId: string }).referralId;
      }
      await eventually(async () => {
        const page = (await (await call('GET', '/referrals?limit=100', token)).json()) as Page;
        return Object.values(made).every((id) => page.items.some((i) => i.referralId === id)) ? true : undefined;
      });
    });

    /** Every page of a query, following nextCursor. */
    const allPages = async (token: string, query: string): Promise<{ items: Page['items']; totals: number[]; pages: number }> => {
      const items: Page['items'] = [];
      const totals: number[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const response = await call('GET', `/referrals?${query}${cursor ? `&cursor=${cursor}` : ''}`, token);
        expect(response.status).toBe(200);
        const page = (await response.json()) as Page;
        items.push(...page.items);
        totals.push(page.total);
        cursor = page.nextCursor;
        pages += 1;
      } while (cursor && pages < 100);
      return { items, totals, pages };
    };

    it('pages newest first with a cursor, no referral twice, and the total of all pages', async () => {
      const token = await platform.token(sender, ['social-researcher']);
      const { items, totals, pages } = await allPages(token, 'limit=2');
      expect(pages).toBeGreaterThanOrEqual(2);
      const ids = items.map((i) => i.referralId);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids).toEqual(expect.arrayContaining(Object.values(made)));
      expect(new Set(totals)).toEqual(new Set([items.length]));
      const times = items.map((i) => Date.parse(i.referredAt));
      expect([...times].sort((a, b) => b - a)).toEqual(times);
    });

    it('filters by receiving association and by status', async () => {
      const token = await platform.token(sender, ['relations-officer']);
      const madinah = await allPages(token, 'receivingTenantId=environment-madinah&limit=1');
      expect(madinah.items.map((i) => i.referralId)).toEqual(expect.arrayContaining([made.madinah1, made.madinah2]));
      expect(madinah.items.every((i) => i.target.tenantId === 'environment-madinah')).toBe(true);
      expect(madinah.items[0].target.name).toEqual({ ar: 'جمعية البيئة بالمدينة المنورة', en: 'Environment Association, Madinah' });
      expect(madinah.totals[0]).toBe(madinah.items.length);

      const external = await allPages(token, 'status=referred-externally');
      expect(external.items.map((i) => i.referralId)).toContain(made.external);
      expect(external.items.map((i) => i.referralId)).not.toContain(made.tuwaiq);
      expect(external.items.every((i) => i.status === 'referred-externally')).toBe(true);
    });

    it("shows another association's token none of them, and refuses undeclared parameters and a forged cursor", async () => {
      for (const other of ['environment-madinah', 'awj']) {
        const token = await platform.token(other, ['relations-officer']);
        const seen = await allPages(token, 'limit=100');
        expect(seen.items.map((i) => i.referralId).filter((id) => Object.values(made).includes(id))).toEqual([]);
      }
      const token = await platform.token(sender, ['relations-officer']);
      const undeclared = await call('GET', '/referrals?tenantId=awj', token);
      expect(undeclared.status).toBe(422);
      const forged = await call('GET', `/referrals?cursor=${Buffer.from('["not a date","x"]').toString('base64url')}`, token);
      expect(forged.status).toBe(422);
      expect(((await forged.json()) as { fields: Array<{ field: string }> }).fields.map((f) => f.field)).toEqual(['cursor']);
      expect((await call('GET', '/referrals', await platform.token(sender, ['committee-member']))).status).toBe(403);
    });
  });
  describe('GET /referrals/incoming: the referrals an association received', () => {
    interface IncomingPage {
      items: Array<{ referralId: string; status: string; from: { tenantId: string }; receivedAt: string | null; revision: number }>;
      nextCursor: string | null;
      total: number;
    }
    const receiver = 'environment-madinah';
    const received: string[] = [];

    beforeAll(async () => {
      const tuwaiq = await platform.token('tuwaiq', ['relations-officer']);
      for (let i = 0; i < 3; i += 1) {
        const response = await call('POST', '/referrals', tuwaiq, {
          target: { kind: 'tenant', tenantId: receiver },
          requestedService: 'خدمة بيئية',
          reason: 'خارج الاختصاص',
          applicant: applicant(),
          consentedFields: ['fullName'],
        });
        expect(response.status).toBe(201);
        received.push(((await response.json()) as { referralId: string }).referralId);
      }
      const token = await platform.token(receiver, ['social-researcher']);
      await eventually(async () => {
        const { items } = await incomingPages(token, 'limit=100');
        return received.every((id) => items.some((i) => i.referralId === id)) ? true : undefined;
      });
    });

    /** Every page of the received referrals, following nextCursor. */
    const incomingPages = async (
      token: string,
      query: string,
    ): Promise<{ items: IncomingPage['items']; totals: number[]; pages: number; cursors: string[] }> => {
      const items: IncomingPage['items'] = [];
      const totals: number[] = [];
      const cursors: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const response = await call('GET', `/referrals/incoming?${query}${cursor ? `&cursor=${cursor}` : ''}`, token);
        expect(response.status).toBe(200);
        const page = (await response.json()) as IncomingPage;
        items.push(...page.items);
        totals.push(page.total);
        cursor = page.nextCursor;
        if (cursor) cursors.push(cursor);
        pages += 1;
      } while (cursor && pages < 200);
      return { items, totals, pages, cursors };
    };

    it('pages newest first with a cursor, no referral twice, and the total of all pages', async () => {
      const token = await platform.token(receiver, ['relations-officer']);
      const { items, totals, pages } = await incomingPages(token, 'limit=2');
      expect(pages).toBeGreaterThanOrEqual(2);
      const ids = items.map((i) => i.referralId);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids).toEqual(expect.arrayContaining(received));
      expect(new Set(totals)).toEqual(new Set([items.length]));
      const times = items.map((i) => Date.parse(i.receivedAt ?? ''));
      expect(times.every((t) => !Number.isNaN(t))).toBe(true);
      expect([...times].sort((a, b) => b - a)).toEqual(times);
    });

    it('filters by status: a referral accepted leaves the received ones and joins the accepted, each total counting only its own', async () => {
      const token = await platform.token(receiver, ['social-researcher']);
      const before = await incomingPages(token, 'limit=100');
      const chosen = before.items.find((i) => i.referralId === received[0])!;
      const decided = await call(
        'POST',
        `/referrals/incoming/${chosen.referralId}/decision`,
        token,
        { decision: 'accepted', reason: 'نستقبل الطلب' },
        { 'if-match': String(chosen.revision) },
      );
      expect(decided.status).toBe(200);
      const { value: accepted } = await eventually(async () => {
        const page = await incomingPages(token, 'status=accepted&limit=1');
        return page.items.some((i) => i.referralId === chosen.referralId) ? page : undefined;
      });
      expect(accepted.items.every((i) => i.status === 'accepted')).toBe(true);
      expect(new Set(accepted.totals)).toEqual(new Set([accepted.items.length]));
      const waiting = await incomingPages(token, 'status=received&limit=1');
      expect(waiting.items.map((i) => i.referralId)).toEqual(expect.arrayContaining(received.slice(1)));
      expect(waiting.items.map((i) => i.referralId)).not.toContain(chosen.referralId);
      expect(waiting.items.every((i) => i.status === 'received')).toBe(true);
      expect(new Set(waiting.totals)).toEqual(new Set([waiting.items.length]));
    });

    it('refuses a forged cursor, a cursor of other filters or of the other list, and an unknown status: 422 naming the field, Arabic and English', async () => {
      const token = await platform.token(receiver, ['relations-officer']);
      const refusedField = async (query: string): Promise<string[]> => {
        const response = await call('GET', `/referrals/incoming?${query}`, token);
        expect(response.status).toBe(422);
        const body = (await response.json()) as {
          message: { ar: string; en: string };
          fields: Array<{ field: string; reasons: Array<{ ar: string; en: string }> }>;
        };
        expect(body.message.ar).not.toBe('');
        expect(body.message.en).not.toBe('');
        return body.fields.map((f) => f.field);
      };
      expect(await refusedField(`cursor=${Buffer.from('["not a date","x"]').toString('base64url')}`)).toEqual(['cursor']);
      const { cursors } = await incomingPages(token, 'status=received&limit=1');
      expect(cursors.length).toBeGreaterThan(0);
      expect(await refusedField(`status=accepted&cursor=${cursors[0]}`)).toEqual(['cursor']);
      const outgoing = (await (await call('GET', '/referrals?limit=1', await platform.token('tuwaiq', ['relations-officer']))).json()) as {
        nextCursor: string | null;
      };
      expect(outgoing.nextCursor).not.toBeNull();
      expect(await refusedField(`cursor=${outgoing.nextCursor}`)).toEqual(['cursor']);
      expect(await refusedField('status=referred')).toEqual(['status']);
      expect(await refusedField('limit=101')).toEqual(['limit']);
    });
  });
});
