import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import type { Notification } from './notifier.port';
import { PostgresOutbox, type OutboxMessage, type OutboxPosition } from './postgres-outbox';

jest.setTimeout(30_000);

/**
 * The outbox read back in keyset pages (docs/adr/0029), on the real PostgreSQL: newest first by
 * created_at then id, every message exactly once, even those recorded within one millisecond or at the
 * very same instant, and a message recorded while someone pages never shifts another into a page read.
 */
describe('PostgresOutbox pages', () => {
  const pool = new Pool({ connectionString: process.env.ATHAR_PG_URL ?? 'postgres://athar:athar@127.0.0.1:15432/athar' });
  const schema = `it_outbox_pages_${randomUUID().slice(0, 8)}`;
  const outbox = new PostgresOutbox(pool, schema);
  const tenantId = 'awj';
  const [sara, huda] = ['+966500000001', '+966500000002'];

  const sms = (to: string, text: string): Notification => ({
    tenantId,
    caseId: randomUUID(),
    channel: 'sms',
    to,
    subject: { ar: text, en: text },
    body: { ar: text, en: text },
    // Names the message in the assertions (the stored body is the rendered Arabic and English).
    correlationId: text,
    idempotencyKey: randomUUID(),
  });

  /** Every page, following `next`. */
  async function walk(options: { recipient?: string; limit: number }): Promise<{ messages: OutboxMessage[]; totals: number[]; pages: number }> {
    const messages: OutboxMessage[] = [];
    const totals: number[] = [];
    let after: OutboxPosition | undefined;
    let pages = 0;
    do {
      const page = await outbox.page(tenantId, { ...options, after });
      messages.push(...page.messages);
      totals.push(page.total);
      after = page.next ?? undefined;
      pages += 1;
    } while (after && pages < 50);
    return { messages, totals, pages };
  }

  beforeAll(async () => {
    await outbox.ensureSchema();
    for (let i = 1; i <= 5; i += 1) await outbox.record(sms(sara, `sara-${i}`));
    for (let i = 1; i <= 2; i += 1) await outbox.record(sms(huda, `huda-${i}`));
    await outbox.record({ ...sms(sara, 'other tenant'), tenantId: 'tuwaiq' });
    // Three within one millisecond (microseconds apart), two at the very same instant (the id decides).
    const at = (text: string, instant: string) => pool.query(`UPDATE "${schema}".outbox SET created_at = $2 WHERE correlation_id = $1`, [text, instant]);
    await at('sara-1', '2026-01-01T00:00:00.000300Z');
    await at('sara-2', '2026-01-01T00:00:00.000100Z');
    await at('sara-3', '2026-01-01T00:00:00.000200Z');
    await at('sara-4', '2026-01-01T00:00:01Z');
    await at('sara-5', '2026-01-01T00:00:01Z');
    await at('huda-1', '2026-01-01T00:00:00.000250Z');
    await at('huda-2', '2026-01-02T00:00:00Z');
  });

  afterAll(async () => {
    await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await pool.end();
  });

  it('walks every message of the tenant exactly once, newest first (created_at, then id), each page with the total', async () => {
    const { messages, totals, pages } = await walk({ limit: 2 });
    expect(messages.map((m) => m.correlationId)).toEqual(['huda-2', 'sara-5', 'sara-4', 'sara-1', 'huda-1', 'sara-3', 'sara-2']);
    expect(pages).toBe(4);
    expect(new Set(totals)).toEqual(new Set([7]));
  });

  it("walks one recipient's messages with the same order and a total of theirs only", async () => {
    for (const limit of [1, 2, 3]) {
      const { messages, totals } = await walk({ recipient: sara, limit });
      expect(messages.map((m) => m.correlationId)).toEqual(['sara-5', 'sara-4', 'sara-1', 'sara-3', 'sara-2']);
      expect(new Set(totals)).toEqual(new Set([5]));
    }
  });

  it('a message recorded while someone pages shifts nothing: the next page continues after the last one seen', async () => {
    const first = await outbox.page(tenantId, { recipient: huda, limit: 1 });
    expect(first.messages.map((m) => m.correlationId)).toEqual(['huda-2']);
    await outbox.record(sms(huda, 'huda-3'));
    const second = await outbox.page(tenantId, { recipient: huda, limit: 1, after: first.next! });
    expect(second.messages.map((m) => m.correlationId)).toEqual(['huda-1']);
    expect(second.next).toBeNull();
    expect(second.total).toBe(3);
  });
});
