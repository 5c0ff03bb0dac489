import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { IdempotencySecrets } from './idempotency/idempotency.secrets';
import { PostgresThrottlerStorage } from './rate-limit';

describe('PostgresThrottlerStorage: rate-limit windows shared by the replicas of a service (real PostgreSQL)', () => {
  const pool = new Pool({ connectionString: process.env.ATHAR_PG_URL ?? 'postgres://athar:athar@127.0.0.1:15432/athar', max: 8 });
  const schema = `it_rate_${randomUUID().slice(0, 8)}`;
  const secrets = new IdempotencySecrets('a-test-secret-of-at-least-thirty-two-characters');
  const replicaA = new PostgresThrottlerStorage(pool, schema, secrets);
  const replicaB = new PostgresThrottlerStorage(pool, schema, secrets);

  beforeAll(() => replicaA.ensureSchema());
  afterAll(async () => {
    await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await pool.end();
  });

  it('counts one window across replicas and refuses the request over the limit with the seconds left in the window', async () => {
    const key = `user:awj:${randomUUID()}`;
    const hits = [];
    for (let i = 0; i < 3; i += 1) hits.push(await (i % 2 === 0 ? replicaA : replicaB).increment(key, 60_000, 3, 60_000, 'user'));
    expect(hits.map((h) => [h.totalHits, h.isBlocked])).toEqual([
      [1, false],
      [2, false],
      [3, false],
    ]);
    const over = await replicaB.increment(key, 60_000, 3, 60_000, 'user');
    expect(over).toMatchObject({ totalHits: 4, isBlocked: true });
    expect(over.timeToBlockExpire).toBeGreaterThan(55);
    expect(over.timeToBlockExpire).toBeLessThanOrEqual(60);
  });

  it('counts concurrent requests exactly (no lost update)', async () => {
    const key = `tenant:${randomUUID()}`;
    const results = await Promise.all(Array.from({ length: 40 }, (_, i) => (i % 2 ? replicaA : replicaB).increment(key, 60_000, 1000, 60_000, 'tenant')));
    expect(results.map((r) => r.totalHits).sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
  });

  it('starts a new window once the old one has run out, and purges expired windows', async () => {
    const key = `ip:${randomUUID()}`;
    await replicaA.increment(key, 300, 1, 300, 'user');
    expect((await replicaA.increment(key, 300, 1, 300, 'user')).isBlocked).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 450));
    expect(await replicaA.increment(key, 300, 1, 300, 'user')).toMatchObject({ totalHits: 1, isBlocked: false });
    await new Promise((resolve) => setTimeout(resolve, 450));
    expect(await replicaA.purgeExpired()).toBeGreaterThanOrEqual(1);
  });

  it('keeps no caller in clear: the stored key is a keyed hash', async () => {
    const address = `ip:192.0.2.${Math.floor(Math.random() * 200)}`;
    await replicaA.increment(address, 60_000, 10, 60_000, 'user');
    const { rows } = await pool.query<{ key: string }>(`SELECT key FROM "${schema}".rate_windows`);
    expect(rows.some((r) => r.key.includes('192.0.2'))).toBe(false);
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.key))).toBe(true);
  });

  it('lets a request through, without throwing, when PostgreSQL cannot be reached', async () => {
    const down = new Pool({ connectionString: 'postgres://athar:athar@127.0.0.1:1/athar', connectionTimeoutMillis: 500 });
    const storage = new PostgresThrottlerStorage(down, schema, secrets);
    await expect(storage.increment('user:x', 60_000, 1, 60_000, 'user')).resolves.toMatchObject({ isBlocked: false });
    await down.end();
  });
});
