import { fetchRetryingUnavailable } from './client';

/** The console sends a request again while the platform answers 503, with the same body and Idempotency-Key (docs/adr/0048). */
describe('fetchRetryingUnavailable', () => {
  const request = () =>
    new Request('http://127.0.0.1/api/intake/applications', { method: 'POST', headers: { 'idempotency-key': 'k-123456789' }, body: '{"a":1}' });
  const unavailable = () => new Response('{}', { status: 503, headers: { 'retry-after': '0' } });

  it('sends the same request again after a 503 until it is answered, keeping body and Idempotency-Key', async () => {
    const seen: Array<{ key: string | null; body: string }> = [];
    const answers = [unavailable(), unavailable(), new Response('{"ok":true}', { status: 201 })];
    const response = await fetchRetryingUnavailable(request(), async (r) => {
      seen.push({ key: r.headers.get('idempotency-key'), body: await r.text() });
      return answers.shift()!;
    });
    expect(response.status).toBe(201);
    expect(seen).toEqual(Array(3).fill({ key: 'k-123456789', body: '{"a":1}' }));
  });

  it('gives up after four attempts and returns the last 503', async () => {
    let sent = 0;
    const response = await fetchRetryingUnavailable(request(), async () => {
      sent += 1;
      return unavailable();
    });
    expect([response.status, sent]).toEqual([503, 4]);
  });

  it('does not send again an answer other than 503 (a 401, a 422)', async () => {
    for (const status of [401, 422, 500]) {
      let sent = 0;
      const response = await fetchRetryingUnavailable(request(), async () => {
        sent += 1;
        return new Response('{}', { status });
      });
      expect([response.status, sent]).toEqual([status, 1]);
    }
  });
});
