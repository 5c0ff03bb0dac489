/**
 * How long an auditor's replay of one case takes (ADR 0044): reading the case's eight streams from the
 * event store (PostgreSQL here; the same port as EventStoreDB in production), redacting personal
 * fields, upcasting and folding every service's state as of an instant, for a case of 200 events
 * (target: p99 under 20 ms). Bounded: it seeds one throw-away schema (dropped at the end), replays a
 * fixed number of times and prints the figures; it asserts nothing, so a busy machine never fails a build.
 *
 *   npm run bench:replay                        # 200 events, 300 replays
 *   npm run bench:replay -- --events 1000 --runs 100
 */
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { streamId, type NewEvent, type RecordedEvent } from '@athar/contracts';
import { createEventStoreFromEnv, schemaOwnerFromEnv } from '@athar/event-store';
import { redactPersonal, readStreams, upcastAll } from '../../apps/intake/src/audit/audit-reader';
import { caseStreamIds, replayCase } from '../../apps/intake/src/audit/case-replay';
import { writeResult } from './results';

const { values } = parseArgs({ options: { events: { type: 'string', default: '200' }, runs: { type: 'string', default: '300' } } });
const EVENTS = Number(values.events);
const RUNS = Number(values.runs);
const TENANT = 'tuwaiq';
const CASE = randomUUID();
const SCHEMA = `bench_replay_${randomUUID().slice(0, 8)}`;

const envelope = (type: string, data: Record<string, unknown>): NewEvent => ({
  eventId: randomUUID(),
  type,
  version: 1,
  tenantId: TENANT,
  occurredAt: new Date().toISOString(),
  actor: { id: 'bench', role: 'service', channel: 'system' },
  correlationId: randomUUID(),
  causationId: null,
  data: { caseId: CASE, ...data },
});
const sealed = { enc: 'v2', keyId: `case:${CASE}`, iv: 'aXY', ct: 'Y3Q', tag: 'dGFn' };

/** A long-lived case: the application, its documents, the decisions, and many reads of the record. */
function caseEvents(): Array<[string, NewEvent]> {
  const s = (context: Parameters<typeof streamId>[0], aggregate: string) => streamId(context, aggregate, TENANT, CASE);
  const applicant = { fullName: sealed, nationalId: sealed, mobile: sealed, qualification: 'bachelor', employmentStatus: 'job-seeker' };
  const fixed: Array<[string, NewEvent]> = [
    [s('intake', 'application'), envelope('ApplicationDrafted', { applicant, serviceId: 'job-seeker-training' })],
    ...Array.from({ length: 4 }, (_, i): [string, NewEvent] => [
      s('intake', 'application'),
      envelope('DocumentAttached', { documentId: `d${i}`, documentType: 'cv', fileName: sealed, sha256: '0'.repeat(64) }),
    ]),
    [
      s('intake', 'application'),
      envelope('ApplicationSubmitted', { applicant, serviceId: 'job-seeker-training', policyVersion: 1, submittedAt: new Date().toISOString() }),
    ],
    [
      s('eligibility', 'assessment'),
      envelope('EligibilityAssessed', { outcome: 'eligible', criteria: [], inputs: { age: 25 }, policyVersion: 1, eligibilityPolicyVersion: 1 }),
    ],
    ...Array.from({ length: 4 }, (_, i): [string, NewEvent] => [
      s('eligibility', 'documents'),
      envelope('DocumentVerificationRequested', { documentId: `d${i}`, documentType: 'cv', role: 'services-officer', reason: 'attached' }),
    ]),
    [
      s('committee-review', 'review'),
      envelope('ReviewOpened', { serviceId: 'job-seeker-training', deadline: new Date().toISOString(), reviewWindow: { days: 7, counting: 'calendar' } }),
    ],
    [s('committee-review', 'delivery'), envelope('ServiceDeliveryOpened', { programme: 'x' })],
    [s('partner-allocation', 'demand'), envelope('ServiceDemandRecorded', { serviceId: 'job-seeker-training' })],
    [s('feedback', 'file'), envelope('FeedbackFileOpened', { serviceId: 'job-seeker-training' })],
  ];
  const reads = Array.from({ length: Math.max(0, EVENTS - fixed.length) }, (): [string, NewEvent] => [
    s('intake', 'record-reads'),
    envelope('BeneficiaryRecordRead', {
      readBy: 'staff',
      role: 'social-researcher',
      purpose: 'case-handling',
      resource: 'application',
      documentId: null,
      readAt: new Date().toISOString(),
    }),
  ]);
  return [...fixed, ...reads];
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];

