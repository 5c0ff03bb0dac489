/**
 * Tells a handler failure that the message is not to blame for (an engine is down, slow or
 * restarting: retry the same message until it passes, never dead-letter it) from one that the
 * message or the code is to blame for (validation, unknown version, a bug: dead-letter it after a
 * few tries). docs/adr/0017.
 *
 * Pure: it reads the error objects only (names, codes, labels, messages), so it needs none of the
 * client libraries and is not fooled by two copies of one library in node_modules. It walks `cause`
 * chains (Temporal's ServiceError, kafkajs's KafkaJSNumberOfRetriesExceeded, our own wrappers) and
 * the `errors` of an AggregateError (Node's happy-eyeballs connect). One retryable error anywhere
 * makes the failure retryable: once the engine is back, a genuine poison error shows alone and is
 * classified as poison on the next try.
 */

import { isFerretDbBackendOutage } from '@athar/event-store';
import type { OutageReason } from '../metrics/messaging-metrics';

/** Which engine (or which kind of fault) a retryable failure came from: the metric's `reason` label. */
export type RetryableReason = OutageReason;

export type FailureClass = { kind: 'retryable'; reason: RetryableReason; detail: string } | { kind: 'poison' };

export const POISON: FailureClass = { kind: 'poison' };

/** Node socket and DNS errors: the peer is not there (yet), or went away mid-request. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'EHOSTUNREACH',
  'EHOSTDOWN',
  'ENETUNREACH',
  'ENETDOWN',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EADDRNOTAVAIL',
  'ERR_SOCKET_CLOSED',
  'ERR_STREAM_PREMATURE_CLOSE',
]);
const TIMEOUT_CODES = new Set(['ETIMEDOUT', 'ESOCKETTIMEDOUT', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'ABORT_ERR']);

/**
 * gRPC status codes (numbers, @grpc/grpc-js `status`) that say the call did not reach a working
 * server or was cut short, never that the request was wrong: UNAVAILABLE, DEADLINE_EXCEEDED,
 * RESOURCE_EXHAUSTED (rate-limited), ABORTED (a conflicting update; the server asks to retry) and
 * CANCELLED (our side closed the channel, e.g. during a restart).
 */
const GRPC_RETRYABLE = new Map<number, string>([
  [1, 'CANCELLED'],
  [4, 'DEADLINE_EXCEEDED'],
  [8, 'RESOURCE_EXHAUSTED'],
  [10, 'ABORTED'],
  [14, 'UNAVAILABLE'],
]);

/**
 * PostgreSQL SQLSTATEs: class 08 (connection exception), 57P01 admin_shutdown, 57P02
 * crash_shutdown, 57P03 cannot_connect_now (starting up or in recovery), 53300
 * too_many_connections, 40001 serialization_failure, 40P01 deadlock_detected, 55P03
 * lock_not_available, 57014 query_canceled (statement_timeout).
 */
const PG_RETRYABLE_STATES = new Set(['57P01', '57P02', '57P03', '53300', '40001', '40P01', '55P03', '57014']);
/** node-postgres and pg-pool raise plain Errors for a lost or refused connection. */
const PG_CONNECTION_MESSAGES = [
  /^Connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /Client has encountered a connection error and is not queryable/i,
  /^Query read timeout/i,
];

/** The MongoDB driver's error classes that mean no server could be reached or it went away. */
const MONGO_UNAVAILABLE_NAMES = new Set([
  'MongoNetworkError',
  'MongoNetworkTimeoutError',
  'MongoServerSelectionError',
  'MongoNotConnectedError',
  'MongoServerClosedError',
  'MongoTopologyClosedError',
  'MongoPoolClearedError',
  'MongoWaitQueueTimeoutError',
  'MongoOperationTimeoutError',
  'MongooseServerSelectionError',
]);
/** Server error codes the driver itself retries reads on (mongodb src/error.ts RETRYABLE_READ_ERROR_CODES). */
const MONGO_RETRYABLE_CODES = new Set([6, 7, 89, 91, 134, 189, 262, 9001, 10107, 11600, 11602, 13435, 13436]);
const MONGO_RETRYABLE_LABELS = ['RetryableWriteError', 'TransientTransactionError', 'ResetPool', 'PoolRequstedRetry'];

