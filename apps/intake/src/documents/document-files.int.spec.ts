import { createHash, randomBytes, randomUUID } from 'node:crypto';
import mongoose from 'mongoose';
import { Pool } from 'pg';
import { PersonalDataProtector, PostgresDataKeyStore, TenantKeyring } from '@athar/personal-data';
import { DocumentFiles, ERASED_FILE } from './document-files';

/**
 * Document files sealed with the case's data key before GridFS sees them (ADR 0013, amended), on the
 * real FerretDB and PostgreSQL: the raw chunks (what a backup copies) never hold the plaintext.
 */
describe('DocumentFiles (sealed in GridFS with the case key)', () => {
  const name = `it_docs_${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
  const pool = new Pool({ connectionString: process.env.ATHAR_PG_URL ?? 'postgres://athar:athar@127.0.0.1:15432/athar', max: 2 });
  const keys = new PostgresDataKeyStore(pool, `${name}_personal_data`);
  const protector = new PersonalDataProtector(keys, TenantKeyring.fromEnv({}));
  let connection: mongoose.Connection;
  let files: DocumentFiles;
  const marker = `MARKER-${randomUUID()}`;
  // A PDF of about 1 MB (several 255 kB GridFS chunks) with a marker in its first and last chunk.
  const pdf = Buffer.concat([Buffer.from(`%PDF-1.7\n% ${marker} هوية وطنية\n`), randomBytes(1_000_000), Buffer.from(`\n% ${marker}\n%%EOF\n`)]);
  const sha256 = createHash('sha256').update(pdf).digest('hex');

  /** Every byte GridFS holds for the file, as stored: its chunks in order. */
  const rawBytes = async (id: string): Promise<Buffer> => {
    const chunks = await connection
      .db!.collection('documents.chunks')
      .find({ files_id: new mongoose.Types.ObjectId(id) })
      .sort({ n: 1 })
      .toArray();
    return Buffer.concat(chunks.map((c) => Buffer.from((c.data as { buffer: Uint8Array }).buffer)));
  };
  const allRawChunks = async (): Promise<Buffer> => {
    const chunks = await connection.db!.collection('documents.chunks').find({}).toArray();
    return Buffer.concat(chunks.map((c) => Buffer.from((c.data as { buffer: Uint8Array }).buffer)));
  };

  beforeAll(async () => {
    await keys.ensureSchema();
    connection = await mongoose.createConnection(`${process.env.ATHAR_MONGO_URL ?? 'mongodb://127.0.0.1:27017'}/${name}`).asPromise();
    files = new DocumentFiles(connection, protector);
  });
  afterAll(async () => {
    await connection?.dropDatabase();
    await connection?.close();
    await pool.query(`DROP SCHEMA IF EXISTS "${name}_personal_data" CASCADE`);
    await pool.end();
  });

  it('stores only ciphertext, gives back the original bytes, and after erasure neither the download nor a backup copy opens', async () => {
    const caseId = randomUUID();
    const id = await files.save(pdf, { tenantId: 'awj', caseId, sha256, contentType: 'application/pdf' });
    const raw = await rawBytes(id);
    expect(raw.length).toBe(pdf.length + 1 + 12 + 16);
    expect(raw.includes(Buffer.from(marker))).toBe(false);
    expect(raw.includes(Buffer.from('%PDF'))).toBe(false);
    expect(raw.includes(Buffer.from('هوية وطنية'))).toBe(false);

    const read = await files.read(id, 'awj', caseId);
    expect(read).not.toBe(ERASED_FILE);
    expect(read).not.toBeNull();
    const { content, contentType } = read as { content: Buffer; contentType: string };
    expect(content.equals(pdf)).toBe(true);
    expect(createHash('sha256').update(content).digest('hex')).toBe(sha256); // the hash the API reports is the plaintext's
    expect(contentType).toBe('application/pdf');
    expect(await files.read(id, 'awj', randomUUID())).toBeNull(); // another case: as if missing
    expect(await files.read(id, 'tuwaiq', caseId)).toBeNull(); // another tenant: as if missing

    // A backup taken before the erasure: the stored bytes and the file document.
    const backup = {
      chunks: await connection
        .db!.collection('documents.chunks')
        .find({ files_id: new mongoose.Types.ObjectId(id) })
        .toArray(),
      file: await connection.db!.collection('documents.files').findOne({ _id: new mongoose.Types.ObjectId(id) }),
    };

    expect(await protector.erase('awj', caseId)).toBe(true);
    const { rows } = await pool.query(`SELECT wrapped, erased_at FROM "${name}_personal_data".data_keys WHERE tenant_id = 'awj' AND key_id = $1`, [
      `case:${caseId}`,
    ]);
    expect(rows).toEqual([{ wrapped: null, erased_at: expect.any(Date) }]);
    expect(await files.read(id, 'awj', caseId)).toBe(ERASED_FILE); // refused even before the file is deleted
    expect(await files.removeCase('awj', caseId)).toBe(1);
    expect(await files.read(id, 'awj', caseId)).toBeNull();

    // The backup restored after the erasure: still only ciphertext, and it does not open.
    await connection.db!.collection('documents.files').insertOne(backup.file!);
    await connection.db!.collection('documents.chunks').insertMany(backup.chunks);
    expect((await rawBytes(id)).includes(Buffer.from(marker))).toBe(false);
    expect(await files.read(id, 'awj', caseId)).toBe(ERASED_FILE);
    expect((await allRawChunks()).includes(Buffer.from(marker))).toBe(false);
  });

  it('refuses a file whose stored bytes were swapped for another case file (authenticated context)', async () => {
    const caseId = randomUUID();
    const a = await files.save(pdf, { tenantId: 'awj', caseId, sha256, contentType: 'application/pdf' });
    const other = Buffer.from(`%PDF-1.7\n${marker}-other\n%%EOF\n`);
    const b = await files.save(other, { tenantId: 'awj', caseId, sha256: createHash('sha256').update(other).digest('hex'), contentType: 'application/pdf' });
    const chunksOfB = await connection
      .db!.collection('documents.chunks')
      .find({ files_id: new mongoose.Types.ObjectId(b) })
      .toArray();
    await connection.db!.collection('documents.chunks').deleteMany({ files_id: new mongoose.Types.ObjectId(a) });
    await connection
      .db!.collection('documents.chunks')
      .insertMany(chunksOfB.map(({ _id: _drop, ...c }) => ({ ...c, files_id: new mongoose.Types.ObjectId(a) })));
    await connection
      .db!.collection('documents.files')
      .updateOne(
        { _id: new mongoose.Types.ObjectId(a) },
        { $set: { length: chunksOfB.reduce((n, c) => n + (c.data as { buffer: Uint8Array }).buffer.length, 0) } },
      );
    await expect(files.read(a, 'awj', caseId)).rejects.toThrow(/Cannot decrypt a file of case:/);
  });

  it('still serves a file stored in clear before files were sealed', async () => {
    const caseId = randomUUID();
    const old = Buffer.from(`%PDF-1.4\n${marker}-legacy\n%%EOF\n`);
    const { GridFSBucket } = await import('mongodb');
    const upload = new GridFSBucket(connection.db!, { bucketName: 'documents' }).openUploadStream('legacy', {
      metadata: { tenantId: 'awj', caseId, sha256: 'x', contentType: 'application/pdf' },
    });
    await new Promise<void>((resolve, reject) =>
      upload
        .on('finish', () => resolve())
        .on('error', reject)
        .end(old),
    );
    const read = (await files.read(String(upload.id), 'awj', caseId)) as { content: Buffer };
    expect(read.content.equals(old)).toBe(true);
  });
});