async function main(): Promise<void> {
  const store = await createEventStoreFromEnv({ ...process.env, ATHAR_EVENT_STORE_SCHEMA: SCHEMA });
  try {
    for (const [stream, event] of caseEvents()) await store.appendToStream(stream, [event], 'any');
    const streams = caseStreamIds(TENANT, CASE);
    // The replay as the service does it (one read of the case's streams), and, interleaved in the same run
    // so that both meet the same load, the earlier way: one readStream per stream, each missing stream a
    // second query. The ratio between them is the figure to trust on a busy machine.
    const perStream = async () => {
      const stored: RecordedEvent[] = [];
      for (const stream of streams) stored.push(...(await store.readStream(stream).catch(() => [])));
      return stored;
    };
    const timings = { service: [] as number[], perStream: [] as number[], read: [] as number[], fold: [] as number[] };
    let count = 0;
    for (let run = 0; run < RUNS + 20; run++) {
      const started = performance.now();
      const stored = await readStreams(store, streams);
      const read = performance.now();
      const replay = replayCase(TENANT, CASE, upcastAll(redactPersonal(stored)), new Date());
      const took = performance.now() - started;
      const before = performance.now();
      replayCase(TENANT, CASE, upcastAll(redactPersonal(await perStream())), new Date());
      const old = performance.now() - before;
      count = replay.events.length;
      if (run < 20) continue; // the first 20 warm the pool and the JIT
      timings.service.push(took);
      timings.perStream.push(old);
      timings.read.push(read - started);
      timings.fold.push(took - (read - started));
    }
    const ms = (n: number) => `${n.toFixed(2)} ms`;
    const line = (values: number[]) => {
      const sorted = [...values].sort((a, b) => a - b);
      return `p50 ${ms(quantile(sorted, 0.5))}  p95 ${ms(quantile(sorted, 0.95))}  p99 ${ms(quantile(sorted, 0.99))}  max ${ms(sorted[sorted.length - 1])}`;
    };
    const p99 = (values: number[]) =>
      quantile(
        [...values].sort((a, b) => a - b),
        0.99,
      );
    const p50 = (values: number[]) =>
      quantile(
        [...values].sort((a, b) => a - b),
        0.5,
      );
    const printed: string[] = [];
    const say = (text: string) => {
      printed.push(text);
      console.log(text);
    };
    say(`replay of a case of ${count} events in 8 streams, ${RUNS} runs (PostgreSQL event store, redacted):`);
    say(`  replay (one read):      ${line(timings.service)}`);
    say(`    of which the read:    ${line(timings.read)}`);
    say(`    of which the fold:    ${line(timings.fold)}`);
    say(`  a read per stream:      ${line(timings.perStream)}`);
    say(
      `  one read / per stream:  p50 ${(p50(timings.service) / p50(timings.perStream)).toFixed(2)}  p99 ${(p99(timings.service) / p99(timings.perStream)).toFixed(2)}`,
    );
    say(`  target p99 < 20 ms: ${p99(timings.service) < 20 ? 'met' : 'NOT met'}`);
    writeResult('replay', { events: count, runs: RUNS, p50Ms: p50(timings.service), p99Ms: p99(timings.service), lines: printed });
  } finally {
    await store.close();
    const owner = schemaOwnerFromEnv();
    await owner.pool.query(`DROP SCHEMA IF EXISTS "${SCHEMA}" CASCADE`);
    await owner.pool.end();
  }
}

void main();