type ErrorLike = Record<string, unknown> & { name?: unknown; message?: unknown; code?: unknown };

const isObject = (value: unknown): value is ErrorLike => typeof value === 'object' && value !== null;
const text = (value: unknown): string => (typeof value === 'string' ? value : '');

function classifyOne(error: ErrorLike): FailureClass | null {
  const name = text(error.name);
  const message = text(error.message);
  const code = error.code;
  const retryable = (reason: RetryableReason, detail: string): FailureClass => ({ kind: 'retryable', reason, detail });

  // kafkajs marks every error it raises as retriable or not (KafkaJSError.retriable).
  if (name.startsWith('KafkaJS')) return error.retriable === true ? retryable('kafka', name) : null;

  // A gRPC status error (Temporal's client): numeric code, string details, a metadata object.
  if (typeof code === 'number' && typeof error.details === 'string' && isObject(error.metadata)) {
    const status = GRPC_RETRYABLE.get(code);
    return status === undefined ? null : retryable('temporal', `grpc ${status}`);
  }

  if (name.startsWith('Mongo')) {
    if (MONGO_UNAVAILABLE_NAMES.has(name)) return retryable('mongo', name);
    if (typeof code === 'number' && MONGO_RETRYABLE_CODES.has(code)) return retryable('mongo', `${name} ${code}`);
    const labels = Array.isArray(error.errorLabels) ? (error.errorLabels as unknown[]) : [];
    const label = MONGO_RETRYABLE_LABELS.find((l) => labels.includes(l));
    if (label !== undefined) return retryable('mongo', `${name} ${label}`);
    // FerretDB's storage (its PostgreSQL) gone or restarting: InternalError with pgx's words.
    if (isFerretDbBackendOutage(error)) return retryable('mongo', 'FerretDB backend unavailable');
    // Mongoose queues operations while disconnected and gives up after bufferTimeoutMS.
    if (name === 'MongooseError' && /buffering timed out/i.test(message)) return retryable('mongo', 'buffering timed out');
    return null;
  }

  // A PostgreSQL error response (pg-protocol DatabaseError): a five-character SQLSTATE and a severity.
  if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) && typeof error.severity === 'string') {
    return code.startsWith('08') || PG_RETRYABLE_STATES.has(code) ? retryable('postgres', `SQLSTATE ${code}`) : null;
  }
  if (PG_CONNECTION_MESSAGES.some((pattern) => pattern.test(message))) return retryable('postgres', message);

  if (typeof code === 'string' && NETWORK_CODES.has(code)) return retryable('network', code);
  if (typeof code === 'string' && TIMEOUT_CODES.has(code)) return retryable('timeout', code);
  // AbortSignal.timeout() and undici reject with a DOMException named TimeoutError.
  if (name === 'TimeoutError') return retryable('timeout', name);
  return null;
}

/** Classifies a failure: retryable with its reason class, or poison. Never throws. */
export function classifyFailure(failure: unknown): FailureClass {
  const seen = new Set<unknown>();
  const queue: unknown[] = [failure];
  // Breadth first, outermost first: the reason is that of the error closest to the handler.
  while (queue.length > 0 && seen.size < 64) {
    const current = queue.shift();
    if (!isObject(current) || seen.has(current)) continue;
    seen.add(current);
    const found = classifyOne(current);
    if (found !== null) return found;
    if (Array.isArray(current.errors)) queue.push(...(current.errors as unknown[]));
    if ('cause' in current) queue.push(current.cause);
    // kafkajs 1.x kept the wrapped error here instead of `cause`.
    if ('originalError' in current) queue.push(current.originalError);
  }
  return POISON;
}
