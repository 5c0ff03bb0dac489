/**
 * How long a page of a queue takes on FerretDB with ~1,900 open committee reviews (docs/adr/0029).
 * Bounded: it seeds one throw-away database (dropped at the end), walks the queue a fixed number of
 * times and prints the figures; it asserts nothing, so a busy machine never fails a build with it.
 *
 *   npm run bench:queues                      # 1,900 open reviews, 3,000 decided, 500 in another tenant
 *   npm run bench:queues -- --open 5000       # another size
 *
 * The collection has the committee queue's fields, indexes and sort (deadline, case id) and the rows
 * are about as large as real ones (eligibility criteria, votes, verified documents).
 */
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import mongoose, { Schema } from 'mongoose';
import { keysetPage, type SortKey } from '@athar/service-kit';

const { values } = parseArgs({
  options: {
    open: { type: 'string', default: '1900' },
    decided: { type: 'string', default: '3000' },
    other: { type: 'string', default: '500' },
    runs: { type: 'string', default: '3' },
  },
});
const OPEN = Number(values.open);
const DECIDED = Number(values.decided);
const OTHER = Number(values.other);
const RUNS = Number(values.runs);
const OPEN_STAGES = ['under-review', 'at-risk', 'deadline-breached'];
const SORT: readonly SortKey[] = [
  { field: 'deadline', direction: 1, kind: 'date', nullable: true },
  { field: 'caseId', direction: 1, kind: 'string' },
];

interface Row {
  _id: string;
  tenantId: string;
  caseId: string;
  serviceId: string;
  committeeId: string;
  round: number;
  stage: string;
  deadline: Date;
  votes: object[];
  eligibility: object;
  verifiedDocuments: object[];
}

const schema = new Schema<Row>(
  {
    _id: String,
    tenantId: String,
    caseId: String,
    serviceId: String,
    committeeId: String,
    round: Number,
    stage: String,
    deadline: Date,
    votes: [Object],
    eligibility: Object,
    verifiedDocuments: [Object],
  },
  { versionKey: false, collection: 'committee_queue' },
);
schema.index({ tenantId: 1, stage: 1, deadline: 1 });
schema.index({ tenantId: 1, deadline: 1, caseId: 1 });

function row(tenantId: string, stage: string, i: number) {
  const caseId = randomUUID();
  return {
    _id: `${tenantId}:${caseId}`,
    tenantId,
    caseId,
    serviceId: i % 2 ? 'member-service' : 'family-support',
    committeeId: 'research-committee',
    round: 1,
    stage,
    // deadlines spread over 60 days, many on the same instant (working-day deadlines end the day)
    deadline: new Date(Date.UTC(2026, 0, 1 + (i % 60), 21)),
    votes: [{ memberId: 'member-1', role: 'member', vote: 'accept', reasonId: 'meets-conditions' }],
    eligibility: {
      outcome: 'eligible',
      policyVersion: 3,
      assessedAt: new Date().toISOString(),
      criteria: Array.from({ length: 4 }, (_, c) => ({
        criterionId: `criterion-${c}`,
        met: true,
        reason: { ar: 'الشرط مستوفى حسب البيانات المقدمة', en: 'The condition is met by the data given' },
      })),
    },
    verifiedDocuments: Array.from({ length: 3 }, (_, d) => ({
      documentId: randomUUID(),
      documentType: `doc-${d}`,
      method: 'government-platform',
      verifiedAt: new Date().toISOString(),
    })),
  };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const ms = (n: number) => `${n.toFixed(1)} ms`;

async function main(): Promise<void> {
  const url = `${process.env.ATHAR_MONGO_URL ?? 'mongodb://127.0.0.1:27017'}/bench_queues_${randomUUID().slice(0, 8)}`;
  const connection = await mongoose.createConnection(url).asPromise();
  try {
    const model = connection.model<Row>('BenchQueue', schema);
    await model.syncIndexes();
    const seedStarted = performance.now();
    const rows = [
      ...Array.from({ length: OPEN }, (_, i) => row('bench', OPEN_STAGES[i % 10 === 0 ? 1 : i % 25 === 0 ? 2 : 0], i)),
      ...Array.from({ length: DECIDED }, (_, i) => row('bench', i % 2 ? 'accepted' : 'rejected', i)),
      ...Array.from({ length: OTHER }, (_, i) => row('other-tenant', 'under-review', i)),
    ];
    for (let i = 0; i < rows.length; i += 500) await model.insertMany(rows.slice(i, i + 500), { ordered: false });
    console.log(`seeded ${OPEN} open reviews, ${DECIDED} decided, ${OTHER} of another tenant in ${ms(performance.now() - seedStarted)}`);

    const filter = { tenantId: 'bench', stage: { $in: OPEN_STAGES } };
    for (const limit of [50, 200]) {
      const perPage: number[] = [];
      const walks: number[] = [];
      let seen = 0;
      for (let run = 0; run < RUNS; run += 1) {
        const walkStarted = performance.now();
        const ids = new Set<string>();
        let cursor: string | undefined;
        do {
          const started = performance.now();
          const page = await keysetPage(model, { list: 'bench', filter, sort: SORT, limit, cursor, filters: {} });
          perPage.push(performance.now() - started);
          for (const r of page.rows) ids.add(r.caseId);
          if (page.total !== OPEN) throw new Error(`total ${page.total}, expected ${OPEN}`);
          cursor = page.nextCursor ?? undefined;
        } while (cursor);
        walks.push(performance.now() - walkStarted);
        seen = ids.size;
      }
      if (seen !== OPEN) throw new Error(`walked ${seen} distinct cases, expected ${OPEN}`);
      const sorted = [...perPage].sort((a, b) => a - b);
      console.log(
        `limit ${limit}: ${perPage.length / RUNS} pages a walk, every case once (${seen}); page p50 ${ms(percentile(sorted, 50))}, p95 ${ms(percentile(sorted, 95))}, max ${ms(sorted[sorted.length - 1])}; whole walk ${walks.map(ms).join(' / ')}`,
      );
    }
    const atRisk = { tenantId: 'bench', stage: 'at-risk' };
    const started = performance.now();
    const page = await keysetPage(model, { list: 'bench', filter: atRisk, sort: SORT, limit: 50, filters: { stage: 'at-risk' } });
    console.log(`at-risk filter: first page of ${page.rows.length} of ${page.total} in ${ms(performance.now() - started)}`);
  } finally {
    await connection.dropDatabase();
    await connection.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
