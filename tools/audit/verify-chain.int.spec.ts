import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Pool } from 'pg';
import { PostgresEventStore } from '@athar/event-store';
import { sampleEvent as newEvent } from '@athar/event-store/testing';

jest.setTimeout(60_000);
const run = promisify(execFile);
const url = process.env.ATHAR_PG_URL ?? 'postgres://athar:athar@127.0.0.1:15432/athar';

describe('npm run verify-chain (the auditor command)', () => {
  const schema = `it_audit_${randomUUID().slice(0, 8)}`;
  const store = new PostgresEventStore({ connectionString: url, schema });
  const raw = new Pool({ connectionString: url });
  const env = { ...process.env, ATHAR_PG_URL: url, ATHAR_EVENT_STORE_SCHEMA: schema };
  const cli = (...args: string[]) =>
    run(process.execPath, ['-r', '@swc-node/register', join(__dirname, 'verify-chain.ts'), ...args], { env, cwd: join(__dirname, '../..') }).then(
      (r) => ({ code: 0, out: r.stdout }),
      (e: { code: number; stdout: string }) => ({ code: e.code, out: e.stdout }),
    );

  beforeAll(async () => {
    await store.ensureSchema();
    await store.appendToStream('intake.application.awj.a', [newEvent(), newEvent()], 'no_stream');
    await store.appendToStream('intake.application.awj.b', [newEvent()], 'no_stream');
  });
  afterAll(async () => {
    await store.dropSchema();
    await store.close();
    await raw.end();
  });

  it('reports every intact stream and exits 0', async () => {
    const { code, out } = await cli('--all', '--prefix', 'intake.');
    expect(code).toBe(0);
    expect(out).toContain('ok      intake.application.awj.a (2 events)');
    expect(out).toContain('2 stream(s) checked, 0 broken');
  });

  it('names the broken stream and revision and exits 1 after a row is edited in the database', async () => {
    await raw.query(`UPDATE "${schema}".events SET tenant_id = 'tuwaiq' WHERE stream_id = 'intake.application.awj.a' AND revision = 1`);
    const { code, out } = await cli('--stream', 'intake.application.awj.a', '--stream', 'intake.application.awj.b');
    expect(code).toBe(1);
    expect(out).toContain('BROKEN  intake.application.awj.a at revision 1: content does not match its hash');
    expect(out).toContain('ok      intake.application.awj.b');
  });

  it('exits 2 with a usage line when called without a stream', async () => {
    expect((await cli()).code).toBe(2);
  });
});
