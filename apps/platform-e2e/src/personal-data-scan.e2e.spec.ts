import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { Kafka, logLevel } from 'kafkajs';
import { MongoClient } from 'mongodb';
import { Pool } from 'pg';
import { eligibilityTaskQueue, committeeReviewTaskQueue } from '@athar/workflows';
import { applicationBody, eventually, newNationalId, PlatformUnderTest } from './platform-under-test';

jest.setTimeout(240_000);

const PG_URL = process.env.ATHAR_PG_URL ?? 'postgres://athar:athar@127.0.0.1:15432/athar';
const MONGO_URL = process.env.ATHAR_MONGO_URL ?? 'mongodb://127.0.0.1:27017';
const KAFKA_BROKERS = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');
const TEMPORAL_ADDRESS = process.env.TEMPORAL_ADDRESS ?? '127.0.0.1:7233';

/** Bytes of any kind as text, so a personal value is found whether stored as JSON, BSON binary or a Kafka buffer. */
function asText(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v instanceof Uint8Array) return Buffer.from(v).toString('utf8');
    if (v && typeof v === 'object' && 'buffer' in v && (v as { _bsontype?: string })._bsontype === 'Binary') {
      return Buffer.from((v as { buffer: Uint8Array }).buffer).toString('utf8');
    }
    return v;
  });
}

/** Which of `secrets` occur in `text`, labelled by where it was found. */
const hits = (where: string, text: string, secrets: readonly string[]) => secrets.filter((s) => text.includes(s)).map((s) => `${where}: ${s}`);

/**
 * The raw scan the privacy controls promise (docs/security.md, docs/adr/0013): a person's name, national
 * ID, mobile number and document file name, after they went through intake, eligibility, the committee's
 * timeline, an inquiry and a referral, are found in clear in NO store the platform writes: events,
 * read models and GridFS files, the notification outbox, idempotency records, the services' logs,
 * Kafka topics and Temporal workflow histories. Logs, topics and histories cannot be erased later, so
 * they must never hold a personal value; the scan runs before and after the person is erased.
 */
