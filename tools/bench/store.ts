/**
 * The event store's own costs (docs/performance.md), measured in one run on a throw-away schema:
 *   - the raw rate of fsynced 1 KB inserts and of reading those rows back, from one PostgreSQL client;
 *   - `appendToStream` (one event, a new stream each: what a submission's first write costs), and appends
 *     of one event to a long stream (the per-stream hash chain read and locked each time);
 *   - what the per-event work costs on its own, in CPU: the chain's SHA-256 over canonical JSON, and
 *     sealing an applicant's three personal fields (AES-256-GCM) — so "with and without" hashing and
 *     encryption is the append rate against these costs, without a second code path to keep;
 *   - `readAll` in pages against the raw read rate.
 * Bounded, loopback only, asserts nothing.
 *
 *   npm run bench:store                      # 2,000 events
 *   npm run bench:store -- --events 5000
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { GENESIS_HASH, streamId, type NewEvent } from '@athar/contracts';
import { computeEventHash, createEventStoreFromEnv, schemaOwnerFromEnv } from '@athar/event-store';
import { encryptField, newDataKey } from '@athar/personal-data';
import { writeResult } from './results';

const { values } = parseArgs({ options: { events: { type: 'string', default: '2000' } } });
const EVENTS = Number(values.events);
if (!Number.isInteger(EVENTS) || EVENTS < 100 || EVENTS > 100_000) throw new Error('--events must be an integer from 100 to 100000');
const SCHEMA = `bench_store_${randomBytes(4).toString('hex')}`;
const TENANT = 'tuwaiq';

const perSecond = (count: number, startedAt: number) => count / ((performance.now() - startedAt) / 1000);
const microseconds = (count: number, startedAt: number) => ((performance.now() - startedAt) * 1000) / count;

/** A submission-sized event: an applicant with sealed fields and a few plain ones (~1 KB of JSON). */
function submission(caseId: string): NewEvent {
  const sealed = { enc: 'v2', keyId: `case:${caseId}`, iv: 'a'.repeat(16), ct: 'c'.repeat(64), tag: 't'.repeat(22) };
  return {
    eventId: randomUUID(),
    type: 'ApplicationSubmitted',
    version: 1,
    tenantId: TENANT,
    occurredAt: new Date().toISOString(),
    actor: { id: 'bench', role: 'relations-officer', channel: 'website' },
    correlationId: randomUUID(),
    causationId: null,
    data: {
      caseId,
      serviceId: 'job-seeker-training',
      applicant: { fullName: sealed, nationalId: sealed, mobile: sealed, qualification: 'bachelor', employmentStatus: 'job-seeker' },
      declaration: { accepted: true, declarationVersion: 1 },
      policyVersion: 1,
      submittedAt: new Date().toISOString(),
    },
  };
}

async function main(): Promise<void> {
  const owner = schemaOwnerFromEnv();
  const store = await createEventStoreFromEnv({ ...process.env, ATHAR_EVENT_STORE_SCHEMA: SCHEMA });
  const rows: string[] = [];
  const row = (what: string, value: string) => rows.push(`| ${what} | ${value} |`);
  try {
    // Raw PostgreSQL: one client, one transaction per insert (fsync on commit), then the rows read back.
    await owner.pool.query(`CREATE TABLE "${SCHEMA}".raw (id bigserial PRIMARY KEY, body text NOT NULL)`);
    const body = 'x'.repeat(1024);
    let started = performance.now();
    for (let i = 0; i < EVENTS; i += 1) await owner.pool.query(`INSERT INTO "${SCHEMA}".raw (body) VALUES ($1)`, [body]);
    const rawInsert = perSecond(EVENTS, started);
    started = performance.now();
    for (let after = 0; after < EVENTS; after += 500)
      await owner.pool.query(`SELECT id, body FROM "${SCHEMA}".raw WHERE id > $1 ORDER BY id LIMIT 500`, [after]);
    const rawRead = perSecond(EVENTS, started);

    // The store: a new stream per event (a submission's first write), then one long stream.
    started = performance.now();
    for (let i = 0; i < EVENTS; i += 1) {
      const caseId = randomUUID();
      await store.appendToStream(streamId('intake', 'application', TENANT, caseId), [submission(caseId)], 'no_stream');
    }
    const appendNew = perSecond(EVENTS, started);
    const longCase = randomUUID();
    const longStream = streamId('intake', 'application', TENANT, longCase);
    started = performance.now();
    for (let i = 0; i < EVENTS / 4; i += 1) await store.appendToStream(longStream, [submission(longCase)], i === 0 ? 'no_stream' : i - 1);
    const appendLong = perSecond(EVENTS / 4, started);

    // The per-event CPU work on its own.
    const sample = submission(randomUUID());
    started = performance.now();
    let previous = GENESIS_HASH;
    for (let i = 0; i < EVENTS; i += 1)
      previous = computeEventHash(previous, { ...sample, streamId: longStream, revision: i, recordedAt: sample.occurredAt, previousHash: previous });
    const hashCost = microseconds(EVENTS, started);
    const dataKey = newDataKey();
    started = performance.now();
    for (let i = 0; i < EVENTS; i += 1)
      for (const path of ['applicant.fullName', 'applicant.nationalId', 'applicant.mobile'])
        encryptField(dataKey, `case:${longCase}`, 'سارة عبدالله العتيبي', { type: 'ApplicationSubmitted', path });
    const sealCost = microseconds(EVENTS, started);

    started = performance.now();
    let read = 0;
    for (let after: string | undefined = '0'; after !== undefined;) {
      const page = await store.readAll({ after, maxCount: 500 });
      read += page.length;
      after = page.length === 500 ? page[page.length - 1].globalPosition : undefined;
    }
    const readRate = perSecond(read, started);

    row('raw PostgreSQL fsynced 1 KB inserts/s (one client)', rawInsert.toFixed(0));
    row('raw PostgreSQL rows read/s (pages of 500)', rawRead.toFixed(0));
    row('appendToStream, one event to a new stream, /s', `${appendNew.toFixed(0)} (${(appendNew / rawInsert).toFixed(2)} × raw insert)`);
    row('appendToStream, one event to a long stream, /s', `${appendLong.toFixed(0)} (${(appendLong / rawInsert).toFixed(2)} × raw insert)`);
    row('hash chain, CPU per event', `${hashCost.toFixed(1)} µs (${((hashCost / (1e6 / appendNew)) * 100).toFixed(1)} % of one append)`);
    row('sealing three personal fields, CPU per event', `${sealCost.toFixed(1)} µs (${((sealCost / (1e6 / appendNew)) * 100).toFixed(1)} % of one append)`);
    row('readAll events/s (pages of 500)', `${readRate.toFixed(0)} (${(readRate / rawRead).toFixed(2)} × raw read)`);
    console.log(`### Event store, ${new Date().toISOString()}: ${EVENTS} events, schema ${SCHEMA} (dropped)\n`);
    console.log('| figure | value |\n|---|---|');
    console.log(rows.join('\n'));
    writeResult('store', { events: EVENTS, rawInsert, rawRead, appendNew, appendLong, hashCostUs: hashCost, sealCostUs: sealCost, readRate, table: rows });
  } finally {
    await store.close();
    await owner.pool.query(`DROP SCHEMA IF EXISTS "${SCHEMA}" CASCADE`);
    await owner.pool.end();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
