import { unavailableEngine } from './engine-errors';

const named = (name: string, message: string, extra: Record<string, unknown> = {}): Error => Object.assign(new Error(message), { name }, extra);

describe('unavailableEngine: which engine an error says is down', () => {
  it.each([
    ['a dropped PostgreSQL connection', new Error('Connection terminated unexpectedly'), 'postgres'],
    ['PostgreSQL shutting down (57P01)', Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }), 'postgres'],
    ['PostgreSQL crash shutdown (57P02)', Object.assign(new Error('terminating connection due to unexpected postmaster exit'), { code: '57P02' }), 'postgres'],
    ['PostgreSQL starting up (57P03)', Object.assign(new Error('the database system is starting up'), { code: '57P03' }), 'postgres'],
    ['connection refused', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:15432'), { code: 'ECONNREFUSED', port: 15432 }), 'postgres'],
    ['connection refused by MongoDB', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:27017'), { code: 'ECONNREFUSED', port: 27017 }), 'mongodb'],
    ['no MongoDB server', named('MongoServerSelectionError', 'Server selection timed out after 5000 ms'), 'mongodb'],
    ['mongoose buffering', named('MongooseError', 'Operation `cases.findOne()` buffering timed out after 10000ms'), 'mongodb'],
    ['FerretDB without its backend', named('MongoServerError', 'failed to connect to `host=127.0.0.1 user=athar database=ferretdb`: dial error'), 'mongodb'],
    [
      'FerretDB losing its backend mid-query',
      named(
        'MongoServerError',
        '[msg_update.go:133 handler.(*Handler).updateDocument] [update.go:59 common.UpdateDocument] [query_iterator.go:92 postgresql.(*queryIterator).Next] unexpected EOF',
        { code: 1, codeName: 'InternalError' },
      ),
      'mongodb',
    ],
    [
      'FerretDB while its backend starts',
      named('MongoServerError', '[msg_find.go:344] FATAL: the database system is starting up (SQLSTATE 57P03)', { code: 1 }),
      'mongodb',
    ],
    [
      'Temporal unavailable',
      named('ServiceError', 'Failed to start workflow', {
        cause: Object.assign(new Error('14 UNAVAILABLE: No connection established'), { code: 14, metadata: {} }),
      }),
      'temporal',
    ],
    ['a wrapped cause', new Error('handler failed', { cause: new Error('Connection terminated unexpectedly') }), 'postgres'],
  ])('%s', (_label, error, engine) => {
    expect(unavailableEngine(error)).toBe(engine);
  });

  it.each([
    ['a bug', new TypeError("Cannot read properties of undefined (reading 'x')")],
    ['a constraint', Object.assign(new Error('duplicate key value violates unique constraint'), { code: '23505' })],
    ['a MongoDB duplicate key', named('MongoServerError', 'E11000 duplicate key error', { code: 11000 })],
    ['a FerretDB data error that names a connection field', named('MongoServerError', 'E11000 duplicate key error: connection_id', { code: 11000 })],
    ['a FerretDB internal error of another kind', named('MongoServerError', '[msg_update.go:117] unsupported operator $foo', { code: 1 })],
    ['a domain refusal', named('DomainError', 'open request')],
    ['nothing', undefined],
  ])('%s is not an outage', (_label, error) => {
    expect(unavailableEngine(error)).toBeNull();
  });
});
