import { Metadata, status } from '@grpc/grpc-js';
import { callErrorFromStatus } from '@grpc/grpc-js/build/src/call';
import { ServiceError, WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import { KafkaJSConnectionError, KafkaJSNonRetriableError, KafkaJSNumberOfRetriesExceeded, KafkaJSProtocolError, KafkaJSRequestTimeoutError } from 'kafkajs';
import {
  MongoNetworkError,
  MongoNetworkTimeoutError,
  MongoNotConnectedError,
  MongoServerError,
  MongoServerSelectionError,
  MongoTopologyClosedError,
} from 'mongodb';
import mongoose from 'mongoose';
import { DatabaseError } from 'pg';
import { z } from 'zod';
import { classifyFailure, type FailureClass } from './failure-class';

/** A PostgreSQL error response as pg-protocol's parser builds it (DatabaseError, then the fields). */
function pgError(code: string, message: string, severity = 'ERROR'): DatabaseError {
  return Object.assign(new DatabaseError(message, 100, 'error'), { code, severity });
}

/** A Node socket error as net.Socket raises it. */
function socketError(code: string, syscall = 'connect'): NodeJS.ErrnoException {
  return Object.assign(new Error(`${syscall} ${code} 127.0.0.1:15432`), { code, errno: -111, syscall, address: '127.0.0.1', port: 15432 });
}

/** A gRPC call error as @grpc/grpc-js raises it, wrapped the way Temporal's WorkflowClient rethrows it. */
function temporalServiceError(code: status, details: string): ServiceError {
  const grpcError = callErrorFromStatus({ code, details, metadata: new Metadata() }, 'at WorkflowService.startWorkflowExecution');
  return new ServiceError('Failed to start Workflow', { cause: grpcError });
}

const retryable = (reason: string): Partial<FailureClass> => ({ kind: 'retryable', reason }) as Partial<FailureClass>;
const poison: FailureClass = { kind: 'poison' };

// One row per failure the consumer meets; the objects come from the libraries that raise them.
const table: Array<[string, unknown, Partial<FailureClass>]> = [
  // Temporal (gRPC through @temporalio/client)
  [
    'Temporal unreachable: ServiceError caused by gRPC UNAVAILABLE',
    temporalServiceError(status.UNAVAILABLE, 'No connection established. Last error: connect ECONNREFUSED 127.0.0.1:7233'),
    retryable('temporal'),
  ],
  ['Temporal too slow: gRPC DEADLINE_EXCEEDED', temporalServiceError(status.DEADLINE_EXCEEDED, 'Deadline exceeded'), retryable('temporal')],
  ['Temporal rate-limiting: gRPC RESOURCE_EXHAUSTED', temporalServiceError(status.RESOURCE_EXHAUSTED, 'namespace rate limit exceeded'), retryable('temporal')],
  [
    'a bare gRPC UNAVAILABLE (no ServiceError around it)',
    callErrorFromStatus({ code: status.UNAVAILABLE, details: 'down', metadata: new Metadata() }, ''),
    retryable('temporal'),
  ],
  ['Temporal refusing the request: gRPC INVALID_ARGUMENT', temporalServiceError(status.INVALID_ARGUMENT, 'invalid search attribute'), poison],
  ['Temporal: namespace or workflow not found (gRPC NOT_FOUND)', temporalServiceError(status.NOT_FOUND, 'namespace not found'), poison],
  ['Temporal: workflow already started', new WorkflowExecutionAlreadyStartedError('already started', 'wf-1', 'reviewTimeline'), poison],

  // PostgreSQL (pg / pg-pool)
  ['PostgreSQL down: ECONNREFUSED', socketError('ECONNREFUSED'), retryable('network')],
  ['PostgreSQL restarting: 57P01 admin_shutdown', pgError('57P01', 'terminating connection due to administrator command', 'FATAL'), retryable('postgres')],
  [
    'PostgreSQL crashed: 57P02 crash_shutdown',
    pgError('57P02', 'terminating connection because of crash of another server process', 'FATAL'),
    retryable('postgres'),
  ],
  ['PostgreSQL starting up: 57P03 cannot_connect_now', pgError('57P03', 'the database system is starting up', 'FATAL'), retryable('postgres')],
  ['PostgreSQL class 08: connection_failure', pgError('08006', 'connection failure', 'FATAL'), retryable('postgres')],
  ['PostgreSQL: too many connections', pgError('53300', 'sorry, too many clients already', 'FATAL'), retryable('postgres')],
  ['PostgreSQL: deadlock detected', pgError('40P01', 'deadlock detected'), retryable('postgres')],
  ['node-postgres: Connection terminated unexpectedly', new Error('Connection terminated unexpectedly'), retryable('postgres')],
  ['pg-pool: timeout exceeded when trying to connect', new Error('timeout exceeded when trying to connect'), retryable('postgres')],
  ['PostgreSQL refusing the data: 23505 unique_violation', pgError('23505', 'duplicate key value violates unique constraint "inbox_pkey"'), poison],
  ['PostgreSQL refusing the data: 22P02 invalid_text_representation', pgError('22P02', 'invalid input syntax for type uuid: "x"'), poison],
  ['PostgreSQL: 42P01 undefined_table (a bug, not an outage)', pgError('42P01', 'relation "nope" does not exist'), poison],

  // FerretDB (MongoDB driver, mongoose)
  [
    'FerretDB down: MongoServerSelectionError',
    new MongoServerSelectionError('Server selection timed out after 30000 ms', { error: null } as never),
    retryable('mongo'),
  ],
  ['FerretDB gone mid-operation: MongoNetworkError', new MongoNetworkError('connection 3 to 127.0.0.1:27017 closed'), retryable('mongo')],
  ['FerretDB too slow: MongoNetworkTimeoutError', new MongoNetworkTimeoutError('connection timed out'), retryable('mongo')],
  ['client not connected yet: MongoNotConnectedError', new MongoNotConnectedError('Client must be connected before running operations'), retryable('mongo')],
  ['client closed under us: MongoTopologyClosedError', new MongoTopologyClosedError(), retryable('mongo')],
  [
    'server shutting down: MongoServerError 11600 InterruptedAtShutdown',
    new MongoServerError({ message: 'interrupted at shutdown', code: 11600, codeName: 'InterruptedAtShutdown' }),
    retryable('mongo'),
  ],
  [
    'transient transaction error label',
    new MongoServerError({ message: 'write conflict', code: 112, errorLabels: ['TransientTransactionError'] }),
    retryable('mongo'),
  ],
  ['mongoose: MongooseServerSelectionError', new mongoose.Error.MongooseServerSelectionError('Could not connect to any servers'), retryable('mongo')],
  ['mongoose: operation buffering timed out', new mongoose.Error('Operation `review_views.findOne()` buffering timed out after 10000ms'), retryable('mongo')],
  [
    "FerretDB's PostgreSQL gone mid-query: InternalError unexpected EOF",
    new MongoServerError({
      message: '[msg_update.go:133 handler.(*Handler).updateDocument] [query_iterator.go:92 postgresql.(*queryIterator).Next] unexpected EOF',
      code: 1,
      codeName: 'InternalError',
    }),
    retryable('mongo'),
  ],
  [
    "FerretDB's PostgreSQL down: InternalError failed to connect",
    new MongoServerError({
      message:
        '[msg_insert.go:168 handler.(*Handler).MsgInsert] failed to connect to `user=athar database=ferretdb`:\n\t127.0.0.1:42759 (127.0.0.1): dial error: dial tcp 127.0.0.1:42759: connect: connection refused',
      code: 1,
      codeName: 'InternalError',
    }),
    retryable('mongo'),
  ],
  ['FerretDB refusing the data: E11000 duplicate key', new MongoServerError({ message: 'E11000 duplicate key error', code: 11000 }), poison],
  [
    'FerretDB: another InternalError (not its backend)',
    new MongoServerError({ message: '[msg_update.go:117] unsupported operator', code: 1, codeName: 'InternalError' }),
    poison,
  ],
  ['mongoose validation error', new mongoose.Error.ValidationError(), poison],

  // Kafka (kafkajs)
  [
    'Kafka down: KafkaJSConnectionError',
    new KafkaJSConnectionError('Connection error: connect ECONNREFUSED 127.0.0.1:9092', { broker: '127.0.0.1:9092', code: 'ECONNREFUSED' }),
    retryable('kafka'),
  ],
  ['Kafka slow: KafkaJSRequestTimeoutError', new KafkaJSRequestTimeoutError('Request Produce(key: 0, version: 7) timed out'), retryable('kafka')],
  [
    'kafkajs gave up retrying a retriable error: KafkaJSNumberOfRetriesExceeded',
    new KafkaJSNumberOfRetriesExceeded(new KafkaJSConnectionError('Connection error'), { retryCount: 5, retryTime: 3000 }),
    retryable('kafka'),
  ],
  ['kafkajs: a non-retriable error', new KafkaJSNonRetriableError('Invalid message'), poison],
  [
    'kafkajs: protocol error marked not retriable',
    new KafkaJSProtocolError({
      message: 'The request included a message larger than the max message size',
      type: 'MESSAGE_TOO_LARGE',
      code: 10,
      retriable: false,
    } as never),
    poison,
  ],

  // The network and timeouts, from anywhere
  ['connection reset: ECONNRESET', socketError('ECONNRESET', 'read'), retryable('network')],
  ['timed out: ETIMEDOUT', socketError('ETIMEDOUT'), retryable('timeout')],
  ['DNS hiccup: EAI_AGAIN', socketError('EAI_AGAIN', 'getaddrinfo'), retryable('network')],
  ['AbortSignal.timeout: DOMException TimeoutError', new DOMException('The operation was aborted due to timeout', 'TimeoutError'), retryable('timeout')],
  [
    'Node happy-eyeballs: AggregateError of refused connections',
    new AggregateError([socketError('ECONNREFUSED'), socketError('ECONNREFUSED')], 'connect failed'),
    retryable('network'),
  ],

  // Poison: the message or the code is to blame
  ['a validation error (zod)', (() => z.object({ caseId: z.string() }).safeParse({}).error)(), poison],
  ['an unknown event version', new Error('ReviewOpened v7 is not supported by committee-review'), poison],
  ['a handler bug: TypeError', new TypeError("Cannot read properties of undefined (reading 'caseId')"), poison],
  ['a RangeError', new RangeError('Invalid time value'), poison],
  ['a thrown string', 'boom', poison],
  ['a thrown null', null, poison],
  ['undefined', undefined, poison],
];

describe('classifyFailure', () => {
  it.each(table)('%s', (_label, error, expected) => {
    expect(classifyFailure(error)).toMatchObject(expected);
  });

  it('walks cause chains: our wrapper around Temporal around gRPC UNAVAILABLE', () => {
    const wrapped = new Error('starting the review timeline failed', {
      cause: new Error('handler', { cause: temporalServiceError(status.UNAVAILABLE, 'down') }),
    });
    expect(classifyFailure(wrapped)).toEqual({ kind: 'retryable', reason: 'temporal', detail: 'grpc UNAVAILABLE' });
  });

  it('walks AggregateErrors: one engine down among other failures makes the whole retryable', () => {
    const mixed = new AggregateError([new TypeError('bug'), pgError('57P01', 'terminating connection', 'FATAL')], 'projection failed');
    expect(classifyFailure(mixed)).toMatchObject({ kind: 'retryable', reason: 'postgres' });
  });

  it('tells a five-character Node code (EPIPE) from a SQLSTATE', () => {
    expect(classifyFailure(socketError('EPIPE', 'write'))).toMatchObject({ kind: 'retryable', reason: 'network' });
  });

  it('does not take a MongoDB numeric code for a gRPC status (Mongo code 14 is TypeMismatch)', () => {
    expect(classifyFailure(new MongoServerError({ message: 'type mismatch', code: 14 }))).toEqual(poison);
  });

  it('ends on a cause cycle', () => {
    const a = new Error('a');
    const b = new Error('b', { cause: a });
    (a as { cause?: unknown }).cause = b;
    expect(classifyFailure(a)).toEqual(poison);
  });
});
