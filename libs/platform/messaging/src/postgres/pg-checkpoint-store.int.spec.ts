import { dropSchemas, runId, testPool } from '../testing/int-env';
import { ensureMessagingSchema } from './messaging-schema';
import { PgCheckpointStore } from './pg-checkpoint-store';

// An EventStoreDB position packs (commit, prepare) into commit × 2^64 + prepare (docs/adr/0018).
const esdbPosition = (commit: bigint, prepare: bigint) => ((commit << 64n) | prepare).toString(10);

describe('PgCheckpointStore', () => {
  const pool = testPool();
  const schema = `${runId()}_messaging`;

  afterAll(async () => {
    await dropSchemas(pool, [schema]);
    await pool.end();
  });

  it('keeps positions wider than 64 bits exactly, and never moves back', async () => {
    await ensureMessagingSchema(pool, schema);
    const checkpoints = new PgCheckpointStore(pool, schema);
    const second = esdbPosition(2n ** 40n, 2n ** 40n + 180n);
    const first = esdbPosition(2n ** 40n, 2n ** 40n);
    await checkpoints.save('relay', second);
    expect(await checkpoints.load('relay')).toBe(second);
    await checkpoints.save('relay', first); // a stale relay: same commit, earlier prepare
    expect(await checkpoints.load('relay')).toBe(second);
    const later = esdbPosition(2n ** 40n + 500n, 2n ** 40n + 500n);
    await checkpoints.save('relay', later);
    expect(await checkpoints.load('relay')).toBe(later);
  });

  it('widens a checkpoint table made before positions needed more than a bigint', async () => {
    const old = `${runId()}_messaging`;
    try {
      await pool.query(`CREATE SCHEMA "${old}"`);
      await pool.query(
        `CREATE TABLE "${old}".relay_checkpoints (relay_name text PRIMARY KEY, position bigint NOT NULL, updated_at timestamptz NOT NULL DEFAULT now())`,
      );
      await pool.query(`INSERT INTO "${old}".relay_checkpoints (relay_name, position) VALUES ('relay', 42)`);
      await ensureMessagingSchema(pool, old);
      await ensureMessagingSchema(pool, old);
      const checkpoints = new PgCheckpointStore(pool, old);
      expect(await checkpoints.load('relay')).toBe('42');
      const wide = esdbPosition(7n, 9n);
      await checkpoints.save('relay', wide);
      expect(await checkpoints.load('relay')).toBe(wide);
    } finally {
      await dropSchemas(pool, [old]);
    }
  });
});
