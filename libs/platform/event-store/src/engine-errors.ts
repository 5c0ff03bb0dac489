import type { Pool } from 'pg';

/** The engines a service talks to; the name readiness reports and a 503 tells. */
export type EngineName = 'postgres' | 'mongodb' | 'kafka' | 'temporal';

/** Socket-level failures: the engine is not there (down, restarting, unreachable). */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH', 'ECONNABORTED', 'ENETUNREACH', 'EAI_AGAIN']);

/**
 * PostgreSQL SQLSTATEs that say "the server is going away or not accepting connections": class 08
 * (connection exception), 57P01 admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now,
 * 53300 too_many_connections.
 */
function isPostgresOutageState(code: string): boolean {
  return code.startsWith('08') || code === '57P01' || code === '57P02' || code === '57P03' || code === '53300';
}

/** node-postgres's own words when a connection dies under it or cannot be had in time. */
const PG_CONNECTION_MESSAGES = [
  /connection terminated/i,
  /not queryable/i,
  /timeout exceeded when trying to connect/i,
  /terminating connection/i,
  /the database system is (starting up|shutting down|in recovery mode)/i,
];

/** MongoDB driver errors that mean "no server to talk to" (mongoose buffers, then times out). */
const MONGO_OUTAGE_NAMES = new Set([
  'MongoNetworkError',
  'MongoNetworkTimeoutError',
  'MongoServerSelectionError',
  'MongoNotConnectedError',
  'MongoTopologyClosedError',
  'MongoPoolClearedError',
]);

/**
 * What FerretDB answers when its own PostgreSQL (its storage) is gone or restarting: a MongoDB server
 * error, code 1 InternalError, whose message carries the pgx failure under FerretDB's call stack, e.g.
 * `[msg_update.go:133 …] unexpected EOF` (the backend connection died mid-query) or `[msg_insert.go:168 …]
 * failed to connect to \`user=athar database=ferretdb\`: … connection refused`. Seen from the client
 * these are the read-model store being unavailable, not the request being wrong: a retry passes once
 * PostgreSQL is back (checked against a real FerretDB over a stopped PostgreSQL:
 * apps/platform-e2e/src/ferretdb-backend-outage.int.spec.ts).
 */
const FERRETDB_BACKEND_OUTAGE = [
  /unexpected EOF/,
  /failed to connect to/i,
  /conn(ection)? closed/i,
  /connection (refused|reset)/i,
  /broken pipe/i,
  /closed pool/i,
  /terminating connection/i,
  /the database system is (starting up|shutting down|in recovery mode|not yet accepting connections)/i,
  /SQLSTATE (08[0-9A-Z]{3}|57P0[123]|53300)/,
];

/** Pure (name, code and message only): also used by the consumer's classifier (docs/adr/0017). */
export function isFerretDbBackendOutage(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code, message } = error as { name?: unknown; code?: unknown; message?: unknown };
  if (name !== 'MongoServerError' || typeof message !== 'string') return false;
  // InternalError (1) is what FerretDB wraps a storage failure in; data errors carry their own codes (E11000…).
  if (code !== undefined && code !== 1) return false;
  return FERRETDB_BACKEND_OUTAGE.some((pattern) => pattern.test(message));
}

function causes(error: unknown): unknown[] {
  const seen: unknown[] = [];
  const queue: unknown[] = [error];
  while (queue.length > 0 && seen.length < 16) {
    const next = queue.shift();
    if (next === null || next === undefined || seen.includes(next)) continue;
    seen.push(next);
    if (typeof next === 'object') {
      const { cause, errors } = next as { cause?: unknown; errors?: unknown };
      if (cause !== undefined) queue.push(cause);
      if (Array.isArray(errors)) queue.push(...(errors as unknown[]));
    }
  }
  return seen;
}

function classifyOne(error: unknown): EngineName | null {
  if (typeof error !== 'object' || error === null) return null;
  const { name = '', message = '', code } = error as { name?: string; message?: string; code?: unknown };
  if (MONGO_OUTAGE_NAMES.has(name)) return 'mongodb';
  if (name === 'MongooseError' && /buffering timed out/i.test(message)) return 'mongodb';
  // FerretDB answers with a server error when its own PostgreSQL backend is gone.
  if (isFerretDbBackendOutage(error)) return 'mongodb';
  if (name.startsWith('KafkaJS') && (error as { retriable?: boolean }).retriable === true) return 'kafka';
  if (name === 'KafkaJSConnectionError' || name === 'KafkaJSNoBrokerAvailableError') return 'kafka';
  // gRPC UNAVAILABLE (14) from the Temporal frontend.
  if ((name === 'ServiceError' || name === 'TransportError' || 'metadata' in error) && code === 14) return 'temporal';
  if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) && isPostgresOutageState(code)) return 'postgres';
  if (PG_CONNECTION_MESSAGES.some((pattern) => pattern.test(message))) return 'postgres';
  if (typeof code === 'string' && NETWORK_CODES.has(code)) {
    const port = (error as { port?: number }).port;
    if (port === 27017) return 'mongodb';
    return 'postgres';
  }
  return null;
}

/**
 * Which engine an error says is unavailable (down, restarting, unreachable), or null when the error
 * is something else (a bug, bad data, a constraint). Looks through `cause` chains and aggregates.
 * Callers answer 503 instead of 500, and consumers redeliver instead of dead-lettering (docs/adr/0019).
 */
export function unavailableEngine(error: unknown): EngineName | null {
  for (const candidate of causes(error)) {
    const engine = classifyOne(candidate);
    if (engine) return engine;
  }
  return null;
}

export function isEngineUnavailable(error: unknown): boolean {
  return unavailableEngine(error) !== null;
}

export interface EngineLogger {
  warn(message: string, fields?: Record<string, unknown>): void;
}

const consoleEngineLogger: EngineLogger = {
  warn: (message, fields) => console.warn(JSON.stringify({ level: 'warn', msg: message, ...fields })),
};

/**
 * Keeps a PostgreSQL restart from killing the process. A pg Pool emits 'error' when an idle client's
 * connection dies, and a checked-out client (a transaction, the inbox's handling, a LISTEN) emits
 * 'error' on itself; without listeners Node turns either into an uncaught exception. Queries in flight
 * still fail through their promises, and the pool drops the broken clients (they are no longer
 * queryable), so the next query opens a fresh connection: logging is all there is to do here.
 */
export function survivePoolErrors(pool: Pool, name: string, logger: EngineLogger = consoleEngineLogger): Pool {
  let last = 0;
  const report = (error: Error): void => {
    // One line per burst: a restart breaks every client at once.
    if (Date.now() - last < 1_000) return;
    last = Date.now();
    logger.warn('PostgreSQL connection lost; the pool reconnects on next use', { pool: name, error: error.message });
  };
  pool.on('error', report);
  pool.on('connect', (client) => {
    client.on('error', report);
  });
  return pool;
}
