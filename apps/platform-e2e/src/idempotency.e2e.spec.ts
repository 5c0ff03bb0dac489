import { randomUUID } from 'node:crypto';
import { applicationBody, PlatformUnderTest } from './platform-under-test';

jest.setTimeout(60_000);

describe('Idempotency-Key on POST (issue 3, "API quality")', () => {
  const platform = PlatformUnderTest.current();
  const withNewPerson = () => applicationBody('job-seeker-training', 'website', 'Fahad Al-Qahtani');
  const post = async (token: string, key: string | undefined, payload: unknown) =>
    fetch(`${platform.url('intake')}/applications`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...(key ? { 'idempotency-key': key } : {}) },
      body: JSON.stringify(payload),
    });

  it('answers a retried POST with the first answer and records the application once', async () => {
    const token = await platform.token('tuwaiq');
    const key = randomUUID();
    const request = withNewPerson();
    const first = await post(token, key, request);
    const second = await post(token, key, request);
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    const [a, b] = [(await first.json()) as { caseId: string }, (await second.json()) as { caseId: string }];
    expect(b.caseId).toBe(a.caseId);
  });

  it('answers concurrent retries with one case between them', async () => {
    const token = await platform.token('tuwaiq');
    const key = randomUUID();
    const request = withNewPerson();
    const answers = await Promise.all([post(token, key, request), post(token, key, request), post(token, key, request)]);
    const created = await Promise.all(answers.filter((r) => r.status === 201).map(async (r) => ((await r.json()) as { caseId: string }).caseId));
    expect(new Set(created).size).toBe(1);
    expect(answers.every((r) => r.status === 201 || r.status === 409)).toBe(true);
  });

  it('refuses the same key for a different request, and a malformed key', async () => {
    const token = await platform.token('tuwaiq');
    const key = randomUUID();
    const request = withNewPerson();
    expect((await post(token, key, request)).status).toBe(201);
    const reused = await post(token, key, { ...request, channel: 'phone' });
    expect(reused.status).toBe(422);
    expect(((await reused.json()) as { code: string }).code).toBe('idempotency-key-reused');
    expect((await post(token, 'short', withNewPerson())).status).toBe(422);
  });

  it('keeps keys per tenant: the same key in another tenant is a different request', async () => {
    const key = randomUUID();
    const tuwaiq = await post(await platform.token('tuwaiq'), key, withNewPerson());
    const awj = await post(await platform.token('awj'), key, { ...withNewPerson(), serviceId: 'member-service' });
    expect([tuwaiq.status, awj.status]).toEqual([201, 201]);
    expect(awj.headers.get('idempotent-replayed')).toBeNull();
  });

  it('forgets a key whose request failed, so a corrected retry goes through', async () => {
    const token = await platform.token('tuwaiq');
    const key = randomUUID();
    const request = withNewPerson();
    expect((await post(token, key, { ...request, channel: 'email' })).status).toBe(422);
    expect((await post(token, key, request)).status).toBe(201);
  });
});
