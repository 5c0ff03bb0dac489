/**
 * What tracing costs on the write path (docs/adr/0046): appends to a throwaway PostgreSQL event store,
 * in rounds alternating tracing off (no provider: the API's no-op spans) and on (spans exported over
 * OTLP/HTTP to a loopback receiver that discards them). Prints the median append time of each.
 *
 *   npm run bench:tracing                  # 5 rounds of 200 appends each way
 *   npm run bench:tracing -- --appends 500
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { context, SpanKind, trace } from '@opentelemetry/api';
import { PostgresEventStore } from '@athar/event-store';
import { sampleEvent } from '@athar/event-store/testing';
import { startTracing, stopTracing } from '@athar/service-kit';

const arg = (name: string, fallback: number): number => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const APPENDS = arg('appends', 200);
const ROUNDS = arg('rounds', 5);

async function appendLoop(store: PostgresEventStore): Promise<number[]> {
  const tracer = trace.getTracer('bench');
  const times: number[] = [];
  for (let i = 0; i < APPENDS; i += 1) {
    const started = process.hrtime.bigint();
    const request = tracer.startSpan('POST /applications', { kind: SpanKind.SERVER });
    await context.with(trace.setSpan(context.active(), request), () =>
      store.appendToStream(`intake-bench-${randomUUID()}`, [sampleEvent('awj', { caseId: randomUUID() }, 'CaseNoted')], 'no_stream'),
    );
    request.end();
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return times;
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main(): Promise<void> {
  const sink = createServer((req, res) => {
    req.resume();
    req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end('{}'));
  });
  await new Promise<void>((resolve) => sink.listen(0, '127.0.0.1', resolve));
  const endpoint = `http://127.0.0.1:${(sink.address() as AddressInfo).port}`;
  const schema = `bench_tracing_${randomUUID().slice(0, 8)}`;
  const store = new PostgresEventStore({ connectionString: process.env.ATHAR_PG_URL ?? 'postgres://athar:athar@127.0.0.1:15432/athar', schema });
  await store.ensureSchema();
  const off: number[] = [];
  const on: number[] = [];
  try {
    await appendLoop(store); // warm-up
    for (let round = 0; round < ROUNDS; round += 1) {
      const offRound = await appendLoop(store);
      startTracing('bench', { OTEL_EXPORTER_OTLP_ENDPOINT: endpoint });
      const onRound = await appendLoop(store);
      await stopTracing();
      console.log(`round ${round + 1}: off ${median(offRound).toFixed(2)} ms, on ${median(onRound).toFixed(2)} ms`);
      off.push(...offRound);
      on.push(...onRound);
    }
  } finally {
    await store.dropSchema();
    await store.close();
    sink.close();
  }
  console.log(`appends: ${off.length} each way`);
  console.log(`tracing off: median ${median(off).toFixed(2)} ms`);
  console.log(`tracing on:  median ${median(on).toFixed(2)} ms`);
}

void main();
