import { randomUUID } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'pg';
import { GENESIS_HASH } from '@athar/contracts';
import { PostgresEventStore } from '../postgres/postgres-event-store';
import { sampleEvent } from '../testing/sample-event';
import { computeEventHash } from '../hash-chain';
import { ensureSigningKey, loadPublicKeys } from './checkpoint';
import { FileCheckpointSink } from './checkpoint-sink';
import { Checkpointer, CheckpointMismatchError } from './checkpointer';
import { exportBundle } from './export-bundle';
import { verifyStore } from './verify-store';

// Each tampering is done in SQL as the database's administrator would (the superuser), after a
// checkpoint was signed; verification from the outside copy and the standalone verifier on a fresh
// export must each catch it and name where (docs/adr/0043).
jest.setTimeout(120_000);
const url = process.env.ATHAR_PG_URL ?? 'postgres://athar:athar@127.0.0.1:15432/athar';
const VERIFIER = join(__dirname, '..', '..', '..', '..', '..', 'tools', 'audit', 'standalone', 'verify-bundle.mjs');
const POLICIES = join(__dirname, '..', '..', '..', 'tenancy', 'policies');
const raw = new Pool({ connectionString: url });
const work = mkdtempSync(join(tmpdir(), 'athar-audit-'));
const { signer } = ensureSigningKey(join(work, 'checkpoint.key'));
afterAll(async () => {
  await raw.end();
  rmSync(work, { recursive: true, force: true });
});

interface World {
  store: PostgresEventStore;
  sink: FileCheckpointSink;
  schema: string;
  a: string;
  b: string;
  c: string;
  d: string;
  checkpointer: Checkpointer;
}

async function world(): Promise<World> {
  const schema = `it_audit_${randomUUID().slice(0, 8)}`;
  const store = new PostgresEventStore({ connectionString: url, schema });
  await store.ensureSchema();
  const id = (label: string, tenant = 'awj') => `intake.application.${tenant}.${label}-${randomUUID().slice(0, 8)}`;
  const [a, b, c, d] = [id('a'), id('b'), id('c', 'tuwaiq'), id('d')];
  await store.appendToStream(a, [sampleEvent(), sampleEvent('awj', { amount: 100 }), sampleEvent()], 'no_stream');
  await store.appendToStream(b, [sampleEvent(), sampleEvent()], 'no_stream');
  await store.appendToStream(c, [sampleEvent('tuwaiq'), sampleEvent('tuwaiq')], 'no_stream');
  await store.appendToStream(d, [sampleEvent(), sampleEvent()], 'no_stream');
  const sink = new FileCheckpointSink(join(work, schema));
  const checkpointer = new Checkpointer(store, store.checkpointLog(), sink, signer, { everyEvents: 1000, everySeconds: 60 });
  expect(await checkpointer.runOnce(true)).toMatchObject({ treeSize: 9, store: schema });
  return { store, sink, schema, a, b, c, d, checkpointer };
}

async function verify(w: World): Promise<string[]> {
  const verdict = await verifyStore(w.store, w.store.checkpointLog(), await w.sink.list(w.schema), loadPublicKeys(w.sink.publicKeyFiles()));
  return verdict.findings.map((f) => `${f.where}: ${f.problem}`);
}

async function standalone(w: World): Promise<{ status: number | null; out: string; dir: string }> {
  const dir = join(work, `${w.schema}-bundle-${randomUUID().slice(0, 4)}`);
  await exportBundle(w.store, await w.sink.list(w.schema), loadPublicKeys(w.sink.publicKeyFiles()), w.sink.publicKeyFiles(), POLICIES, {
    tenantId: 'awj',
    reason: 'test: tamper evidence',
    exportedBy: 'test-auditor',
    out: dir,
  });
  const run = spawnSync(process.execPath, [VERIFIER, dir], { encoding: 'utf8' });
  return { status: run.status, out: run.stdout + run.stderr, dir };
}

const row = async (w: World, stream: string, revision: number) =>
  (await raw.query<{ global_position: string }>(`SELECT global_position FROM "${w.schema}".events WHERE stream_id = $1 AND revision = $2`, [stream, revision]))
    .rows[0];

async function dispose(w: World): Promise<void> {
  await w.store.dropSchema();
  await w.store.close();
}

