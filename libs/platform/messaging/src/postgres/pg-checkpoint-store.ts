import type { Pool } from 'pg';
import type { CheckpointStore } from '../relay/checkpoint-store';
import { DEFAULT_MESSAGING_SCHEMA, schemaIdentifier } from './messaging-schema';

/** Relay checkpoints in `<schema>.relay_checkpoints` (see ensureMessagingSchema). */
export class PgCheckpointStore implements CheckpointStore {
  private readonly table: string;

  constructor(
    private readonly pool: Pool,
    schema: string = DEFAULT_MESSAGING_SCHEMA,
  ) {
    this.table = `${schemaIdentifier(schema)}.relay_checkpoints`;
  }

  async load(relayName: string): Promise<string> {
    // numeric comes back from pg as a decimal string, which is the envelope's globalPosition form.
    const { rows } = await this.pool.query<{ position: string }>(`SELECT position FROM ${this.table} WHERE relay_name = $1`, [relayName]);
    return rows[0]?.position ?? '0';
  }

  async save(relayName: string, position: string): Promise<void> {
    // GREATEST: a stale relay process (e.g. one that lost a network partition) cannot rewind the checkpoint.
    await this.pool.query(
      `INSERT INTO ${this.table} AS c (relay_name, position, updated_at) VALUES ($1, $2, now())
       ON CONFLICT (relay_name) DO UPDATE
         SET position = GREATEST(c.position, EXCLUDED.position), updated_at = now()`,
      [relayName, position],
    );
  }
}
