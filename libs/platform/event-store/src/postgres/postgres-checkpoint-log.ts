import type { Pool } from 'pg';
import type { SignedCheckpoint } from '../audit/checkpoint';
import type { CheckpointLog } from '../audit/checkpoint-log';
import { quoteSchema } from './ddl';

/**
 * The checkpoints table of a PostgreSQL store's schema. One writer per store: a session advisory lock
 * taken with pg_try_advisory_lock, so of two replicas (or five services) one signs per round and the
 * others skip; the table's primary key on the tree size is the last guard.
 */
export class PostgresCheckpointLog implements CheckpointLog {
  private readonly table: string;

  constructor(
    private readonly pool: Pool,
    private readonly schema: string,
  ) {
    this.table = `${quoteSchema(schema)}.checkpoints`;
  }

  get storeId(): string {
    return this.schema;
  }

  async asSoleWriter<T>(work: () => Promise<T>): Promise<T | null> {
    const client = await this.pool.connect();
    const lock = `athar-checkpoint:${this.schema}`;
    try {
      const { rows } = await client.query<{ got: boolean }>('SELECT pg_try_advisory_lock(hashtext($1)) AS got', [lock]);
      if (!rows[0].got) return null;
      try {
        return await work();
      } finally {
        await client.query('SELECT pg_advisory_unlock(hashtext($1))', [lock]);
      }
    } finally {
      client.release();
    }
  }

  async latest(): Promise<SignedCheckpoint | null> {
    const { rows } = await this.pool.query<{ checkpoint: SignedCheckpoint }>(`SELECT checkpoint FROM ${this.table} ORDER BY tree_size DESC LIMIT 1`);
    return rows[0]?.checkpoint ?? null;
  }

  async append(c: SignedCheckpoint): Promise<void> {
    await this.pool.query(
      `INSERT INTO ${this.table} (tree_size, root_hash, last_global_position, signed_at, key_id, checkpoint) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (tree_size) DO NOTHING`,
      [c.treeSize, c.rootHash, c.lastGlobalPosition, c.signedAt, c.keyId, JSON.stringify(c)],
    );
  }

  async list(): Promise<SignedCheckpoint[]> {
    const { rows } = await this.pool.query<{ checkpoint: SignedCheckpoint }>(`SELECT checkpoint FROM ${this.table} ORDER BY tree_size`);
    return rows.map((r) => r.checkpoint);
  }
}
