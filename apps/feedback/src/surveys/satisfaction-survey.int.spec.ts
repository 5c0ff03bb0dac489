import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import mongoose, { type Model } from 'mongoose';
import { Pool } from 'pg';
import { caseDataKeyId, DomainError, ERASED, streamId, type PendingEvent, type RecordedEvent } from '@athar/contracts';
import { PostgresEventStore } from '@athar/event-store';
import { ChannelNotifier, PostgresOutbox } from '@athar/notifier';
import { outboxSealer, PersonalDataProtector, PostgresDataKeyStore, TenantKeyring } from '@athar/personal-data';
import { AggregateCommands, EventHandlers, EventWriter } from '@athar/service-kit';
import { ensureSearchAttributes, type TemporalRuntime } from '@athar/temporal-kit';
import { loadTenantPolicies, TenantRegistry } from '@athar/tenancy';
import { feedbackTaskQueue, REVIEW_SEARCH_ATTRIBUTES, satisfactionSurveyWorkflowId, WORKFLOWS_PATH } from '@athar/workflows';
import { StaffDashboardHandler, StaffDashboardQueryMessage, SatisfactionDashboardHandler, SatisfactionDashboardQuery } from '../dashboards/dashboards.handler';
import { AnswerSurveyCommand } from './answer-survey/answer-survey.command';
import { AnswerSurveyHandler } from './answer-survey/answer-survey.handler';
import { SurveyContacts } from './survey-contacts';
import {
  SurveyAnswerRow,
  SurveyAnswerRowSchema,
  SurveyContact,
  SurveyContactSchema,
  SurveyLink,
  SurveyLinkSchema,
  SurveySentRow,
  SurveySentRowSchema,
} from './survey-records.schema';
import { SurveyRemarks } from './survey-remarks';
import { surveyIdFor, surveyStreamId } from './survey-stream';
import { createSurveyTimelineActivities } from './survey-timeline.activities';
import { SurveyReactors } from './survey.reactors';

jest.setTimeout(180_000);

const PG_URL = process.env.ATHAR_PG_URL ?? 'postgres://athar:athar@127.0.0.1:15432/athar';
const TEST_SERVER = join(process.env.ATHAR_ENGINES_DIR ?? join(__dirname, '../../../../.engines'), 'bin', 'temporal-test-server');
const DAY = 86_400_000;
const TENANT = 'awj';

/**
 * The satisfaction survey end to end inside the feedback service (Tuwaiq 2-2; docs/adr/0041), on the real
 * engines: PostgreSQL (event store, data keys, the outbox), FerretDB (the sealed contact, the link hashes,
 * the dashboards' rows) and Temporal's time-skipping test server (three days to the reminder, fourteen to
 * the close, in seconds). The reactors are fed as the consumer feeds them.
 */
