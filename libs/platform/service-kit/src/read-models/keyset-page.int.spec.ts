import { randomUUID } from 'node:crypto';
import mongoose, { Schema, type Connection, type Model } from 'mongoose';
import { keysetPage, type SortKey } from './keyset-page';

interface Row {
  _id: string;
  tenantId: string;
  status: 'open' | 'done';
  dueBy: Date | null;
  openedAt: Date;
}

const SORT: readonly SortKey[] = [
  { field: 'dueBy', direction: 1, kind: 'date', nullable: true },
  { field: 'openedAt', direction: 1, kind: 'date' },
  { field: '_id', direction: 1, kind: 'string' },
];

/**
 * The helper on the real FerretDB: null keys, ties on every key but the last, rows closing and rows
 * added while someone pages. Nothing open is skipped, nothing is seen twice (docs/adr/0029).
 */
describe('keysetPage on FerretDB (docs/adr/0029)', () => {
  let connection: Connection;
  let rows: Model<Row>;
  const filter = { tenantId: 't', status: 'open' };

  beforeAll(async () => {
    connection = await mongoose
      .createConnection(`${process.env.ATHAR_MONGO_URL ?? 'mongodb://127.0.0.1:27017'}/it_keyset_${randomUUID().slice(0, 8)}`)
      .asPromise();
    rows = connection.model<Row>(
      'Row',
      new Schema<Row>({ _id: String, tenantId: String, status: String, dueBy: { type: Date, default: null }, openedAt: Date }, { versionKey: false }),
    );
  });

  afterAll(async () => {
    await connection?.dropDatabase();
    await connection?.close();
  });

  async function seed(count: number): Promise<string[]> {
    const day = (n: number) => new Date(Date.UTC(2026, 0, 1 + n));
    const docs = Array.from({ length: count }, (_, i) => ({
      _id: `r${String(i).padStart(3, '0')}`,
      tenantId: 't',
      status: 'open' as const,
      // a third without a due date, the rest sharing three due dates; opened on two days: many ties
      dueBy: i % 3 === 0 ? null : day(10 + (i % 3)),
      openedAt: day(i % 2),
    }));
    await rows.insertMany(docs);
    await rows.create({ _id: 'other-tenant', tenantId: 'u', status: 'open', dueBy: null, openedAt: day(0) });
    const sorted = await rows.find(filter).sort({ dueBy: 1, openedAt: 1, _id: 1 }).lean().exec();
    return sorted.map((r) => r._id);
  }

  it('walks every row exactly once, in order, while rows close and others are added', async () => {
    const order = await seed(23);
    const seen: string[] = [];
    const closedUnseen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await keysetPage(rows, { list: 'rows', filter, sort: SORT, limit: 5, cursor, filters: {} });
      if (pages === 0) expect(page.total).toBe(23);
      seen.push(...page.rows.map((r) => r._id));
      cursor = page.nextCursor ?? undefined;
      pages += 1;
      if (pages === 1) {
        // two rows already read and two not yet read close; one row is added after the cursor, one before it
        const ahead = order.filter((id) => !seen.includes(id)).slice(0, 2);
        closedUnseen.push(...ahead);
        await rows.updateMany({ _id: { $in: [...page.rows.slice(0, 2).map((r) => r._id), ...ahead] } }, { $set: { status: 'done' } }).exec();
        await rows.create({ _id: 'z-late', tenantId: 't', status: 'open', dueBy: new Date(Date.UTC(2027, 0, 1)), openedAt: new Date() });
        await rows.create({ _id: 'a-early', tenantId: 't', status: 'open', dueBy: null, openedAt: new Date(Date.UTC(2025, 0, 1)) });
      }
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    const expected = [...order.filter((id) => !closedUnseen.includes(id)), 'z-late'];
    expect(seen).toEqual(expected);
    expect(seen).not.toContain('other-tenant');
  });
});
