import type { Pool } from 'pg';
import { caseDataKeyId } from '@athar/contracts';
import { grantsDdl, quoteSchema, runDdlOnce, type SchemaOwner } from '@athar/event-store';
import type { DeliveryReceipt, Notification, OutboxSealer } from './notifier.port';
import { renderText, smsSegments } from './render';

/** The data key a message is sealed with: its subject's, else its case's; neither is refused (never stored in clear). */
function dataKeyOf(notification: Notification): string {
  if (notification.dataKeyId) return notification.dataKeyId;
  if (notification.caseId) return caseDataKeyId(notification.caseId);
  throw new Error('A notification names neither a case nor a data key to seal it with; refusing to store it in clear');
}

export interface OutboxMessage {
  id: string;
  tenantId: string;
  channel: string;
  recipient: string;
  body: string;
  segments: number;
  correlationId: string;
  createdAt: string;
}

/**
 * Where a message sits in the outbox's order (newest first by created_at, then id): created_at in whole
 * microseconds since the epoch, as PostgreSQL keeps it (a millisecond Date would skip or repeat messages
 * recorded within the same millisecond), and the row id.
 */
export interface OutboxPosition {
  createdAtMicros: number;
  id: number;
}

export interface OutboxPage {
  messages: OutboxMessage[];
  /** The last message's position when more follow (pass back as `after`); null on the last page. */
  next: OutboxPosition | null;
  /** Messages the filter matches, pages aside. */
  total: number;
}

interface OutboxRow {
  id: string;
  tenant_id: string;
  channel: string;
  recipient: string;
  body: string;
  sealed: unknown;
  segments: number;
  correlation_id: string;
  created_at: Date;
  created_us: string;
}

/**
 * Every message the platform sends, keyed by idempotency key (one delivery per key). SMS has no
 * gateway reachable here, so SMS messages stay in this outbox to be read back (and, in production,
 * handed to a gateway adapter); email is recorded here when the SMTP server accepted it.
 */
export class PostgresOutbox {
  private readonly table: string;

  constructor(
    private readonly pool: Pool,
    private readonly schema: string,
    /** Without one (tests of delivery alone), recipient and text are stored in clear. */
    private readonly sealer: OutboxSealer | null = null,
  ) {
    this.table = `${quoteSchema(schema)}.outbox`;
  }

  /**
   * What stands for a recipient outside the outbox (a search cursor is bound to it): the keyed digest the
   * rows are found by, never the number or address, nor an unkeyed hash of it (a mobile is guessed back
   * from one in minutes).
   */
  recipientKey(tenantId: string, recipient: string): string {
    return this.sealer ? this.sealer.digest(tenantId, recipient) : recipient;
  }

  /** With an owner (docs/adr/0018): its DDL, and the services' role may record and read messages, not change them. */
  async ensureSchema(owner?: SchemaOwner): Promise<void> {
    const grants = grantsDdl(this.schema, owner?.grantTo ?? null, { outbox: ['SELECT', 'INSERT'] }, ['outbox_id_seq']);
    await runDdlOnce(
      owner?.pool ?? this.pool,
      this.schema,
      `
        CREATE SCHEMA IF NOT EXISTS ${quoteSchema(this.schema)};
        CREATE TABLE IF NOT EXISTS ${this.table} (
          id               bigserial PRIMARY KEY,
          idempotency_key  text NOT NULL UNIQUE,
          tenant_id        text NOT NULL,
          channel          text NOT NULL,
          recipient        text NOT NULL,
          body             text NOT NULL,
          segments         integer NOT NULL,
          correlation_id   text NOT NULL,
          created_at       timestamptz NOT NULL DEFAULT now()
        );
        ALTER TABLE ${this.table} ADD COLUMN IF NOT EXISTS sealed jsonb;
        CREATE INDEX IF NOT EXISTS outbox_tenant_idx ON ${this.table} (tenant_id, recipient, id);
        CREATE INDEX IF NOT EXISTS outbox_tenant_created_idx ON ${this.table} (tenant_id, created_at DESC, id DESC);
        CREATE INDEX IF NOT EXISTS outbox_recipient_created_idx ON ${this.table} (tenant_id, recipient, created_at DESC, id DESC);
        ${grants}`,
    );
  }

