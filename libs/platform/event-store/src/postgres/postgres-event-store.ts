import { GENESIS_HASH, type NewEvent, type RecordedEvent } from '@athar/contracts';
import { context, propagation, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { Pool, type Notification, type PoolConfig } from 'pg';
import {
  StreamNotFoundError,
  WrongExpectedRevisionError,
  type AppendResult,
  type EventStore,
  type ExpectedRevision,
  type ReadAllOptions,
  type ReadStreamOptions,
  type SubscribeOptions,
  type Subscription,
} from '../event-store.port';
import { computeEventHash } from '../hash-chain';
import { PollingSubscription } from './polling-subscription';
import { quoteSchema, runDdlOnce, type SchemaOwner } from './ddl';
import { schemaDdl, schemaGrants } from './postgres-schema';
import { survivePoolErrors } from '../engine-errors';
import { PostgresCheckpointLog } from './postgres-checkpoint-log';
import type { CheckpointLog } from '../audit/checkpoint-log';

export interface PostgresEventStoreOptions {
  connectionString: string;
  /** Default `event_store`; an instance or a test suite uses its own. */
  schema?: string;
  pool?: Omit<PoolConfig, 'connectionString'>;
  /** How often a subscription re-reads when no notification arrived. Default 250 ms. */
  pollIntervalMs?: number;
}

export class DuplicateEventIdError extends Error {
  constructor(
    readonly eventId: string,
    readonly existingStreamId: string,
  ) {
    super(`Event ${eventId} is already stored in stream ${existingStreamId}`);
    this.name = 'DuplicateEventIdError';
  }
}

interface EventRow {
  global_position: string;
  event_id: string;
  stream_id: string;
  revision: string;
  type: string;
  version: number;
  tenant_id: string;
  occurred_at: string;
  recorded_at: string;
  actor: RecordedEvent['actor'];
  correlation_id: string;
  causation_id: string | null;
  data: unknown;
  previous_hash: string;
  hash: string;
  trace_parent: string | null;
}

const COLUMNS =
  'global_position, event_id, stream_id, revision, type, version, tenant_id, occurred_at, recorded_at, actor, correlation_id, causation_id, data, previous_hash, hash, trace_parent';

const tracer = trace.getTracer('@athar/event-store');

/** Reads and conditional writes one append may try before reporting that the stream kept moving under it. */
const MAX_APPEND_ATTEMPTS = 50;

interface StreamHead {
  /** Whether the stream has a row (a new stream's is inserted by its first append). */
  exists: boolean;
  /** The last event's revision; −1 before the first event. */
  revision: number;
  lastHash: string;
  known: Array<{ event_id: string; stream_id: string; global_position: string }>;
}

/** The case an event names, for a span attribute (an id, never personal data). */
function caseIdOf(event: NewEvent): string | undefined {
  const data = event.data as { caseId?: unknown } | null;
  return typeof data === 'object' && data !== null && typeof data.caseId === 'string' ? data.caseId : undefined;
}

function toRecorded(row: EventRow): RecordedEvent {
  return {
    eventId: row.event_id,
    type: row.type,
    version: row.version,
    tenantId: row.tenant_id,
    occurredAt: row.occurred_at,
    actor: row.actor,
    correlationId: row.correlation_id,
    causationId: row.causation_id,
    data: row.data,
    streamId: row.stream_id,
    revision: Number(row.revision),
    globalPosition: row.global_position,
    recordedAt: row.recorded_at,
    previousHash: row.previous_hash,
    hash: row.hash,
    ...(row.trace_parent === null ? {} : { traceParent: row.trace_parent }),
  };
}

/**
 * The event store on PostgreSQL (used where EventStoreDB is not available; docs/adr/0001).
 *
 * Global order: every append takes one transaction-scoped advisory lock before it draws its global
 * positions, so positions are drawn, and become visible, in commit order. A reader that has seen
 * position N can never later meet a newly committed event below N, which a plain bigserial read
 * under concurrent writers allows. The price is one append at a time per store; the lock is taken
 * last, after the stream's own checks, and held for one statement and the commit (docs/adr/0058).
 */
export class PostgresEventStore implements EventStore {
  readonly schema: string;
  private readonly pool: Pool;
  private readonly table: string;
  private readonly streamsTable: string;
  private readonly channel: string;
  private readonly subscriptions = new Set<PollingSubscription>();

  constructor(private readonly options: PostgresEventStoreOptions) {
    this.schema = options.schema ?? 'event_store';
    const s = quoteSchema(this.schema);
    this.table = `${s}.events`;
    this.streamsTable = `${s}.streams`;
    this.channel = `${this.schema}_appended`;
    this.pool = survivePoolErrors(
      new Pool({ max: 10, connectionTimeoutMillis: 10_000, ...options.pool, connectionString: options.connectionString }),
      `event-store ${this.schema}`,
    );
  }

  /**
   * Creates the schema if missing; safe when several services start at once. With an owner, the DDL
   * runs as that role and grants the services' role only SELECT and INSERT on the events (docs/adr/0018).
   */
  async ensureSchema(owner?: SchemaOwner): Promise<void> {
    await runDdlOnce(owner?.pool ?? this.pool, this.schema, schemaDdl(this.schema) + schemaGrants(this.schema, owner?.grantTo ?? null));
  }

  /** Drops the whole schema: for tests and throwaway instances only. */
  async dropSchema(): Promise<void> {
    await this.pool.query(`DROP SCHEMA IF EXISTS ${quoteSchema(this.schema)} CASCADE`);
  }

  /**
   * The append is a span of the caller's trace; its `traceparent` is stored with each event, so the
   * relay, which reads the events later and elsewhere, continues that trace (docs/adr/0046).
   */
  async appendToStream(streamId: string, events: NewEvent[], expectedRevision: ExpectedRevision): Promise<AppendResult> {
    if (events.length === 0) throw new Error('appendToStream needs at least one event');
    const caseId = caseIdOf(events[0]);
    const span = tracer.startSpan('event-store append', {
      kind: SpanKind.INTERNAL,
      attributes: {
        'athar.stream_id': streamId,
        'athar.tenant_id': events[0].tenantId,
        'athar.correlation_id': events[0].correlationId,
        'athar.event_types': events.map((e) => e.type).join(','),
        ...(caseId === undefined ? {} : { 'athar.case_id': caseId }),
      },
    });
    const carrier: Record<string, string> = {};
    propagation.inject(trace.setSpan(context.active(), span), carrier);
    try {
      return await this.appendOptimistically(streamId, events, expectedRevision, carrier['traceparent'] ?? null);
    } catch (error) {
      span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error).name });
      throw error;
    } finally {
      span.end();
    }
  }

  /**
   * Two statements, each its own transaction (docs/adr/0060): read the stream's head and whether these
   * event ids are already stored; then, with the hashes chained in Node, one statement that moves the head
   * only if it is still the one read, takes the store's lock, inserts the events and notifies. PostgreSQL
   * commits that statement as it ends, so the lock is held for the statement and its commit and never while
   * a Node process waits to be scheduled. When another append to the stream landed in between, the head
   * does not move, nothing is written, and the append starts again from a fresh read: that read then
   * reports the other writer's revision (a wrong expected revision), finds these very events (an
   * idempotent retry), or, with `any`, chains onto the new head.
   */
  private async appendOptimistically(
    streamId: string,
    events: NewEvent[],
    expectedRevision: ExpectedRevision,
    traceParent: string | null,
  ): Promise<AppendResult> {
    for (let attempt = 1; ; attempt += 1) {
      const head = await this.readHead(streamId, events);
      const actual: number | 'no_stream' = head.revision < 0 ? 'no_stream' : head.revision;

      // An idempotent retry: the very events are already in this stream, so nothing is written again.
      if (head.known.length > 0) {
        const elsewhere = head.known.find((row) => row.stream_id !== streamId);
        if (elsewhere) throw new DuplicateEventIdError(elsewhere.event_id, elsewhere.stream_id);
        if (head.known.length === events.length) {
          return { nextExpectedRevision: actual === 'no_stream' ? -1 : actual, lastGlobalPosition: head.known[head.known.length - 1].global_position };
        }
        throw new WrongExpectedRevisionError(streamId, expectedRevision, actual);
      }

      const matches = expectedRevision === 'any' || (expectedRevision === 'no_stream' ? actual === 'no_stream' : actual === expectedRevision);
      if (!matches) throw new WrongExpectedRevisionError(streamId, expectedRevision, actual);

      const written = await this.writeIfHeadUnchanged(streamId, events, head, traceParent);
      if (written) return written;
      // Another append to this stream committed between the read and the write; with `any` several
      // writers can keep overtaking each other, so the retries are bounded.
      if (attempt >= MAX_APPEND_ATTEMPTS) throw new WrongExpectedRevisionError(streamId, expectedRevision, actual);
    }
  }

  /** The stream's head and which of these event ids are stored, in one round trip. */
  private async readHead(streamId: string, events: NewEvent[]): Promise<StreamHead> {
    const { rows } = await this.pool.query<{ revision: string | null; last_hash: string | null; known: StreamHead['known'] }>(
      `SELECT s.revision, s.last_hash,
         (SELECT coalesce(json_agg(json_build_object('event_id', e.event_id, 'stream_id', e.stream_id, 'global_position', e.global_position::text)
            ORDER BY e.global_position), '[]'::json)
          FROM ${this.table} e WHERE e.event_id = ANY($2::uuid[])) AS known
       FROM (VALUES (1)) AS one(x) LEFT JOIN ${this.streamsTable} s ON s.stream_id = $1`,
      [streamId, events.map((e) => e.eventId)],
    );
    const row = rows[0];
    return {
      exists: row.revision !== null,
      revision: row.revision === null ? -1 : Number(row.revision),
      lastHash: row.last_hash ?? GENESIS_HASH,
      known: row.known,
    };
  }

  /**
   * The stream's new head, the store's lock, the global positions and the notification in one statement
   * (docs/adr/0001, docs/adr/0058, docs/adr/0060). The head moves only from the revision read (a new stream's
   * row is inserted only if still missing); the lock is taken only if it moved, before any position is
   * drawn, and held to the statement's own commit, so positions become visible in commit order. Returns
   * null, having written nothing, when the head had moved.
   */
  private async writeIfHeadUnchanged(streamId: string, events: NewEvent[], head: StreamHead, traceParent: string | null): Promise<AppendResult | null> {
    let revision = head.revision;
    let previousHash = head.lastHash;
    const recordedAt = new Date().toISOString();
    const rows = events.map((event) => {
      revision += 1;
      const hash = computeEventHash(previousHash, { ...event, streamId, revision, recordedAt, previousHash });
      const row = { event, revision, previousHash, hash };
      previousHash = hash;
      return row;
    });
    const moveHead = !head.exists
      ? `INSERT INTO ${this.streamsTable} (stream_id, revision, last_hash) VALUES ($2, $18, $19) ON CONFLICT (stream_id) DO NOTHING RETURNING 1`
      : `UPDATE ${this.streamsTable} SET revision = $18, last_hash = $19 WHERE stream_id = $2 AND revision = $20::bigint RETURNING 1`;
    try {
      const appended = await this.pool.query<{ last_position: string }>(
        `WITH head AS (${moveHead}),
         turn AS (SELECT pg_advisory_xact_lock(hashtext($1)) FROM head),
         appended AS (
           INSERT INTO ${this.table} (event_id, stream_id, revision, type, version, tenant_id, occurred_at, recorded_at, actor,
             correlation_id, causation_id, data, previous_hash, hash, trace_parent)
           SELECT e.event_id, $2, e.revision, e.type, e.version, e.tenant_id, e.occurred_at, $3, e.actor,
             e.correlation_id, e.causation_id, e.data, e.previous_hash, e.hash, $4
           FROM turn, unnest($5::uuid[], $6::bigint[], $7::text[], $8::integer[], $9::text[], $10::text[], $11::jsonb[],
             $12::text[], $13::text[], $14::jsonb[], $15::text[], $16::text[])
             WITH ORDINALITY AS e(event_id, revision, type, version, tenant_id, occurred_at, actor, correlation_id, causation_id, data,
               previous_hash, hash, n)
           ORDER BY e.n
           RETURNING global_position
         ),
         last AS (SELECT max(global_position) AS position FROM appended)
         SELECT position::text AS last_position, pg_notify($17, $2) FROM last WHERE position IS NOT NULL`,
        [
          `athar-append:${this.schema}`,
          streamId,
          recordedAt,
          traceParent,
          rows.map((r) => r.event.eventId),
          rows.map((r) => r.revision),
          rows.map((r) => r.event.type),
          rows.map((r) => r.event.version),
          rows.map((r) => r.event.tenantId),
          rows.map((r) => r.event.occurredAt),
          rows.map((r) => JSON.stringify(r.event.actor)),
          rows.map((r) => r.event.correlationId),
          rows.map((r) => r.event.causationId),
          rows.map((r) => JSON.stringify(r.event.data)),
          rows.map((r) => r.previousHash),
          rows.map((r) => r.hash),
          this.channel,
          revision,
          previousHash,
          ...(head.exists ? [head.revision] : []),
        ],
      );
      return appended.rows.length === 0 ? null : { nextExpectedRevision: revision, lastGlobalPosition: appended.rows[0].last_position };
    } catch (error) {
      // A unique violation means another writer's events got there first (the same revision, or one of
      // these event ids in a racing append): write nothing and read again, which tells which it was.
      if ((error as { code?: string }).code === '23505') return null;
      throw error;
    }
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const backwards = options.direction === 'backwards';
    const params: unknown[] = [streamId];
    let where = 'stream_id = $1';
    if (options.fromRevision !== undefined) {
      params.push(options.fromRevision);
      where += backwards ? ` AND revision <= $${params.length}` : ` AND revision >= $${params.length}`;
    }
    params.push(options.maxCount ?? null);
    const { rows } = await this.pool.query<EventRow>(
      `SELECT ${COLUMNS} FROM ${this.table} WHERE ${where} ORDER BY revision ${backwards ? 'DESC' : 'ASC'} LIMIT $${params.length}`,
      params,
    );
    if (rows.length === 0) {
      const exists = await this.pool.query(`SELECT 1 FROM ${this.streamsTable} WHERE stream_id = $1`, [streamId]);
      if (exists.rowCount === 0) throw new StreamNotFoundError(streamId);
    }
    return rows.map(toRecorded);
  }

  /** One query for all the streams (one round trip instead of one or two per stream: tools/bench/audit-replay.ts). */
  async readStreams(streamIds: readonly string[]): Promise<RecordedEvent[]> {
    if (streamIds.length === 0) return [];
    const { rows } = await this.pool.query<EventRow>(`SELECT ${COLUMNS} FROM ${this.table} WHERE stream_id = ANY($1::text[]) ORDER BY global_position`, [
      [...streamIds],
    ]);
    return rows.map(toRecorded);
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const params: unknown[] = [options.after ?? '0', options.maxCount ?? 1000];
    let where = 'global_position > $1';
    if (options.streamPrefixes && options.streamPrefixes.length > 0) {
      params.push(options.streamPrefixes);
      where += ` AND EXISTS (SELECT 1 FROM unnest($${params.length}::text[]) AS p(prefix) WHERE starts_with(stream_id, p.prefix))`;
    }
    const { rows } = await this.pool.query<EventRow>(`SELECT ${COLUMNS} FROM ${this.table} WHERE ${where} ORDER BY global_position LIMIT $2`, params);
    return rows.map(toRecorded);
  }

  subscribeToAll(options: SubscribeOptions): Subscription {
    const subscription = new PollingSubscription(
      {
        read: (after, maxCount) => this.readAll({ after, maxCount, streamPrefixes: options.streamPrefixes }),
        listen: (onNotify) => this.listen(onNotify),
      },
      options,
      this.options.pollIntervalMs ?? 250,
      () => this.subscriptions.delete(subscription),
    );
    this.subscriptions.add(subscription);
    subscription.start();
    return subscription;
  }

  /**
   * A dedicated connection that LISTENs for appends, calling back with the stream each notification names;
   * returns a function that stops listening.
   */
  private async listen(onStreamAppended: (streamId: string | undefined) => void): Promise<() => Promise<void>> {
    const client = await this.pool.connect();
    const onNotify = (message: Notification): void => onStreamAppended(message.payload === undefined || message.payload === '' ? undefined : message.payload);
    // A dropped listening connection must only end this listen: the subscription polls, notices its
    // failed reads, and listens again once PostgreSQL is back (its pool logs the error).
    let broken = false;
    const onError = (): void => {
      broken = true;
    };
    client.on('error', onError);
    client.on('notification', onNotify);
    try {
      await client.query(`LISTEN "${this.channel}"`);
    } catch (error) {
      client.off('notification', onNotify);
      client.release(true);
      throw error;
    }
    return async () => {
      client.off('notification', onNotify);
      if (!broken) await client.query(`UNLISTEN "${this.channel}"`).catch(() => (broken = true));
      client.off('error', onError);
      client.release(broken);
    };
  }

  /** This store's checkpoints table (docs/adr/0043). */
  checkpointLog(): CheckpointLog {
    return new PostgresCheckpointLog(this.pool, this.schema);
  }

  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((s) => s.stop()));
    await this.pool.end();
  }
}