describe('tamper evidence against the database administrator', () => {
  it('an untouched store verifies, and its awj export holds no other tenant’s event and verifies offline', async () => {
    const w = await world();
    expect(await verify(w)).toEqual([]);
    const { status, out, dir } = await standalone(w);
    expect(out).toMatch(/7 event\(s\) in 3 stream\(s\), 7 proven in checkpoint 9.*0 problem/);
    expect(status).toBe(0);
    const exported = readFileSync(join(dir, 'events.jsonl'), 'utf8');
    expect(exported).not.toContain('tuwaiq');
    expect(JSON.parse(readFileSync(join(dir, 'proofs.json'), 'utf8')).leaves.every((l: { tenantId: string }) => l.tenantId === 'awj')).toBe(true);
    // The export is itself recorded, with who and why.
    const recorded = await w.store.readAll({ streamPrefixes: ['audit.exports.awj.'] });
    expect(recorded.map((e) => [e.type, e.actor.id, (e.data as { reason: string }).reason])).toEqual([
      ['AuditBundleExported', 'test-auditor', 'test: tamper evidence'],
    ]);
    await dispose(w);
  });

  it('an edited field is named by stream and revision', async () => {
    const w = await world();
    const { global_position } = await row(w, w.a, 1);
    await raw.query(`UPDATE "${w.schema}".events SET data = jsonb_set(data, '{amount}', '1000') WHERE stream_id = $1 AND revision = 1`, [w.a]);
    expect(await verify(w)).toContain(`${w.a} revision 1: content does not match its hash`);
    const { status, out } = await standalone(w);
    expect(status).toBe(1);
    expect(out).toContain(`BROKEN  ${w.a} revision 1 (position ${global_position}): content does not match its hash`);
    await dispose(w);
  });

  it('a deleted middle event is named', async () => {
    const w = await world();
    const { global_position } = await row(w, w.a, 1);
    await raw.query(`DELETE FROM "${w.schema}".events WHERE stream_id = $1 AND revision = 1`, [w.a]);
    expect(await verify(w)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(new RegExp(`^${w.a} revision 1 \\(position ${global_position}\\), leaf \\d+ of checkpoint 9: missing from the store`)),
      ]),
    );
    const { status, out } = await standalone(w);
    expect(status).toBe(1);
    expect(out).toContain(`BROKEN  ${w.a} revision 1 (position ${global_position}), leaf`);
    expect(out).toMatch(/missing from the export/);
    await dispose(w);
  });

  it('the last events deleted and the streams row fixed up are named', async () => {
    const w = await world();
    const last = await row(w, w.d, 1);
    const kept = await raw.query<{ hash: string }>(`SELECT hash FROM "${w.schema}".events WHERE stream_id = $1 AND revision = 0`, [w.d]);
    await raw.query(`DELETE FROM "${w.schema}".events WHERE stream_id = $1 AND revision = 1`, [w.d]);
    await raw.query(`UPDATE "${w.schema}".streams SET revision = 0, last_hash = $2 WHERE stream_id = $1`, [w.d, kept.rows[0].hash]);
    const findings = await verify(w);
    expect(findings).toEqual(
      expect.arrayContaining([expect.stringContaining(`${w.d} revision 1 (position ${last.global_position}), leaf 8 of checkpoint 9: missing from the store`)]),
    );
    const { status, out } = await standalone(w);
    expect(status).toBe(1);
    expect(out).toContain(
      `BROKEN  ${w.d} revision 1 (position ${last.global_position}), leaf 8 of checkpoint 9: signed by the checkpoint but missing from the export`,
    );
    await dispose(w);
  });

  it('a whole stream dropped is named, each of its events', async () => {
    const w = await world();
    await raw.query(`DELETE FROM "${w.schema}".events WHERE stream_id = $1`, [w.b]);
    await raw.query(`DELETE FROM "${w.schema}".streams WHERE stream_id = $1`, [w.b]);
    const findings = await verify(w);
    for (const revision of [0, 1])
      expect(findings).toEqual(expect.arrayContaining([expect.stringMatching(new RegExp(`^${w.b} revision ${revision} .*missing from the store`))]));
    const { status, out } = await standalone(w);
    expect(status).toBe(1);
    for (const revision of [0, 1]) expect(out).toMatch(new RegExp(`BROKEN  ${w.b} revision ${revision} .*missing from the export`));
    await dispose(w);
  });

  it('two events swapped in the global order are named', async () => {
    const w = await world();
    const first = await row(w, w.a, 0);
    const second = await row(w, w.b, 0);
    await raw.query(`UPDATE "${w.schema}".events SET global_position = -1 WHERE global_position = $1`, [first.global_position]);
    await raw.query(`UPDATE "${w.schema}".events SET global_position = $1 WHERE global_position = $2`, [first.global_position, second.global_position]);
    await raw.query(`UPDATE "${w.schema}".events SET global_position = $1 WHERE global_position = -1`, [second.global_position]);
    const findings = await verify(w);
    expect(findings).toEqual(
      expect.arrayContaining([
        expect.stringContaining(
          `${w.a} revision 0 (position ${first.global_position}), leaf 0 of checkpoint 9: moved: the store has it as ${w.a} revision 0 (position ${second.global_position})`,
        ),
      ]),
    );
    const { status, out } = await standalone(w);
    expect(status).toBe(1);
    expect(out).toContain(
      `BROKEN  ${w.a} revision 0 (position ${second.global_position}): not in checkpoint 9's tree as exported (rewritten or moved; signed as position ${first.global_position})`,
    );
    await dispose(w);
  });

  it('an edit with every hash recomputed passes the chains but is named against the checkpoint, and the checkpointer refuses to sign over it', async () => {
    const w = await world();
    await raw.query(`UPDATE "${w.schema}".events SET data = jsonb_set(data, '{amount}', '1000') WHERE stream_id = $1 AND revision = 1`, [w.a]);
    let previousHash = GENESIS_HASH;
    for (const event of await w.store.readStream(w.a)) {
      const hash = computeEventHash(previousHash, { ...event, previousHash });
      await raw.query(`UPDATE "${w.schema}".events SET previous_hash = $3, hash = $4 WHERE stream_id = $1 AND revision = $2`, [
        w.a,
        event.revision,
        previousHash,
        hash,
      ]);
      previousHash = hash;
    }
    await raw.query(`UPDATE "${w.schema}".streams SET last_hash = $2 WHERE stream_id = $1`, [w.a, previousHash]);
    const findings = await verify(w);
    expect(findings.filter((f) => /content does not match|not chained/.test(f))).toEqual([]);
    expect(findings).toEqual(
      expect.arrayContaining([expect.stringMatching(new RegExp(`^${w.a} revision 1 .*checkpoint 9: its hash differs from the one signed \\(rewritten\\)`))]),
    );
    const { status, out } = await standalone(w);
    expect(status).toBe(1);
    expect(out).toMatch(new RegExp(`BROKEN  ${w.a} revision 1 \\(position \\d+\\): not in checkpoint 9's tree as exported`));
    await w.store.appendToStream(w.d, [sampleEvent()], 1);
    const fresh = new Checkpointer(w.store, w.store.checkpointLog(), w.sink, signer, { everyEvents: 1, everySeconds: 1 });
    await expect(fresh.runOnce(true)).rejects.toBeInstanceOf(CheckpointMismatchError);
    await dispose(w);
  });

  it('two replicas sign one checkpoint per round; the next extends it, and 1,000 events cost one checkpoint in well under a second', async () => {
    const w = await world();
    for (let i = 0; i < 10; i += 1)
      await w.store.appendToStream(
        `load.awj.${randomUUID()}`,
        Array.from({ length: 100 }, () => sampleEvent()),
        'no_stream',
      );
    const replicas = [w.checkpointer, new Checkpointer(w.store, w.store.checkpointLog(), w.sink, signer, { everyEvents: 1, everySeconds: 1 })];
    const started = process.hrtime.bigint();
    const results = await Promise.all(replicas.map((r) => r.runOnce(true)));
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    console.log(`checkpoint of 1,000 new events (two replicas racing): ${ms.toFixed(1)} ms`);
    const signed = results.filter((r) => r !== null);
    expect(signed.length).toBe(1);
    expect((await w.store.checkpointLog().list()).map((c) => c.treeSize)).toEqual([9, 1009]);
    expect(await verify(w)).toEqual([]);
    await dispose(w);
  });
});
