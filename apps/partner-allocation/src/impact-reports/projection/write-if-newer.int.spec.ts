import { randomUUID } from 'node:crypto';
import mongoose, { Schema, type Model } from 'mongoose';
import { writeIfNewer } from './write-if-newer';

interface Row {
  _id: string;
  status: string;
  version: number;
}

/** The impact report queue's rows on the real FerretDB: a newer rebuild never loses to an older one. */
describe('impact report rows: the newer version wins a race on a row not there yet', () => {
  const database = `it_report_rows_${randomUUID().slice(0, 8)}`;
  let connection: mongoose.Connection;
  let rows: Model<Row>;

  beforeAll(async () => {
    connection = await mongoose.createConnection(`${process.env.ATHAR_MONGO_URL ?? 'mongodb://127.0.0.1:27017'}/${database}`).asPromise();
    rows = connection.model<Row>('Row', new Schema<Row>({ _id: String, status: String, version: Number }, { versionKey: false }), 'rows');
  });
  afterAll(async () => {
    await connection?.dropDatabase();
    await connection?.close();
  });

  it('an older rebuild that inserts between the newer one’s update and insert does not keep the row', async () => {
    const id = `tuwaiq:${randomUUID()}`;
    // The newer rebuild (version 7, overdue) finds no row; before it inserts, the older one (version 6, due) inserts.
    let raced = false;
    const updateOne = (filter: unknown, update: unknown) => {
      const query = rows.updateOne(filter as never, update as never);
      const exec = query.exec.bind(query);
      query.exec = (async () => {
        const result = await exec();
        if (!raced) {
          raced = true;
          await writeIfNewer(rows, id, 6, { status: 'due' });
        }
        return result;
      }) as never;
      return query;
    };
    const racing = { updateOne, create: (doc: Row) => rows.create(doc) } as unknown as Model<Row>;
    await writeIfNewer(racing, id, 7, { status: 'overdue' });
    expect(await rows.findById(id).lean().exec()).toEqual({ _id: id, status: 'overdue', version: 7 });
    // and an older write afterwards changes nothing
    await writeIfNewer(rows, id, 5, { status: 'due' });
    expect(await rows.findById(id).lean().exec()).toMatchObject({ status: 'overdue', version: 7 });
  });
});
