import type { Pool } from 'pg';
import { grantsDdl, quoteSchema, runDdlOnce, type SchemaOwner } from '@athar/event-store';

/** A data key as stored: wrapped by its tenant's key, or null once erased. */
export interface StoredDataKey {
  wrapped: string | null;
  tenantKeyId: string | null;
}

/** Where wrapped data keys live (PostgreSQL); the tenant keys that unwrap them never do. */
export interface DataKeyStore {
  ensureSchema(owner?: SchemaOwner): Promise<void>;
  /** Stores the key unless one exists for (tenant, key id), and returns the one that is kept (null: erased). */
  create(tenantId: string, keyId: string, wrapped: string, tenantKeyId: string): Promise<StoredDataKey>;
  /** The stored keys among `keyIds`; a key id never created is absent from the map. */
  find(tenantId: string, keyIds: readonly string[]): Promise<Map<string, StoredDataKey>>;
  /** Destroys the key (a tombstone row stays, so the key id can never get a fresh key); true if a live key was destroyed. */
  erase(tenantId: string, keyId: string): Promise<boolean>;
}

/** Schema `<instance>_personal_data`, table `data_keys`. */
export class PostgresDataKeyStore implements DataKeyStore {
  private readonly table: string;

  constructor(
    private readonly pool: Pool,
    private readonly schema: string,
  ) {
    this.table = `${quoteSchema(schema)}.data_keys`;
  }

  /**
   * With an owner (docs/adr/0018): its DDL, and the services' role may create, read and erase keys.
   * Erasing turns the row into a tombstone (UPDATE): the role gets no DELETE, so a key row, once
   * created, stays and its key id can never be given a fresh key.
   */
  async ensureSchema(owner?: SchemaOwner): Promise<void> {
    const grants = grantsDdl(this.schema, owner?.grantTo ?? null, { data_keys: ['SELECT', 'INSERT', 'UPDATE'] });
    await runDdlOnce(
      owner?.pool ?? this.pool,
      this.schema,
      `CREATE SCHEMA IF NOT EXISTS ${quoteSchema(this.schema)};
       CREATE TABLE IF NOT EXISTS ${this.table} (
         tenant_id     text NOT NULL,
         key_id        text NOT NULL,
         wrapped       text,
         tenant_key_id text,
         created_at    timestamptz NOT NULL DEFAULT now(),
         erased_at     timestamptz,
         PRIMARY KEY (tenant_id, key_id),
         CHECK ((wrapped IS NULL) = (erased_at IS NOT NULL))
       );
       ${grants}`,
    );
  }

  async create(tenantId: string, keyId: string, wrapped: string, tenantKeyId: string): Promise<StoredDataKey> {
    await this.pool.query(`INSERT INTO ${this.table} (tenant_id, key_id, wrapped, tenant_key_id) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`, [
      tenantId,
      keyId,
      wrapped,
      tenantKeyId,
    ]);
    const kept = (await this.find(tenantId, [keyId])).get(keyId);
    if (!kept) throw new Error(`data key ${keyId} vanished while being created`);
    return kept;
  }

  async find(tenantId: string, keyIds: readonly string[]): Promise<Map<string, StoredDataKey>> {
    const { rows } = await this.pool.query<{ key_id: string; wrapped: string | null; tenant_key_id: string | null }>(
      `SELECT key_id, wrapped, tenant_key_id FROM ${this.table} WHERE tenant_id = $1 AND key_id = ANY($2::text[])`,
      [tenantId, [...new Set(keyIds)]],
    );
    return new Map(rows.map((row) => [row.key_id, { wrapped: row.wrapped, tenantKeyId: row.tenant_key_id }]));
  }

  async erase(tenantId: string, keyId: string): Promise<boolean> {
    const { rows } = await this.pool.query<{ was_live: boolean }>(
      `WITH before AS (SELECT wrapped IS NOT NULL AS was_live FROM ${this.table} WHERE tenant_id = $1 AND key_id = $2)
       INSERT INTO ${this.table} (tenant_id, key_id, wrapped, tenant_key_id, erased_at) VALUES ($1, $2, NULL, NULL, now())
       ON CONFLICT (tenant_id, key_id) DO UPDATE SET wrapped = NULL, tenant_key_id = NULL, erased_at = COALESCE(${this.table}.erased_at, now())
       RETURNING (SELECT was_live FROM before) AS was_live`,
      [tenantId, keyId],
    );
    return rows[0]?.was_live === true;
  }
}

/** For unit tests and tools: the same contract in memory. */
export class InMemoryDataKeyStore implements DataKeyStore {
  readonly rows = new Map<string, StoredDataKey>();

  async ensureSchema(): Promise<void> {}

  async create(tenantId: string, keyId: string, wrapped: string, tenantKeyId: string): Promise<StoredDataKey> {
    const id = `${tenantId}|${keyId}`;
    if (!this.rows.has(id)) this.rows.set(id, { wrapped, tenantKeyId });
    return this.rows.get(id) as StoredDataKey;
  }

  async find(tenantId: string, keyIds: readonly string[]): Promise<Map<string, StoredDataKey>> {
    return new Map(keyIds.flatMap((k) => (this.rows.has(`${tenantId}|${k}`) ? [[k, this.rows.get(`${tenantId}|${k}`) as StoredDataKey] as const] : [])));
  }

  async erase(tenantId: string, keyId: string): Promise<boolean> {
    const wasLive = this.rows.get(`${tenantId}|${keyId}`)?.wrapped != null;
    this.rows.set(`${tenantId}|${keyId}`, { wrapped: null, tenantKeyId: null });
    return wasLive;
  }
}