describe('no personal value in clear in any store, before and after erasure (Tuwaiq 5-4)', () => {
  const platform = PlatformUnderTest.current();
  const pool = new Pool({ connectionString: PG_URL, max: 2 });
  const mongo = new MongoClient(MONGO_URL);
  const kafka = new Kafka({ clientId: `${platform.instance}-scan`, brokers: KAFKA_BROKERS, logLevel: logLevel.NOTHING });
  const marker = Math.floor(Math.random() * 1e4)
    .toString()
    .padStart(4, '0');
  const fullName = `بدور ماجد الحربي ${['أ', 'ب', 'ج', 'د'][Number(marker[0]) % 4]}`;
  const nationalId = newNationalId();
  const mobile = `059${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`;
  const fileName = `جواز بدور الحربي ${marker}.pdf`;
  /** Her email (docs/adr/0025): sealed like the mobile, emailed to by Madinah, which offers email. */
  const email = `badour.alharbi.${marker}${Date.now().toString(36)}@example.org`;
  const inquirer = { name: 'مشاعل ضيف الله العصيمي', mobile: `058${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}` };
  const referred = { fullName: 'هتان سعود البقمي', nationalId: newNationalId(), mobile: `057${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}` };
  /** Every personal value of the scenario: the mobile numbers without their leading 0 (stored as +9665…). */
  const secrets = [
    fullName,
    nationalId,
    mobile.slice(1),
    email,
    fileName,
    'جواز بدور',
    inquirer.name,
    inquirer.mobile.slice(1),
    referred.fullName,
    referred.nationalId,
    referred.mobile.slice(1),
  ];
  let officer: string;
  let caseId: string;

  const call = (path: string, token: string, init: RequestInit = {}) =>
    fetch(`${platform.url('intake')}${path}`, {
      ...init,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...(init.headers ?? {}) },
    });

  async function scanPostgres(): Promise<string[]> {
    const found: string[] = [];
    const { rows: tables } = await pool.query<{ schema: string; name: string }>(
      `SELECT table_schema AS schema, table_name AS name FROM information_schema.tables WHERE table_schema LIKE $1 AND table_type = 'BASE TABLE'`,
      [`${platform.instance}\\_%`],
    );
    expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(['events', 'outbox', 'idempotency_records', 'pending_requests']));
    for (const { schema, name } of tables) {
      const { rows } = await pool.query<{ row: string }>(`SELECT row_to_json(t)::text AS row FROM "${schema}"."${name}" t`);
      found.push(...hits(`postgres ${schema}.${name}`, rows.map((r) => r.row).join('\n'), secrets));
    }
    return found;
  }

  async function scanMongo(): Promise<string[]> {
    const found: string[] = [];
    const { databases } = await mongo.db().admin().listDatabases();
    const ours = databases.filter((d) => d.name.startsWith(`${platform.instance}_`));
    expect(ours.length).toBeGreaterThan(0);
    for (const { name } of ours) {
      for (const collection of await mongo.db(name).listCollections().toArray()) {
        const text = asText(await mongo.db(name).collection(collection.name).find({}).toArray());
        found.push(...hits(`mongo ${name}.${collection.name}`, text, secrets));
      }
    }
    return found;
  }

  function scanLogs(): string[] {
    const files = readdirSync(platform.logDir);
    expect(files.length).toBeGreaterThan(0);
    return files.flatMap((file) => hits(`log ${file}`, readFileSync(join(platform.logDir, file), 'utf8'), secrets));
  }

  async function scanKafka(): Promise<string[]> {
    const admin = kafka.admin();
    await admin.connect();
    const topics = (await admin.listTopics()).filter((t) => t.startsWith(`${platform.instance}.`));
    const ends = new Map<string, number>();
    for (const topic of topics) {
      for (const p of await admin.fetchTopicOffsets(topic)) if (Number(p.high) > 0) ends.set(`${topic}/${p.partition}`, Number(p.high));
    }
    await admin.disconnect();
    expect(ends.size).toBeGreaterThan(0);
    const consumer = kafka.consumer({ groupId: `${platform.instance}.scan.${Date.now()}`, maxWaitTimeInMs: 200 });
    const texts: string[] = [];
    const remaining = new Set(ends.keys());
    await consumer.connect();
    await consumer.subscribe({ topics, fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ topic, partition, message }) => {
        texts.push(asText({ key: message.key, value: message.value, headers: message.headers }));
        if (Number(message.offset) + 1 >= (ends.get(`${topic}/${partition}`) ?? 0)) remaining.delete(`${topic}/${partition}`);
      },
    });
    await eventually(async () => (remaining.size === 0 ? true : undefined), 60_000);
    await consumer.disconnect();
    return hits(`kafka ${topics.join(',')}`, texts.join('\n'), secrets);
  }

  async function scanTemporal(): Promise<string[]> {
    const connection = await Connection.connect({ address: TEMPORAL_ADDRESS });
    try {
      const client = new Client({ connection, namespace: process.env.TEMPORAL_NAMESPACE ?? 'default' });
      const queues = [committeeReviewTaskQueue(platform.instance), eligibilityTaskQueue(platform.instance)].map((q) => `"${q}"`).join(', ');
      const found: string[] = [];
      let histories = 0;
      for await (const workflow of client.workflow.list({ query: `TaskQueue IN (${queues})` })) {
        const history = await client.workflow.getHandle(workflow.workflowId, workflow.runId).fetchHistory();
        histories += 1;
        found.push(...hits(`temporal ${workflow.workflowId}`, asText(history), secrets));
      }
      expect(histories).toBeGreaterThan(0);
      return found;
    } finally {
      await connection.close();
    }
  }

  const scanEverything = async () => [...(await scanPostgres()), ...(await scanMongo()), ...scanLogs(), ...(await scanKafka()), ...(await scanTemporal())];

  beforeAll(async () => {
    await mongo.connect();
    officer = await platform.token('awj', ['relations-officer']);
    const body = applicationBody('member-service', 'website', fullName);
    const created = await call('/applications', officer, {
      method: 'POST',
      headers: { 'idempotency-key': `scan-${marker}-${Date.now()}` },
      body: JSON.stringify({ ...body, applicant: { fullName, nationalId, mobile, email } }),
    });
    expect(created.status).toBe(201);
    caseId = ((await created.json()) as { caseId: string }).caseId;
    // She writes to Madinah by email too: answered by email, so the outbox and the SMTP path carry her address.
    const madinah = await call('/applications', await platform.token('environment-madinah', ['relations-officer']), {
      method: 'POST',
      body: JSON.stringify({ ...applicationBody('programmes-and-activities', 'email', fullName), applicant: { fullName, nationalId, mobile, email } }),
    });
    expect(madinah.status).toBe(201);
    await eventually(async () => ((await platform.mailTo(email)).length > 0 ? true : undefined), 60_000);

    // A refused request carrying personal values: its answer and log line must not echo them.
    const refused = await call('/applications', officer, {
      method: 'POST',
      body: JSON.stringify({ ...body, applicant: { fullName, nationalId: `${nationalId.slice(0, 9)}x`, mobile } }),
    });
    expect(refused.status).toBe(422);

    const form = new FormData();
    form.append('documentType', 'national-id');
    form.append('file', new Blob([Buffer.from(`%PDF-1.7\n% ${fullName}\n%%EOF\n`)], { type: 'application/pdf' }), fileName);
    const attached = await fetch(`${platform.url('intake')}/applications/${caseId}/documents`, {
      method: 'POST',
      headers: { authorization: `Bearer ${officer}`, 'idempotency-key': `scan-doc-${marker}-${Date.now()}` },
      body: form,
    });
    expect(attached.status).toBe(201);

    expect((await call(`/applications/${caseId}?purpose=case-handling`, officer)).status).toBe(200);
    const inquiry = await call('/inquiries', officer, {
      method: 'POST',
      body: JSON.stringify({ channel: 'phone', question: 'متى يبدأ البرنامج؟', contact: inquirer }),
    });
    expect(inquiry.status).toBe(201);
    // Answered: the answer goes to the inquirer's phone, sealed in the outbox with the inquiry's key.
    const researcher = await platform.token('awj', ['social-researcher']);
    const { inquiryId } = (await inquiry.json()) as { inquiryId: string };
    expect(
      (
        await call(`/inquiries/${inquiryId}/answer`, researcher, {
          method: 'POST',
          headers: { 'if-match': '"0"' },
          body: JSON.stringify({ answer: 'في بداية الشهر القادم.' }),
        })
      ).status,
    ).toBe(200);
    expect((await call(`/inquiries/${inquiryId}/contact?purpose=case-handling`, researcher)).status).toBe(200);
    const referral = await call('/referrals', officer, {
      method: 'POST',
      body: JSON.stringify({
        target: { kind: 'tenant', tenantId: 'quwayiyah' },
        requestedService: 'استشارة',
        reason: 'خارج الاختصاص',
        applicant: referred,
        consentedFields: ['fullName', 'nationalId'],
      }),
    });
    expect(referral.status).toBe(201);

    // Staff look for what was sent to her number: the number travels in a body, never in a URL.
    const auditor = await platform.token('awj', ['auditor']);
    const search = await call('/notifications/outbox/search', auditor, { method: 'POST', body: JSON.stringify({ recipient: `+966${mobile.slice(1)}` }) });
    expect(search.status).toBe(200);
    expect(((await search.json()) as { items: unknown[] }).items.length).toBeGreaterThan(0);
    // The inquirer and the referred person were told on their phones (so the outbox holds their messages, sealed).
    for (const phone of [inquirer.mobile, referred.mobile]) {
      await eventually(async () => {
        const told = await call('/notifications/outbox/search', auditor, { method: 'POST', body: JSON.stringify({ recipient: `+966${phone.slice(1)}` }) });
        return ((await told.json()) as { items: unknown[] }).items.length > 0 ? true : undefined;
      });
    }
    // A caller who puts the number in a URL anyway is refused or ignored, and the URL is logged without it.
    expect((await call(`/notifications/outbox?recipient=%2B966${mobile.slice(1)}&limit=5`, auditor)).status).toBeLessThan(500);

    // The case went through eligibility to the committee, whose timeline runs in Temporal.
    const committee = await platform.token('awj', ['committee-member']);
    await eventually(async () => {
      const response = await fetch(`${platform.url('committee-review')}/reviews/${caseId}`, { headers: { authorization: `Bearer ${committee}` } });
      return response.status === 200 ? true : undefined;
    }, 90_000);
  });

  afterAll(async () => {
    await pool.end();
    await mongo.close();
  });

  it('finds no name, national ID, mobile, email or file name in events, read models, files, outbox, idempotency records, logs, topics or workflow histories', async () => {
    expect(await scanEverything()).toEqual([]);
  });

  it('finds none after the person is erased either, while the case is still found', async () => {
    const admin = await platform.token('awj', ['tenant-admin']);
    const erased = await call('/beneficiaries/personal-data/erasure', admin, {
      method: 'POST',
      body: JSON.stringify({ nationalId, reason: 'beneficiary-request' }),
    });
    expect(erased.status).toBe(200);
    expect(((await erased.json()) as { cases: Array<{ caseId: string }> }).cases.map((c) => c.caseId)).toContain(caseId);
    const madinahAdmin = await platform.token('environment-madinah', ['tenant-admin']);
    const erasedThere = await fetch(`${platform.url('intake')}/beneficiaries/personal-data/erasure`, {
      method: 'POST',
      headers: { authorization: `Bearer ${madinahAdmin}`, 'content-type': 'application/json' },
      body: JSON.stringify({ nationalId, reason: 'beneficiary-request' }),
    });
    expect(erasedThere.status).toBe(200);
    expect(await scanEverything()).toEqual([]);
  });
});