  /** Records the message unless its key was recorded before; `deliver` runs only for a new key. */
  async record(notification: Notification, deliver: () => Promise<void> = async () => undefined): Promise<DeliveryReceipt> {
    const text = renderText(notification.body);
    // A message explicitly about no case (to staff, docs/adr/0025) holds no beneficiary's data: kept in clear.
    const aboutNoOne = notification.caseId === null && !notification.dataKeyId;
    const stored =
      this.sealer && !aboutNoOne
        ? {
            recipient: this.sealer.digest(notification.tenantId, notification.to),
            body: '',
            sealed: JSON.stringify(await this.sealer.seal(notification.tenantId, dataKeyOf(notification), { recipient: notification.to, body: text })),
          }
        : { recipient: notification.to, body: text, sealed: null };
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const inserted = await client.query<{ id: string }>(
        `INSERT INTO ${this.table} (idempotency_key, tenant_id, channel, recipient, body, sealed, segments, correlation_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (idempotency_key) DO NOTHING RETURNING id`,
        [
          notification.idempotencyKey,
          notification.tenantId,
          notification.channel,
          stored.recipient,
          stored.body,
          stored.sealed,
          smsSegments(text.trim()),
          notification.correlationId,
        ],
      );
      if (inserted.rowCount === 0) {
        await client.query('ROLLBACK');
        return { status: 'duplicate', channel: notification.channel, id: null };
      }
      await deliver(); // a failed delivery rolls the record back, so a retry delivers again
      await client.query('COMMIT');
      return { status: 'sent', channel: notification.channel, id: inserted.rows[0].id };
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  /** A tenant's messages, newest first (the first page of `page`); one tenant never sees another's. */
  async list(tenantId: string, options: { recipient?: string; limit?: number } = {}): Promise<OutboxMessage[]> {
    return (await this.page(tenantId, options)).messages;
  }

  /**
   * A page of a tenant's messages (to one recipient, if given), newest first: `limit` messages after
   * the position `after` (keyset, docs/adr/0029: a message recorded while someone pages never shifts
   * another into a page already read), the next page's position, and the total.
   */
  async page(tenantId: string, options: { recipient?: string; limit?: number; after?: OutboxPosition } = {}): Promise<OutboxPage> {
    const limit = Math.min(options.limit ?? 50, 200);
    const params: unknown[] = [tenantId];
    let where = 'tenant_id = $1';
    if (options.recipient) {
      params.push(this.sealer ? this.sealer.digest(tenantId, options.recipient) : options.recipient);
      where += ` AND recipient = $${params.length}`;
    }
    const [countSql, countParams] = [`SELECT count(*)::int AS total FROM ${this.table} WHERE ${where}`, [...params]];
    if (options.after) {
      // Whole seconds and the microseconds apart: each product is exact (no float of 16 digits).
      params.push(Math.floor(options.after.createdAtMicros / 1_000_000), options.after.createdAtMicros % 1_000_000, options.after.id);
      const [seconds, micros, id] = [params.length - 2, params.length - 1, params.length];
      where += ` AND (created_at, id) < (timestamptz 'epoch' + $${seconds}::bigint * interval '1 second' + $${micros}::bigint * interval '1 microsecond', $${id}::bigint)`;
    }
    params.push(limit + 1);
    const [{ rows }, counted] = await Promise.all([
      this.pool.query<OutboxRow>(
        `SELECT id, tenant_id, channel, recipient, body, sealed, segments, correlation_id, created_at, (extract(epoch FROM created_at) * 1000000)::bigint AS created_us
           FROM ${this.table} WHERE ${where} ORDER BY created_at DESC, id DESC LIMIT $${params.length}`,
        params,
      ),
      this.pool.query<{ total: number }>(countSql, countParams),
    ]);
    const shown = rows.slice(0, limit);
    const last = shown[shown.length - 1];
    const messages = await Promise.all(
      shown.map(async (r) => {
        const { recipient, body } = r.sealed !== null && this.sealer ? await this.sealer.open(r.tenant_id, r.sealed) : { recipient: r.recipient, body: r.body };
        return {
          id: r.id,
          tenantId: r.tenant_id,
          channel: r.channel,
          recipient,
          body,
          segments: r.segments,
          correlationId: r.correlation_id,
          createdAt: r.created_at.toISOString(),
        };
      }),
    );
    return {
      messages,
      next: rows.length > limit && last ? { createdAtMicros: Number(last.created_us), id: Number(last.id) } : null,
      total: counted.rows[0].total,
    };
  }
}