describe('satisfaction surveys: sent at the programme end, reminded, answered once, closed', () => {
  const run = `it_survey_${Date.now().toString(36)}${randomUUID().slice(0, 4)}`;
  const pool = new Pool({ connectionString: PG_URL, max: 4 });
  const store = new PostgresEventStore({ connectionString: PG_URL, schema: `${run}_es` });
  const keys = new PostgresDataKeyStore(pool, `${run}_personal_data`);
  const protector = new PersonalDataProtector(keys, TenantKeyring.fromEnv({}));
  const writer = new EventWriter(store, 'feedback', protector);
  const commands = new AggregateCommands(writer);
  const outbox = new PostgresOutbox(pool, `${run}_notifications`, outboxSealer(protector));
  const notifier = new ChannelNotifier(outbox, null);
  const tenants = new TenantRegistry(loadTenantPolicies());
  const handlers = new EventHandlers();
  const remarks = new SurveyRemarks(protector);
  const taskQueue = feedbackTaskQueue(run);
  let env: TestWorkflowEnvironment;
  let worker: Worker;
  let connection: mongoose.Connection;
  let links: Model<SurveyLink>;
  let answers: Model<SurveyAnswerRow>;
  let contactRows: Model<SurveyContact>;
  let contacts: SurveyContacts;
  let answer: AnswerSurveyHandler;
  let staffDashboard: StaffDashboardHandler;
  let dashboard: SatisfactionDashboardHandler;
  let running: Promise<void>;

  const cause = {
    kind: 'request' as const,
    principal: { userId: 'officer', tenantId: TENANT, roles: ['relations-officer' as const] },
    channel: 'website' as const,
  };
  /** The applicant on their own, through the public link: no staff member served them. */
  const applicantCause = {
    kind: 'request' as const,
    principal: { userId: 'public:applicant', tenantId: TENANT, roles: ['applicant' as const] },
    channel: 'website' as const,
  };
  const sentStaff = async (surveyId: string) =>
    ((await writer.load(surveyStreamId(TENANT, surveyId))).history.find((e) => e.type === 'SatisfactionSurveySent')!.data as { staffId: string | null })
      .staffId;

  /** Appends events to a stream of the test's store and feeds them to the reactors, as the consumer would. */
  async function record(stream: string, events: PendingEvent[], by: typeof cause | typeof applicantCause = cause): Promise<RecordedEvent[]> {
    const before = (await writer.load(stream)).history.length;
    await writer.append(stream, TENANT, by, events, 'any');
    const recorded = (await writer.load(stream)).history.slice(before);
    for (const event of recorded) await handlers.dispatch(event);
    return recorded;
  }

  /** Feeds the survey stream's new events (what the reactors' commands appended) to the reactors. */
  async function relaySurvey(surveyId: string, from: number): Promise<number> {
    const history = (await writer.load(surveyStreamId(TENANT, surveyId))).history;
    for (const event of history.slice(from)) await handlers.dispatch(event);
    return history.length;
  }

  async function submitAndEnd(mobile: string, by: typeof cause | typeof applicantCause = cause): Promise<{ caseId: string; surveyId: string }> {
    const caseId = randomUUID();
    await record(
      streamId('intake', 'application', TENANT, caseId),
      [
        {
          type: 'ApplicationSubmitted',
          version: 2,
          data: {
            caseId,
            caseNumber: 'AWJ-1448-000001',
            servedBeforeElsewhere: false,
            serviceId: 'member-service',
            channel: 'website',
            beneficiaryType: 'direct',
            applicant: { fullName: 'ريم الحربي', nationalId: '1000000008', idKind: 'national-id', mobile, preferredChannel: 'sms' },
            submittedAt: new Date().toISOString(),
            policyVersion: 1,
            reviewWindow: { days: 14, counting: 'calendar' },
            expectedResponseBy: new Date().toISOString(),
          },
        } as PendingEvent,
      ],
      by,
    );
    const endedAt = new Date(await env.currentTimeMs()).toISOString();
    await record(streamId('committee-review', 'delivery', TENANT, caseId), [
      { type: 'ServiceDeliveryEnded', version: 1, data: { caseId, serviceId: 'member-service', endsOn: endedAt.slice(0, 10), endedAt } },
    ]);
    const surveyId = surveyIdFor(TENANT, { kind: 'case', id: caseId }, 'programme-end');
    await relaySurvey(surveyId, 0);
    return { caseId, surveyId };
  }

  const smsTo = async (mobile: string) => (await outbox.list(TENANT, { recipient: mobile })).map((m) => m.body);
  const tokenIn = (body: string): string => /\/([A-Za-z0-9_-]{43})(?:\s|$)/.exec(body)![1]!;
  async function waitFor<T>(probe: () => Promise<T | undefined>): Promise<T> {
    for (let i = 0; i < 400; i += 1) {
      const value = await probe();
      if (value !== undefined) return value;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('condition not met');
  }
  const refusal = async (promise: Promise<unknown>): Promise<DomainError> => {
    try {
      await promise;
    } catch (error) {
      return error as DomainError;
    }
    throw new Error('not refused');
  };

  beforeAll(async () => {
    await Promise.all([store.ensureSchema(), keys.ensureSchema(), outbox.ensureSchema()]);
    connection = await mongoose.createConnection(`${process.env.ATHAR_MONGO_URL ?? 'mongodb://127.0.0.1:27017'}/${run}`).asPromise();
    links = connection.model(SurveyLink.name, SurveyLinkSchema);
    answers = connection.model(SurveyAnswerRow.name, SurveyAnswerRowSchema);
    contactRows = connection.model(SurveyContact.name, SurveyContactSchema);
    const sent = connection.model(SurveySentRow.name, SurveySentRowSchema);
    contacts = new SurveyContacts(protector, contactRows);
    env = await TestWorkflowEnvironment.createTimeSkipping({ server: { executable: { type: 'existing-path', path: TEST_SERVER } } });
    await ensureSearchAttributes(env.connection, env.namespace ?? 'default', REVIEW_SEARCH_ATTRIBUTES);
    const temporal = { client: env.client, taskQueue } as unknown as TemporalRuntime;
    new SurveyReactors(handlers, commands, temporal, tenants, contacts, notifier, sent, answers, remarks).onModuleInit();
    answer = new AnswerSurveyHandler(commands, tenants, links);
    staffDashboard = new StaffDashboardHandler(tenants, answers, sent, remarks);
    dashboard = new SatisfactionDashboardHandler(tenants, answers, sent, remarks);
    worker = await Worker.create({
      connection: env.nativeConnection,
      taskQueue,
      workflowsPath: WORKFLOWS_PATH,
      activities: createSurveyTimelineActivities({ commands, writer, contacts, links, notifier, tenants }),
    });
    running = worker.run();
  });

  afterAll(async () => {
    worker?.shutdown();
    await running?.catch(() => undefined);
    await env?.teardown();
    await connection?.dropDatabase();
    await connection?.close();
    await store.close();
    for (const suffix of ['es', 'personal_data', 'notifications']) await pool.query(`DROP SCHEMA IF EXISTS "${run}_${suffix}" CASCADE`);
    await pool.end();
  });

  it('sends the link by SMS at the programme end, reminds once after 3 days, takes one answer (replay 409, forged 404), and the workflow ends', async () => {
    const mobile = `+9665${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
    const { surveyId } = await submitAndEnd(mobile);
    // the staff member who recorded the request with the applicant is whom the survey's staff question is about
    expect(await sentStaff(surveyId)).toBe('officer');
    const [invitation] = await waitFor(async () => ((await smsTo(mobile)).length >= 1 ? smsTo(mobile) : undefined));
    expect(invitation).toContain('نرجو تقييم الخدمة');
    const first = tokenIn(invitation!);
    // The store keeps the hash, never the token.
    expect(await links.countDocuments({ _id: first })).toBe(0);
    expect(JSON.stringify((await writer.load(surveyStreamId(TENANT, surveyId))).history)).not.toContain(first);

    await env.sleep(3 * DAY + 60_000);
    const bodies = await waitFor(async () => ((await smsTo(mobile)).length >= 2 ? smsTo(mobile) : undefined));
    const reminder = bodies.find((b) => b.includes('تذكير'))!;
    const second = tokenIn(reminder);
    expect(second).not.toBe(first);

    const answered = await answer.execute(
      new AnswerSurveyCommand(second, { overall: 5, recommend: 10, effort: 2 }, { comment: '<script>alert(1)</script>شكرًا' }),
    );
    expect(answered.answeredAt).toBeTruthy();
    const replay = await refusal(answer.execute(new AnswerSurveyCommand(first, { overall: 1, recommend: 0, effort: 7 }, {})));
    expect([replay.code, replay.kind]).toEqual(['survey-already-answered', 'conflict']);
    const forged = await refusal(answer.execute(new AnswerSurveyCommand('A'.repeat(43), { overall: 1, recommend: 0, effort: 7 }, {})));
    expect([forged.code, forged.kind]).toEqual(['survey-link-not-found', 'not-found']);
    const malformed = await refusal(answer.execute(new AnswerSurveyCommand("../' OR 1=1", { overall: 1 }, {})));
    expect([malformed.code, malformed.kind]).toEqual(['survey-link-not-found', 'not-found']);

    await relaySurvey(surveyId, 3);
    const row = await answers.findById(`${TENANT}:${surveyId}`).lean().exec();
    expect(row).toMatchObject({ values: { csat: 5, nps: 10, effort: 2 }, remarkIds: ['comment'] });
    // The remark is personal data: sealed with the case's key in the event store and in the dashboards' row.
    expect(await remarks.open([row!])).toEqual([{ comment: 'alert(1)شكرًا' }]);
    expect(JSON.stringify(row)).not.toContain('شكرًا');
    const stored = await pool.query<{ data: unknown }>(
      `SELECT data FROM "${run}_es".events WHERE type = 'SatisfactionSurveyAnswered' AND data->>'surveyId' = $1`,
      [surveyId],
    );
    expect(stored.rows).toHaveLength(1);
    expect(JSON.stringify(stored.rows[0]!.data)).not.toContain('شكرًا');
    expect(await env.client.workflow.getHandle(satisfactionSurveyWorkflowId(TENANT, surveyId)).result()).toBe('answered');
    // One reminder only, nothing after the answer.
    await env.sleep(20 * DAY);
    expect((await smsTo(mobile)).length).toBe(2);
  });

  it('closes an unanswered survey after 14 days (410), and erasing the case shreds the contact it kept while an answer stays', async () => {
    const mobile = `+9665${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
    const { caseId, surveyId } = await submitAndEnd(mobile);
    const [invitation] = await waitFor(async () => ((await smsTo(mobile)).length >= 1 ? smsTo(mobile) : undefined));
    await env.sleep(15 * DAY);
    expect(await env.client.workflow.getHandle(satisfactionSurveyWorkflowId(TENANT, surveyId)).result()).toBe('closed');
    const closed = await refusal(answer.execute(new AnswerSurveyCommand(tokenIn(invitation!), { overall: 5, recommend: 9, effort: 1 }, {})));
    expect([closed.code, closed.kind]).toEqual(['survey-closed', 'gone']);

    expect(await contacts.routeOf(TENANT, { kind: 'case', id: caseId })).toEqual({ channel: 'sms', to: mobile });
    const stored = await contactRows.findById(`${TENANT}:${caseId}`).lean().exec();
    expect(JSON.stringify(stored)).not.toContain(mobile.slice(4));
    await keys.erase(TENANT, caseDataKeyId(caseId)); // intake's erasure destroys the case's key
    expect(await contacts.routeOf(TENANT, { kind: 'case', id: caseId })).toBeNull();
    expect(await contactRows.countDocuments({ _id: `${TENANT}:${caseId}` })).toBe(0);
    // The earlier answer is not personal data and stays.
    expect(await answers.countDocuments({ tenantId: TENANT })).toBe(1);
  });

  it('names no staff member in the survey of an applicant who applied on their own (the public link)', async () => {
    const mobile = `+9665${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
    const { surveyId } = await submitAndEnd(mobile, applicantCause);
    expect(await sentStaff(surveyId)).toBeNull();
  });

  it("a staff member's results: refused to the board, refused under k, and the aggregates never isolate fewer than k answers", async () => {
    const board = { userId: 'board-1', tenantId: TENANT, roles: ['board-member' as const] };
    const director = { userId: 'ed-1', tenantId: TENANT, roles: ['executive-director' as const] };
    await expect(staffDashboard.execute(new StaffDashboardQueryMessage(board, 'staff-7', {}))).rejects.toMatchObject({ status: 403 });
    const unknown = await refusal(staffDashboard.execute(new StaffDashboardQueryMessage(director, 'staff-7', {})));
    expect(unknown.code).toBe('staff-results-not-found');
    // One answer in the tenant so far: no aggregate is published at all.
    const refused = await refusal(dashboard.execute(new SatisfactionDashboardQuery(board, { serviceId: 'member-service' })));
    expect(refused.code).toBe('below-minimum-group');
  });

  it('erasing a case makes its remark "[erased]" (a v1 answer stored in clear included) while its scores still count once k answers fill the cell', async () => {
    const director = { userId: 'ed-1', tenantId: TENANT, roles: ['executive-director' as const] };
    const query = () => dashboard.execute(new SatisfactionDashboardQuery(director, { serviceId: 'member-service', channel: 'website' }));
    // Fill the cell (member-service × its department × website × this month) up to k = 5: the last answer is a v1
    // event as released before v2, its remark in clear in the store (the upcaster brings it to v2, the row seals it).
    const needed = 5 - ((await answers.countDocuments({ tenantId: TENANT, serviceId: 'member-service', channel: 'website' })) % 5);
    const answered: Array<{ caseId: string; remark: string }> = [];
    for (let i = 0; i < needed - 1; i += 1) {
      const mobile = `+9665${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
      const { caseId, surveyId } = await submitAndEnd(mobile);
      const [invitation] = await waitFor(async () => ((await smsTo(mobile)).length >= 1 ? smsTo(mobile) : undefined));
      const remark = `ملاحظة ${i}: أشكر الأستاذة نورة`;
      await answer.execute(new AnswerSurveyCommand(tokenIn(invitation!), { overall: 4, recommend: 8, effort: 3 }, { comment: remark }));
      await relaySurvey(surveyId, 2);
      answered.push({ caseId, remark });
    }
    await expect(query()).rejects.toMatchObject({ code: 'below-minimum-group' });

    const mobile = `+9665${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
    const legacy = await submitAndEnd(mobile);
    await waitFor(async () => ((await smsTo(mobile)).length >= 1 ? true : undefined));
    const sentEvent = (await writer.load(surveyStreamId(TENANT, legacy.surveyId))).history[0]!.data as { department: string };
    const legacyRemark = 'ملاحظة قديمة: اتصلوا بي على 0551234567';
    await record(surveyStreamId(TENANT, legacy.surveyId), [
      {
        type: 'SatisfactionSurveyAnswered',
        version: 1,
        data: {
          surveyId: legacy.surveyId,
          caseId: legacy.caseId,
          definitionId: 'programme-end',
          serviceId: 'member-service',
          department: sentEvent.department,
          channel: 'website',
          staffId: null,
          scores: { overall: 2, recommend: 3, effort: 5 },
          texts: { comment: legacyRemark },
          answeredAt: new Date().toISOString(),
        },
      } as unknown as PendingEvent,
    ]);
    answered.push({ caseId: legacy.caseId, remark: legacyRemark });
    // Read back, the v1 answer is v3: its remark under `remarks`, the question listed in `remarkIds`, its case the subject.
    const upcast = (await writer.load(surveyStreamId(TENANT, legacy.surveyId))).history.find((e) => e.type === 'SatisfactionSurveyAnswered')!;
    expect(upcast).toMatchObject({
      version: 3,
      data: { subject: { kind: 'case', id: legacy.caseId }, remarkIds: ['comment'], remarks: { comment: legacyRemark } },
    });
    expect(JSON.stringify(await answers.findById(`${TENANT}:${legacy.surveyId}`).lean().exec())).not.toContain('0551234567');

    const before = await query();
    expect(before.totals.responses % 5).toBe(0);
    for (const { remark } of answered) expect(before.comments.map((c) => c.text)).toContain(remark);

    // Intake's erasure destroys the case's key: the v1 answer's and one v2 answer's remarks become "[erased]".
    const erased = [answered[answered.length - 1]!, ...(answered.length > 1 ? [answered[0]!] : [])];
    for (const { caseId } of erased) await keys.erase(TENANT, caseDataKeyId(caseId));
    const after = await query();
    expect(after.totals).toEqual(before.totals); // the scores stay and still count
    expect(after.groups).toEqual(before.groups);
    const texts = after.comments.map((c) => c.text);
    for (const { remark } of erased) expect(texts).not.toContain(remark);
    expect(texts.filter((t) => t === ERASED)).toHaveLength(erased.length);
    for (const { remark } of answered.filter((a) => !erased.includes(a))) expect(texts).toContain(remark);
  });

  it('an answer through a link that left before the case was erased keeps its scores and no remark', async () => {
    const mobile = `+9665${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
    const { caseId, surveyId } = await submitAndEnd(mobile);
    const [invitation] = await waitFor(async () => ((await smsTo(mobile)).length >= 1 ? smsTo(mobile) : undefined));
    await keys.erase(TENANT, caseDataKeyId(caseId));
    const done = await answer.execute(new AnswerSurveyCommand(tokenIn(invitation!), { overall: 3, recommend: 6, effort: 4 }, { comment: 'اسمي ريم' }));
    expect(done.answeredAt).toBeTruthy();
    await relaySurvey(surveyId, 2);
    const row = await answers.findById(`${TENANT}:${surveyId}`).lean().exec();
    expect(row).toMatchObject({ values: { csat: 3, nps: 6, effort: 4 }, remarkIds: ['comment'], sealedRemarks: null });
    expect(await remarks.open([row!])).toEqual([{ comment: ERASED }]);
  });

  /** An inquiry as intake records and publishes it: opened (its contact sealed with the inquiry's key), then answered by staff. */
  async function askAndAnswer(contact: {
    name: string | null;
    mobile: string | null;
    email?: string | null;
  }): Promise<{ inquiryId: string; surveyId: string }> {
    const inquiryId = randomUUID();
    const stream = streamId('intake', 'inquiry', TENANT, inquiryId);
    const openedAt = new Date(await env.currentTimeMs()).toISOString();
    await record(stream, [{ type: 'InquiryOpened', version: 1, data: { inquiryId, channel: 'phone', question: 'متى يفتح التسجيل؟', contact, openedAt } }]);
    const answeredAt = new Date(await env.currentTimeMs()).toISOString();
    await record(stream, [{ type: 'InquiryAnswered', version: 1, data: { inquiryId, answer: 'يفتح في محرم', answeredBy: 'officer', answeredAt } }]);
    const surveyId = surveyIdFor(TENANT, { kind: 'inquiry', id: inquiryId }, 'inquiry-answered');
    await relaySurvey(surveyId, 0);
    return { inquiryId, surveyId };
  }

  it("after an inquiry's answer: the link by SMS to the inquirer's mobile, one reminder after 2 days, one answer (replay 409), sealed with the inquiry's key", async () => {
    const mobile = `+9665${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
    const { inquiryId, surveyId } = await askAndAnswer({ name: 'سالم', mobile });
    const history = (await writer.load(surveyStreamId(TENANT, surveyId))).history;
    expect(history[0]).toMatchObject({
      type: 'SatisfactionSurveySent',
      version: 2,
      data: {
        subject: { kind: 'inquiry', id: inquiryId },
        trigger: 'inquiry-answered',
        serviceId: 'inquiry',
        department: 'customer-care',
        channel: 'phone',
        staffId: null,
      },
    });
    const [invitation] = await waitFor(async () => ((await smsTo(mobile)).length >= 1 ? smsTo(mobile) : undefined));
    expect(invitation).toContain('نرجو تقييم الخدمة');
    // The message in the outbox is sealed with the inquiry's key: erasing the inquiry erases it too.
    const sealed = await pool.query<{ sealed: unknown }>(`SELECT sealed FROM "${run}_notifications".outbox WHERE correlation_id = $1`, [surveyId]);
    expect(sealed.rows).toHaveLength(1);
    expect(JSON.stringify(sealed.rows)).toContain(`inquiry:${inquiryId}`);
    expect(JSON.stringify(sealed.rows)).not.toContain(mobile.slice(4));

    await env.sleep(2 * DAY + 60_000);
    const bodies = await waitFor(async () => ((await smsTo(mobile)).length >= 2 ? smsTo(mobile) : undefined));
    const reminder = tokenIn(bodies.find((b) => b.includes('تذكير'))!);
    await answer.execute(new AnswerSurveyCommand(reminder, { overall: 4 }, { comment: 'رد واضح، شكرًا لسالم' }));
    const replay = await refusal(answer.execute(new AnswerSurveyCommand(tokenIn(invitation!), { overall: 1 }, {})));
    expect([replay.code, replay.kind]).toEqual(['survey-already-answered', 'conflict']);
    expect(await env.client.workflow.getHandle(satisfactionSurveyWorkflowId(TENANT, surveyId)).result()).toBe('answered');

    const answeredEvent = (await writer.load(surveyStreamId(TENANT, surveyId))).history.find((e) => e.type === 'SatisfactionSurveyAnswered')!;
    expect(answeredEvent).toMatchObject({ version: 3, data: { subject: { kind: 'inquiry', id: inquiryId }, remarks: { comment: 'رد واضح، شكرًا لسالم' } } });
    const stored = await pool.query<{ data: { remarks: { keyId: string } } }>(
      `SELECT data FROM "${run}_es".events WHERE type = 'SatisfactionSurveyAnswered' AND data->>'surveyId' = $1`,
      [surveyId],
    );
    expect(stored.rows[0]!.data.remarks.keyId).toBe(`inquiry:${inquiryId}`);

    // Intake's erasure of the inquiry destroys `inquiry:<id>`: the route and the remark go, the answer stays counted.
    await relaySurvey(surveyId, 0);
    await keys.erase(TENANT, `inquiry:${inquiryId}`);
    expect(await contacts.routeOf(TENANT, { kind: 'inquiry', id: inquiryId })).toBeNull();
    const row = await answers.findById(`${TENANT}:${surveyId}`).lean().exec();
    expect(row).toMatchObject({ serviceId: 'inquiry', department: 'customer-care', channel: 'phone', values: { csat: 4 } });
    expect(await remarks.open([row!])).toEqual([{ comment: ERASED }]);
  });

  it('sends no survey to an anonymous inquirer, nor to one who left no mobile or email', async () => {
    for (const contact of [
      { name: null, mobile: null },
      { name: 'سالم', mobile: null, email: null },
    ]) {
      const { surveyId } = await askAndAnswer(contact);
      expect((await writer.load(surveyStreamId(TENANT, surveyId))).history).toEqual([]);
    }
  });
});
