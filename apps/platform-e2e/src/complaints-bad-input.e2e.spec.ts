import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { claimsOf, eventually, PlatformUnderTest } from './platform-under-test';

jest.setTimeout(600_000);

const TENANT = 'awj';

interface Refusal {
  code?: string;
  message?: { ar?: string; en?: string };
  fields?: Array<{ field: string; reasons: Array<{ ar: string; en: string }> }>;
}
type Who = 'officer' | 'director' | 'board' | 'applicant' | 'none' | 'garbage' | 'public';
interface Bad {
  name: string;
  path: string;
  method?: 'GET' | 'POST';
  as: Who;
  body?: unknown;
  raw?: string;
  contentType?: string;
}

/**
 * Bad input on every complaint endpoint (docs/adr/0042), the public complaint and rating links
 * included: each family at least 30 requests, each answered with a 4xx, a code and a bilingual
 * message (field reasons in Arabic and English on 422), never a 500, and nothing stored changes
 * (the service-level workflow's own reminders and breaches aside). Run on Awj, which no other
 * complaint test uses.
 */
describe('complaints: bad input refused with reasons, nothing stored', () => {
  const platform = PlatformUnderTest.current();
  const pool = new Pool({ connectionString: process.env.ATHAR_PG_URL ?? 'postgres://athar:athar@127.0.0.1:15432/athar', max: 2 });
  const tokens: Partial<Record<Who, string>> = {};
  /** A resolved, rated complaint (its rating code spent) and its issue on the agenda; an open one with an unspent code. */
  const rated = { complaintId: '', reference: '', code: '' };
  const open = { complaintId: '', reference: '', code: '' };
  let issueId = '';

  const call = (path: string, who: Who, init: { method?: string; body?: unknown; raw?: string; contentType?: string } = {}) => {
    const token = who === 'none' || who === 'public' ? undefined : who === 'garbage' ? 'not.a.jwt' : tokens[who];
    const hasBody = init.body !== undefined || init.raw !== undefined;
    return fetch(`${platform.url('feedback')}${path}`, {
      method: init.method ?? (hasBody ? 'POST' : 'GET'),
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(hasBody ? { 'content-type': init.contentType ?? 'application/json' } : {}) },
      body: init.raw ?? (init.body === undefined ? undefined : JSON.stringify(init.body)),
    });
  };
  /** The public links allow 20 calls a minute from one address: the corpus paces itself on Retry-After. */
  const paced = async (send: () => Promise<Response>): Promise<Response> => {
    for (;;) {
      const response = await send();
      if (response.status !== 429) return response;
      await new Promise((resolve) => setTimeout(resolve, (Number(response.headers.get('retry-after')) || 5) * 1000));
    }
  };
  const ok = async (path: string, body: unknown, who: Who = 'officer'): Promise<Record<string, string>> => {
    const response = await paced(() => call(path, who, { body }));
    if (response.status >= 300) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as Record<string, string>;
  };

  const complaint = (patch: Record<string, unknown> = {}) => ({
    categoryId: 'delay',
    concerns: { kind: 'service', id: 'member-service' },
    text: 'تأخر الرد على طلب العضوية',
    anonymous: false,
    complainant: { name: 'نورة الشمري', mobile: '0512345678', email: 'noura@example.org' },
    channel: 'phone',
    ...patch,
  });
  const publicComplaint = (patch: Record<string, unknown> = {}) => {
    const { channel: _channel, ...rest } = complaint();
    return { ...rest, ...patch };
  };

  beforeAll(async () => {
    const [officer, director, board, applicant] = await Promise.all([
      platform.token(TENANT, ['relations-officer']),
      platform.token(TENANT, ['executive-director']),
      platform.token(TENANT, ['board-member']),
      platform.token(TENANT, ['applicant']),
    ]);
    Object.assign(tokens, { officer, director, board, applicant });
    const first = await ok('/complaints', complaint({ priority: 'urgent' }));
    Object.assign(rated, { complaintId: first.complaintId, reference: first.reference, code: first.ratingCode });
    await ok(`/complaints/${rated.complaintId}/general-issue`, {});
    await ok(`/complaints/${rated.complaintId}/assignment`, { assignee: claimsOf(officer).sub });
    await ok(`/complaints/${rated.complaintId}/investigation`, {});
    await ok(`/complaints/${rated.complaintId}/resolution`, { response: { ar: 'عولج التأخير', en: 'The delay was dealt with' } });
    await eventually(async () => {
      const response = await call(`/complaints/${rated.complaintId}`, 'officer');
      const row = (await response.json()) as { status: string; issueId: string | null };
      if (row.status === 'resolved' && row.issueId) issueId = row.issueId;
      return issueId || undefined;
    });
    await ok(`/public/${TENANT}/complaint-ratings`, { reference: rated.reference, code: rated.code, rating: 5 }, 'public');
    const second = await ok(`/public/${TENANT}/complaints`, publicComplaint({ categoryId: 'service-quality', concerns: { kind: 'none' } }), 'public');
    Object.assign(open, { complaintId: second.complaintId, reference: second.reference, code: second.ratingCode });
  });

  afterAll(() => pool.end());

  /** Events of Awj's complaints and agenda other than the service-level workflow's timers. */
  const stored = async (): Promise<string> => {
    const { rows } = await pool.query<{ n: string; last: string | null }>(
      `SELECT count(*)::text AS n, max(global_position)::text AS last FROM "${platform.instance}_events".events
        WHERE (stream_id LIKE 'feedback.complaint.${TENANT}.%' OR stream_id LIKE 'feedback.general-issue.${TENANT}.%')
          AND type NOT IN ('ComplaintReminderSent', 'ComplaintServiceLevelBreached', 'ComplaintEscalated')`,
    );
    return `${rows[0].n}@${rows[0].last}`;
  };
  const outbox = async (): Promise<string> =>
    (await pool.query<{ n: string }>(`SELECT count(*)::text AS n FROM "${platform.instance}_notifications".outbox WHERE tenant_id = $1`, [TENANT])).rows[0].n;

  const nested = (depth: number): Record<string, unknown> => (depth === 0 ? { end: true } : { x: nested(depth - 1) });
  const long = (n: number) => 'ش'.repeat(n);
  const SCRIPT = '<script>alert(document.cookie)</script>';

  /** Bodies every filing route refuses (staff and public link alike). */
  const filingBodies = (make: (patch: Record<string, unknown>) => Record<string, unknown>): Array<[string, unknown]> => [
    ['an empty object', {}],
    ['category missing', make({ categoryId: undefined })],
    ['an unknown category', make({ categoryId: 'noise' })],
    ['a category as a MongoDB operator', make({ categoryId: { $ne: '' } })],
    ['a category in capitals', make({ categoryId: 'DELAY' })],
    ['concerns missing', make({ concerns: undefined })],
    ['concerns of an unknown kind', make({ concerns: { kind: 'mayor', id: 'x' } })],
    ['a case id that is not a UUID', make({ concerns: { kind: 'case', id: '../../etc/passwd' } })],
    ['a staff id with spaces', make({ concerns: { kind: 'staff', id: 'some one' } })],
    ['an id with kind none', make({ concerns: { kind: 'none', id: 'x' } })],
    ['an unknown service', make({ serviceId: 'no-such-service' })],
    ['a service concern outside the catalogue', make({ concerns: { kind: 'service', id: 'published-content' } })],
    ['text missing', make({ text: undefined })],
    ['text empty', make({ text: '' })],
    ['text of 4001 characters', make({ text: long(4001) })],
    ['text of a megabyte', make({ text: long(1_000_000) })],
    ['a script in the text', make({ text: SCRIPT })],
    ['markup in the text', make({ text: '<img src=x onerror=alert(1)>' })],
    ['a NUL in the text', make({ text: 'تأخر\u0000' })],
    ['text as a number', make({ text: 42 })],
    ['anonymous missing', make({ anonymous: undefined })],
    ['anonymous as text', make({ anonymous: 'yes' })],
    ['anonymous with a contact', make({ anonymous: true })],
    ['a foreign mobile', make({ complainant: { name: 'نورة', mobile: '+971501234567' } })],
    ['a landline', make({ complainant: { mobile: '0112345678' } })],
    ['an email without a domain', make({ complainant: { email: 'noura@' } })],
    ['a script in the name', make({ complainant: { name: SCRIPT } })],
    ['a name of 201 characters', make({ complainant: { name: long(201) } })],
    ['an unknown field', make({ isAdmin: true })],
    ['an unknown nested field', make({ complainant: { name: 'نورة', nationalId: '1000000001' } })],
    ['a department with a path', make({ department: '../admin' })],
    ['nesting 20 levels deep', make({ extra: nested(20) })],
    ['a body that is an array', [make({})]],
  ];

  const raws: Array<Omit<Bad, 'path' | 'as'>> = [
    { name: 'malformed JSON', raw: '{"categoryId": ' },
    { name: '__proto__ at the root', raw: '{"__proto__": {"isAdmin": true}, "text": "x"}' },
    { name: 'a text/plain body', raw: 'text=x', contentType: 'text/plain' },
  ];

  const filing: Bad[] = [
    ...filingBodies(complaint).map(([name, body]): Bad => ({ name: `staff: ${name}`, path: '/complaints', as: 'officer', body })),
    ...raws.map((r): Bad => ({ ...r, name: `staff: ${r.name}`, path: '/complaints', as: 'officer' })),
    { name: 'staff: an unknown channel', path: '/complaints', as: 'officer', body: complaint({ channel: 'carrier-pigeon' }) },
    { name: 'staff: an unknown priority', path: '/complaints', as: 'officer', body: complaint({ priority: 'whenever' }) },
    { name: 'staff: a role that may not file (board member)', path: '/complaints', as: 'board', body: complaint() },
    { name: 'staff: an applicant token', path: '/complaints', as: 'applicant', body: complaint() },
    { name: 'staff: no token', path: '/complaints', as: 'none', body: complaint() },
    { name: 'staff: a garbage token', path: '/complaints', as: 'garbage', body: complaint() },
  ];
  const publicFiling: Bad[] = [
    ...filingBodies(publicComplaint).map(([name, body]): Bad => ({ name: `public: ${name}`, path: `/public/${TENANT}/complaints`, as: 'public', body })),
    ...raws.map((r): Bad => ({ ...r, name: `public: ${r.name}`, path: `/public/${TENANT}/complaints`, as: 'public' })),
    { name: 'public: a channel given', path: `/public/${TENANT}/complaints`, as: 'public', body: publicComplaint({ channel: 'phone' }) },
    { name: 'public: a priority given', path: `/public/${TENANT}/complaints`, as: 'public', body: publicComplaint({ priority: 'urgent' }) },
    { name: 'public: an unknown association', path: '/public/ghost-association/complaints', as: 'public', body: publicComplaint() },
    { name: 'public: an association id with a path', path: '/public/..%2Fawj/complaints', as: 'public', body: publicComplaint() },
  ];

  const rating = (patch: Record<string, unknown> = {}) => ({ reference: open.reference, code: open.code, rating: 4, ...patch });
  const RATE = `/public/${TENANT}/complaint-ratings`;
  const ratings = (): Bad[] => [
    ...[
      ['an empty object', {}],
      ['reference missing', rating({ reference: undefined })],
      ['code missing', rating({ code: undefined })],
      ['rating missing', rating({ rating: undefined })],
      ['rating zero', rating({ rating: 0 })],
      ['rating six', rating({ rating: 6 })],
      ['rating negative', rating({ rating: -1 })],
      ['rating fractional', rating({ rating: 3.5 })],
      ['rating as text', rating({ rating: '5' })],
      ['a reference in lower case', rating({ reference: open.reference.toLowerCase() })],
      ['a reference with a script', rating({ reference: SCRIPT })],
      ['a reference as a MongoDB operator', rating({ reference: { $gt: '' } })],
      ['a forged reference of the right shape', rating({ reference: 'AWJ-C-1447-000000001' })],
      ["another association's reference shape", rating({ reference: open.reference.replace('AWJ', 'TWQ') })],
      ['a code too short', rating({ code: 'abc' })],
      ['a code too long', rating({ code: `${open.code}x` })],
      ['a code with a script', rating({ code: SCRIPT })],
      ['a code as a MongoDB operator', rating({ code: { $ne: '' } })],
      ['a forged code of the right shape', rating({ code: 'A'.repeat(22) })],
      ["another complaint's code", rating({ code: rated.code })],
      ['the right code, not resolved yet', rating()],
      ['a spent code replayed', { reference: rated.reference, code: rated.code, rating: 1 }],
      ['a spent code replayed with a comment', { reference: rated.reference, code: rated.code, rating: 5, comment: 'مرة أخرى' }],
      ['a comment of 1001 characters', rating({ comment: long(1001) })],
      ['a script in the comment', rating({ comment: SCRIPT })],
      ['an empty comment', rating({ comment: '' })],
      ['an unknown field', rating({ complaintId: open.complaintId })],
      ['nesting 20 levels deep', rating({ extra: nested(20) })],
      ['a body that is an array', [rating()]],
    ].map(([name, body]): Bad => ({ name: `rating: ${name as string}`, path: RATE, as: 'public', body })),
    ...raws.map((r): Bad => ({ ...r, name: `rating: ${r.name}`, path: RATE, as: 'public' })),
    { name: 'rating: an unknown association', path: '/public/ghost-association/complaint-ratings', as: 'public', body: rating() },
    { name: 'rating: another association', path: '/public/tuwaiq/complaint-ratings', as: 'public', body: rating() },
  ];

  const lifecycle = (): Bad[] => {
    const at = (id: string, step: string) => `/complaints/${id}/${step}`;
    const resolution = (response: unknown) => ({ response });
    return [
      { name: 'assignment: no assignee', path: at(open.complaintId, 'assignment'), as: 'officer', body: {} },
      { name: 'assignment: an assignee with spaces', path: at(open.complaintId, 'assignment'), as: 'officer', body: { assignee: 'some one' } },
      { name: 'assignment: an assignee with a script', path: at(open.complaintId, 'assignment'), as: 'officer', body: { assignee: SCRIPT } },
      { name: 'assignment: an assignee as an operator', path: at(open.complaintId, 'assignment'), as: 'officer', body: { assignee: { $ne: '' } } },
      { name: 'assignment: an assignee of 121 characters', path: at(open.complaintId, 'assignment'), as: 'officer', body: { assignee: 'a'.repeat(121) } },
      { name: 'assignment: an unknown field', path: at(open.complaintId, 'assignment'), as: 'officer', body: { assignee: 'x', role: 'tenant-admin' } },
      { name: 'assignment: a resolved complaint', path: at(rated.complaintId, 'assignment'), as: 'officer', body: { assignee: 'someone-else' } },
      { name: 'assignment: by a board member', path: at(open.complaintId, 'assignment'), as: 'board', body: { assignee: 'x' } },
      { name: 'assignment: by an applicant', path: at(open.complaintId, 'assignment'), as: 'applicant', body: { assignee: 'x' } },
      { name: 'assignment: no token', path: at(open.complaintId, 'assignment'), as: 'none', body: { assignee: 'x' } },
      { name: 'assignment: a complaint id that is not a UUID', path: at('not-a-uuid', 'assignment'), as: 'officer', body: { assignee: 'x' } },
      { name: 'assignment: SQL in the complaint id', path: at("1'%20OR%20'1'='1", 'assignment'), as: 'officer', body: { assignee: 'x' } },
      { name: 'assignment: a missing complaint', path: at(randomUUID(), 'assignment'), as: 'officer', body: { assignee: 'x' } },
      { name: 'investigation: not assigned to the caller', path: at(open.complaintId, 'investigation'), as: 'officer', body: {} },
      { name: 'investigation: a resolved complaint', path: at(rated.complaintId, 'investigation'), as: 'officer', body: {} },
      { name: 'resolution: no response', path: at(open.complaintId, 'resolution'), as: 'director', body: {} },
      { name: 'resolution: Arabic missing', path: at(open.complaintId, 'resolution'), as: 'director', body: resolution({ en: 'Done' }) },
      { name: 'resolution: English empty', path: at(open.complaintId, 'resolution'), as: 'director', body: resolution({ ar: 'تم', en: '' }) },
      { name: 'resolution: a script in the answer', path: at(open.complaintId, 'resolution'), as: 'director', body: resolution({ ar: 'تم', en: SCRIPT }) },
      { name: 'resolution: 2001 characters', path: at(open.complaintId, 'resolution'), as: 'director', body: resolution({ ar: long(2001), en: 'Done' }) },
      { name: 'resolution: the answer as text', path: at(open.complaintId, 'resolution'), as: 'director', body: resolution('تم') },
      { name: 'resolution: resolved twice', path: at(rated.complaintId, 'resolution'), as: 'officer', body: resolution({ ar: 'تم', en: 'Done' }) },
      { name: 'resolution: not the assignee', path: at(open.complaintId, 'resolution'), as: 'officer', body: resolution({ ar: 'تم', en: 'Done' }) },
      { name: 'closure: an open complaint', path: at(open.complaintId, 'closure'), as: 'officer', body: {} },
      { name: 'closure: by a board member', path: at(rated.complaintId, 'closure'), as: 'board', body: {} },
      { name: 'reopening: no reason', path: at(rated.complaintId, 'reopening'), as: 'officer', body: {} },
      { name: 'reopening: an empty reason', path: at(rated.complaintId, 'reopening'), as: 'officer', body: { reason: '' } },
      { name: 'reopening: a script as the reason', path: at(rated.complaintId, 'reopening'), as: 'officer', body: { reason: SCRIPT } },
      { name: 'reopening: a reason of 2001 characters', path: at(rated.complaintId, 'reopening'), as: 'officer', body: { reason: long(2001) } },
      { name: 'reopening: an open complaint', path: at(open.complaintId, 'reopening'), as: 'officer', body: { reason: 'لم يحل' } },
      { name: 'general issue: by a board member', path: at(open.complaintId, 'general-issue'), as: 'board', body: {} },
      { name: 'general issue: a missing complaint', path: at(randomUUID(), 'general-issue'), as: 'officer', body: {} },
      ...raws.map((r): Bad => ({ ...r, name: `reopening: ${r.name}`, path: at(rated.complaintId, 'reopening'), as: 'officer' })),
    ];
  };

  const board = (): Bad[] => {
    const SOLVE = (id: string) => `/board-agenda/${id}/solution`;
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    const solution = (patch: Record<string, unknown> = {}) => ({
      discussion: 'ناقش المجلس تأخر الردود',
      solution: { ar: 'يرد على الطلبات خلال ثلاثة أيام', en: 'Requests are answered within three days' },
      meetingDate: yesterday,
      ...patch,
    });
    return [
      ...[
        ['an empty object', {}],
        ['discussion missing', solution({ discussion: undefined })],
        ['discussion empty', solution({ discussion: '' })],
        ['discussion of 4001 characters', solution({ discussion: long(4001) })],
        ['a script in the discussion', solution({ discussion: SCRIPT })],
        ['solution missing', solution({ solution: undefined })],
        ['solution as text', solution({ solution: 'حل' })],
        ['solution without English', solution({ solution: { ar: 'حل' } })],
        ['a script in the solution', solution({ solution: { ar: 'حل', en: SCRIPT } })],
        ['solution of 2001 characters', solution({ solution: { ar: long(2001), en: 'x' } })],
        ['meeting date missing', solution({ meetingDate: undefined })],
        ['a meeting date in another format', solution({ meetingDate: '20/12/2026' })],
        ['a meeting date that does not exist', solution({ meetingDate: '2026-02-30' })],
        ['a meeting date in the future', solution({ meetingDate: '2999-01-01' })],
        ['a meeting date as a number', solution({ meetingDate: 20261220 })],
        ['an unknown field', solution({ recordedBy: 'someone-else' })],
        ['nesting 20 levels deep', solution({ extra: nested(20) })],
        ['a body that is an array', [solution()]],
      ].map(([name, body]): Bad => ({ name: `solution: ${name as string}`, path: SOLVE(issueId), as: 'board', body })),
      ...raws.map((r): Bad => ({ ...r, name: `solution: ${r.name}`, path: SOLVE(issueId), as: 'board' })),
      { name: 'solution: by a relations officer', path: SOLVE(issueId), as: 'officer', body: solution() },
      { name: 'solution: by the executive director', path: SOLVE(issueId), as: 'director', body: solution() },
      { name: 'solution: no token', path: SOLVE(issueId), as: 'none', body: solution() },
      { name: 'solution: a garbage token', path: SOLVE(issueId), as: 'garbage', body: solution() },
      { name: 'solution: an issue id that is not a UUID', path: SOLVE('not-a-uuid'), as: 'board', body: solution() },
      { name: 'solution: a missing issue', path: SOLVE(randomUUID()), as: 'board', body: solution() },
      { name: 'solution: a complaint id for an issue id', path: SOLVE(rated.complaintId), as: 'board', body: solution() },
      { name: 'solution: a path in the issue id', path: SOLVE('..%2F..%2Fcomplaints'), as: 'board', body: solution() },
      { name: 'agenda: an unknown status', path: '/board-agenda?status=pending', as: 'board', method: 'GET' },
      { name: 'agenda: a limit of 201', path: '/board-agenda?limit=201', as: 'board', method: 'GET' },
      { name: 'agenda: a forged cursor', path: '/board-agenda?cursor=eyJmb28iOiJiYXIifQ', as: 'board', method: 'GET' },
      { name: 'agenda: by a relations officer', path: '/board-agenda', as: 'officer', method: 'GET' },
    ];
  };

  const queue = (): Bad[] =>
    [
      'view=everything',
      'view=',
      'view[$ne]=all',
      'priority=whenever',
      'priority[$gt]=',
      'status=open',
      'status=RESOLVED',
      'categoryId=DELAY',
      'categoryId=../x',
      'categoryId[$regex]=.*',
      'serviceId=%3Cscript%3E',
      'serviceId=a',
      `serviceId=${'a'.repeat(80)}`,
      'limit=0',
      'limit=-1',
      'limit=201',
      'limit=1.5',
      'limit=ten',
      'cursor=not-a-cursor',
      'cursor=eyJmb28iOiJiYXIifQ',
      'cursor[$ne]=x',
      'unknown=1',
      'view=all&view=mine',
      'limit=10&limit=20',
    ]
      .map((query): Bad => ({ name: `queue: ?${query}`, path: `/complaints?${query}`, as: 'officer', method: 'GET' }))
      .concat([
        { name: 'queue: by a board member', path: '/complaints', as: 'board', method: 'GET' },
        { name: 'queue: by an applicant', path: '/complaints', as: 'applicant', method: 'GET' },
        { name: 'queue: no token', path: '/complaints', as: 'none', method: 'GET' },
        { name: 'queue: a garbage token', path: '/complaints', as: 'garbage', method: 'GET' },
        { name: 'detail: not a UUID', path: '/complaints/not-a-uuid', as: 'officer', method: 'GET' },
        { name: 'detail: a missing complaint', path: `/complaints/${randomUUID()}`, as: 'officer', method: 'GET' },
        { name: 'detail: by a board member', path: `/complaints/${open.complaintId}`, as: 'board', method: 'GET' },
        { name: 'figures: by an applicant', path: '/complaint-figures', as: 'applicant', method: 'GET' },
        { name: 'figures: an unknown query field', path: '/complaint-figures?groupBy[$ne]=x', as: 'director', method: 'GET' },
      ]);

  async function refusals(corpus: Bad[]): Promise<string[]> {
    const failures: string[] = [];
    for (const bad of corpus) {
      const send = () => call(bad.path, bad.as, { method: bad.method, body: bad.body, raw: bad.raw, contentType: bad.contentType });
      const response = bad.as === 'public' ? await paced(send) : await send();
      const answer = (await response.json().catch(() => null)) as Refusal | null;
      const clear = response.status >= 400 && response.status < 500 && !!answer?.code && !!answer.message?.ar && !!answer.message?.en;
      const withFields =
        response.status !== 422 || ((answer?.fields?.length ?? 0) > 0 && (answer?.fields ?? []).every((f) => f.field && f.reasons.every((r) => r.ar && r.en)));
      if (!clear || !withFields) failures.push(`${bad.name}: ${response.status} ${JSON.stringify(answer).slice(0, 300)}`);
    }
    return failures;
  }

  const families: Array<[string, () => Bad[]]> = [
    ['staff filing', () => filing],
    ['public complaint link', () => publicFiling],
    ['public rating link', ratings],
    ['lifecycle', lifecycle],
    ['board agenda', board],
    ['queues and figures', queue],
  ];

  it.each(families)('%s: at least 30 requests, each a 4xx with a code and bilingual reasons, and nothing stored changes', async (_, make) => {
    const corpus = make();
    expect(corpus.length).toBeGreaterThanOrEqual(30);
    // Whatever the set-up caused has settled (projections, the issue, the acknowledgement SMS).
    await eventually(async () => {
      const before = `${await stored()}|${await outbox()}`;
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      return `${await stored()}|${await outbox()}` === before ? true : undefined;
    });
    const [storedBefore, outboxBefore] = [await stored(), await outbox()];
    expect(await refusals(corpus)).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await stored()).toBe(storedBefore);
    expect(await outbox()).toBe(outboxBefore);
  });
});
