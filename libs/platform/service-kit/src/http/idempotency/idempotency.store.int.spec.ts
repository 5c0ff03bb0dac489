import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { IdempotencySecrets } from './idempotency.secrets';
import { IdempotencyStore, type IdempotencyScope } from './idempotency.store';

const PG_URL = process.env.ATHAR_PG_URL ?? 'postgres://athar:athar@127.0.0.1:15432/athar';

describe('IdempotencyStore on PostgreSQL (ADR 0023)', () => {
  const pool = new Pool({ connectionString: PG_URL, max: 4 });
  const schema = `t${Date.now().toString(36)}${randomBytes(3).toString('hex')}_http`;
  const secrets = new IdempotencySecrets('a-test-secret-of-at-least-thirty-two-characters');
  const store = new IdempotencyStore(pool, schema, secrets);
  const staff: IdempotencyScope = { service: 'intake', tenantId: 'awj', caller: 'subject:officer-1:relations-officer' };
  const table = `"${schema}".idempotency_records`;

  beforeAll(async () => {
    // A table as the former store left it (answers in clear) is dropped when the schema is ensured.
    await pool.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"; CREATE TABLE "${schema}".idempotency_keys (tenant_id text, key text, response jsonb)`);
    await store.ensureSchema();
  });
  afterAll(async () => {
    store.stopPurging();
    await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await pool.end();
  });

  it('drops the former table that kept answers in clear', async () => {
    const { rows } = await pool.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY table_name`, [schema]);
    expect(rows.map((r: { table_name: string }) => r.table_name)).toEqual(['idempotency_records']);
  });

  it('replays the sealed answer to the same caller and request; stores no key, body, hash or answer in clear', async () => {
    const key = randomUUID();
    const body = { nationalId: '1000000008', reason: 'beneficiary-request' };
    const mac = secrets.fingerprint('request', 'POST', '/beneficiaries/personal-data/erasure', JSON.stringify(body));
    const claim = await store.claim(staff, key, mac);
    expect(claim.outcome).toBe('claimed');
    if (claim.outcome !== 'claimed') return;
    await store.complete(claim, 200, { cases: [{ fileName: 'هوية-سارة.pdf', nationalId: '1000000008' }] });
    expect(await store.claim(staff, key, mac)).toEqual({
      outcome: 'replay',
      statusCode: 200,
      body: { cases: [{ fileName: 'هوية-سارة.pdf', nationalId: '1000000008' }] },
    });

    const { rows } = await pool.query<{ row: string; sealed: Buffer }>(
      `SELECT row_to_json(r)::text AS row, sealed_answer AS sealed FROM ${table} r WHERE id = $1`,
      [claim.rowId],
    );
    const unkeyed = createHash('sha256').update(JSON.stringify(body)).digest('hex');
    for (const secret of [key, '1000000008', 'هوية-سارة', Buffer.from('هوية-سارة').toString('hex'), unkeyed, 'awj', 'officer-1']) {
      expect(rows[0].row).not.toContain(secret);
    }
    expect(rows[0].sealed.includes(Buffer.from('1000000008'))).toBe(false);
    // Without the secret, nothing opens: another secret cannot unseal it nor find the row.
    const other = new IdempotencySecrets('another-secret-of-at-least-thirty-two-characters!');
    expect(() => other.open(claim.rowId, rows[0].sealed)).toThrow();
    expect(new IdempotencyStore(pool, schema, other).rowId(staff, key)).not.toBe(claim.rowId);
  });

  it('keeps keys apart per service, tenant and caller', async () => {
    const key = randomUUID();
    const ids = new Set(
      [
        staff,
        { ...staff, service: 'committee-review' },
        { ...staff, tenantId: 'tuwaiq' },
        { ...staff, caller: 'subject:officer-2:relations-officer' },
        { ...staff, caller: 'subject:officer-1:applicant' },
      ].map((s) => store.rowId(s, key)),
    );
    expect(ids.size).toBe(5);
  });

  it('refuses the same key for another request, and answers 409-in-progress while the first runs', async () => {
    const key = randomUUID();
    expect((await store.claim(staff, key, 'a')).outcome).toBe('claimed');
    expect(await store.claim(staff, key, 'a')).toEqual({ outcome: 'in-progress' });
    expect(await store.claim(staff, key, 'b')).toEqual({ outcome: 'mismatch' });
  });

  it('frees the key of a request that died once its lease has run out', async () => {
    const shortLease = new IdempotencyStore(pool, schema, secrets, { leaseSeconds: 1 });
    const key = randomUUID();
    const died = await shortLease.claim(staff, key, 'a');
    expect(died.outcome).toBe('claimed'); // ... and the process running it never completes nor releases it
    expect(await shortLease.claim(staff, key, 'a')).toEqual({ outcome: 'in-progress' });
    await new Promise((resolve) => setTimeout(resolve, 1200));
    const retried = await shortLease.claim(staff, key, 'a');
    expect(retried.outcome).toBe('claimed');
    // The dead claim, should it wake up, cannot overwrite the new one.
    if (died.outcome !== 'claimed' || retried.outcome !== 'claimed') return;
    await shortLease.complete(died, 201, { stale: true });
    await shortLease.release(died);
    expect(await shortLease.claim(staff, key, 'a')).toEqual({ outcome: 'in-progress' });
    await shortLease.complete(retried, 201, { fresh: true });
    expect(await shortLease.claim(staff, key, 'a')).toEqual({ outcome: 'replay', statusCode: 201, body: { fresh: true } });
  });

  it('keeps the key of a request that outlasts its lease while it runs, renewing the lease; a completed claim is not renewed', async () => {
    const shortLease = new IdempotencyStore(pool, schema, secrets, { leaseSeconds: 1 });
    const key = randomUUID();
    const claim = await shortLease.claim(staff, key, 'a');
    if (claim.outcome !== 'claimed') throw new Error('not claimed');
    const seenWhileRunning: string[] = [];
    const answer = await shortLease.holdWhile(claim, async () => {
      // three leases long: without renewal a retry would have claimed the key after the first second
      for (let i = 0; i < 3; i += 1) {
        await new Promise((resolve) => setTimeout(resolve, 1000));
        seenWhileRunning.push((await shortLease.claim(staff, key, 'a')).outcome);
      }
      return { slow: true };
    });
    expect(seenWhileRunning).toEqual(['in-progress', 'in-progress', 'in-progress']);
    await shortLease.complete(claim, 201, answer);
    expect(await shortLease.renew(claim)).toBe(false);
    expect(await shortLease.claim(staff, key, 'a')).toEqual({ outcome: 'replay', statusCode: 201, body: { slow: true } });
  });

  it('releases a claim whose request failed', async () => {
    const key = randomUUID();
    const claim = await store.claim(staff, key, 'a');
    if (claim.outcome !== 'claimed') throw new Error('not claimed');
    await store.release(claim);
    expect((await store.claim(staff, key, 'b')).outcome).toBe('claimed');
  });

  it('remembers a key for 24 hours, then forgets it and purges its row', async () => {
    const key = randomUUID();
    const claim = await store.claim(staff, key, 'a');
    if (claim.outcome !== 'claimed') throw new Error('not claimed');
    await store.complete(claim, 201, { ok: true });
    const { rows } = await pool.query<{ ttl: number }>(`SELECT extract(epoch FROM expires_at - created_at)::int AS ttl FROM ${table} WHERE id = $1`, [
      claim.rowId,
    ]);
    expect(rows[0].ttl).toBe(24 * 3600);

    // A day later (moved back in time here): no replay, the key is new again; the purge deletes expired rows.
    await pool.query(`UPDATE ${table} SET created_at = created_at - interval '25 hours', expires_at = expires_at - interval '25 hours' WHERE id = $1`, [
      claim.rowId,
    ]);
    const kept = await store.claim(staff, randomUUID(), 'x');
    const expiredOther = randomUUID();
    const other = await store.claim(staff, expiredOther, 'y');
    if (other.outcome !== 'claimed') throw new Error('not claimed');
    await pool.query(`UPDATE ${table} SET expires_at = now() - interval '1 second' WHERE id = $1`, [other.rowId]);
    expect(await store.purgeExpired()).toBeGreaterThanOrEqual(2);
    const left = await pool.query(`SELECT id FROM ${table} WHERE id = ANY($1)`, [[claim.rowId, other.rowId, kept.outcome === 'claimed' ? kept.rowId : '']]);
    expect(left.rows).toHaveLength(1);
    expect((await store.claim(staff, key, 'a')).outcome).toBe('claimed');
  });

  it('an expired row is claimed afresh even before the purge has run', async () => {
    const key = randomUUID();
    const claim = await store.claim(staff, key, 'a');
    if (claim.outcome !== 'claimed') throw new Error('not claimed');
    await store.complete(claim, 201, { first: true });
    await pool.query(`UPDATE ${table} SET expires_at = now() - interval '1 second' WHERE id = $1`, [claim.rowId]);
    expect((await store.claim(staff, key, 'b')).outcome).toBe('claimed');
  });
});
