import { randomUUID } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import { Kafka, logLevel } from 'kafkajs';
import { Pool } from 'pg';
import { EVENT_HEADERS, eventsTopic, streamId, type ServiceDeliveryOpenedV1 } from '@athar/contracts';
import { PostgresEventStore } from '@athar/event-store';
import { EventWriter } from '@athar/service-kit';
import { caseSearchAttributes, committeeReviewTaskQueue, eligibilityTaskQueue } from '@athar/workflows';
import { eventually, PlatformUnderTest } from './platform-under-test';

jest.setTimeout(600_000);

const A = 'tuwaiq';
const B = 'awj';
const HOUR = 3_600_000;
const PG_URL = process.env.ATHAR_PG_URL ?? 'postgres://athar:athar@127.0.0.1:15432/athar';

interface Refusal {
  statusCode?: number;
  code?: string;
  message?: { ar?: string; en?: string };
  fields?: Array<{ field: string; reasons: Array<{ ar: string; en: string }> }>;
  correlationId?: string;
}
interface Item {
  workflowId: string;
  runId: string;
  type: string;
  status: string;
  tenantId: string | null;
  caseId: string | null;
  stage: string | null;
  deadline: string | null;
  risk: string;
  lateBySeconds: number;
}
interface Activity {
  activityId: string;
  activityType: string;
  state: string;
  attempt: number;
  maximumAttempts: number | null;
  lastFailure: string | null;
  lastStartedAt: string | null;
  nextAttemptAt: string | null;
}
interface Letter {
  id: string;
  tenantId: string | null;
  eventId: string | null;
  eventType: string | null;
  originalTopic: string | null;
  error: string | null;
  attempts: number | null;
  consumerGroup: string | null;
  firstFailedAt: string;
  lastFailedAt: string;
  state: string;
}

/**
 * The operations API (docs/adr/0045) from the operator's and the tenant admin's side: running workflows
 * with their stage, deadline and lateness; actions that take a reason and are recorded with their actor;
 * dead letters listed, discarded and redriven; messaging lag; one tenant's caller never sees another's
 * (404 without a hint); bad input answered 4xx with bilingual reasons and nothing recorded.
 */
describe('operations API: workflows, actions, dead letters, messaging', () => {
  const platform = PlatformUnderTest.current();
  const pool = new Pool({ connectionString: PG_URL, max: 2 });
  let connection: Connection;
  let temporal: Client;
  const tokens = { ops: '', adminA: '', adminB: '', officerA: '' };
  const probes = { breachedA: '', atRiskA: '', onTrackA: '', breachedB: '', otherQueue: '' };
  const garbageEventId = randomUUID();
  const url = (path: string): string => `${platform.url('committee-review')}${path}`;
  const get = (path: string, token: string) => fetch(url(path), { headers: { authorization: `Bearer ${token}` } });
  const post = (path: string, token: string, body: unknown, raw?: string) =>
    fetch(url(path), { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: raw ?? JSON.stringify(body) });
  const wf = (id: string): string => `/ops/workflows/${encodeURIComponent(id)}`;
  const json = async <T>(response: Response, status = 200): Promise<T> => {
    const text = await response.text();
    if (response.status !== status) throw new Error(`${response.url}: ${response.status} ${text}`);
    return JSON.parse(text) as T;
  };
  const opsActions = async (): Promise<Array<{ tenant_id: string; stream_id: string; data: Record<string, unknown>; actor: Record<string, string> }>> =>
    (
      await pool.query(
        `SELECT tenant_id, stream_id, data, actor FROM "${platform.instance}_events".events WHERE type = 'OperationsActionRecorded' ORDER BY global_position`,
      )
    ).rows;

  async function probe(tenant: string, deadline: Date, taskQueue = committeeReviewTaskQueue(platform.instance)): Promise<string> {
    const caseId = randomUUID();
    const workflowId = `service-delivery/${tenant}/${caseId}`;
    await temporal.workflow.start('serviceDelivery', {
      taskQueue,
      workflowId,
      args: [{ tenantId: tenant, caseId, endsOn: new Date(Date.now() + 30 * 24 * HOUR).toISOString() }],
      typedSearchAttributes: caseSearchAttributes(tenant, caseId, 'in-delivery', deadline.toISOString()),
    });
    return workflowId;
  }

  beforeAll(async () => {
    tokens.ops = await platform.token(A, ['operations']);
    tokens.adminA = await platform.token(A, ['tenant-admin']);
    tokens.adminB = await platform.token(B, ['tenant-admin']);
    tokens.officerA = await platform.token(A, ['relations-officer']);
    connection = await Connection.connect({ address: process.env.TEMPORAL_ADDRESS ?? '127.0.0.1:7233' });
    temporal = new Client({ connection, namespace: process.env.TEMPORAL_NAMESPACE ?? 'default' });
    probes.breachedA = await probe(A, new Date(Date.now() - 2 * HOUR));
    probes.atRiskA = await probe(A, new Date(Date.now() + 2 * HOUR));
    probes.onTrackA = await probe(A, new Date(Date.now() + 10 * 24 * HOUR));
    probes.breachedB = await probe(B, new Date(Date.now() - 3 * HOUR));
    // poison: not JSON, on a topic the services consume; each consuming group dead-letters it at once
    const kafka = new Kafka({
      brokers: (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(','),
      clientId: `${platform.instance}.e2e`,
      logLevel: logLevel.NOTHING,
    });
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({
      topic: eventsTopic('eligibility', platform.instance),
      messages: [
        {
          key: randomUUID(),
          value: Buffer.from('{"not json'),
          headers: { [EVENT_HEADERS.eventId]: garbageEventId, [EVENT_HEADERS.tenantId]: B, [EVENT_HEADERS.eventType]: 'EligibilityAssessed' },
        },
      ],
    });
    await producer.disconnect();
    // visibility is eventually consistent
    await eventually(async () => {
      const page = await json<{ items: Item[] }>(await get('/ops/workflows?limit=200', tokens.ops));
      return Object.values(probes)
        .filter(Boolean)
        .every((id) => page.items.some((i) => i.workflowId === id))
        ? true
        : undefined;
    }, 60_000);
  });

  afterAll(async () => {
    for (const id of Object.values(probes).filter(Boolean))
      await temporal.workflow
        .getHandle(id)
        .terminate('e2e done')
        .catch(() => undefined);
    await connection?.close();
    await pool.end();
  });

  it('lists running workflows across tenants for operations, with stage, deadline, risk and lateness', async () => {
    const { items } = await json<{ items: Item[] }>(await get('/ops/workflows?limit=200', tokens.ops));
    const byId = new Map(items.map((i) => [i.workflowId, i]));
    expect(byId.get(probes.breachedA)).toMatchObject({ type: 'serviceDelivery', status: 'Running', tenantId: A, stage: 'in-delivery', risk: 'breached' });
    expect(byId.get(probes.breachedA)!.lateBySeconds).toBeGreaterThanOrEqual(2 * 3600 - 60);
    expect(byId.get(probes.atRiskA)).toMatchObject({ risk: 'at-risk', lateBySeconds: 0 });
    expect(byId.get(probes.onTrackA)).toMatchObject({ risk: 'on-track' });
    expect(byId.get(probes.breachedB)).toMatchObject({ tenantId: B, risk: 'breached' });

    const breached = await json<{ items: Item[] }>(await get(`/ops/workflows?status=breached&tenant=${A}&limit=200`, tokens.ops));
    expect(breached.items.map((i) => i.workflowId)).toContain(probes.breachedA);
    expect(breached.items.every((i) => i.risk === 'breached' && i.tenantId === A)).toBe(true);
    const atRisk = await json<{ items: Item[] }>(await get(`/ops/workflows?status=at-risk&tenant=${A}&limit=200`, tokens.ops));
    expect(atRisk.items.map((i) => i.workflowId)).toEqual(expect.arrayContaining([probes.atRiskA]));
    expect(atRisk.items.map((i) => i.workflowId)).not.toContain(probes.onTrackA);
    const typed = await json<{ items: Item[] }>(await get('/ops/workflows?type=serviceDelivery&stage=in-delivery&limit=200', tokens.ops));
    expect(typed.items.every((i) => i.type === 'serviceDelivery' && i.stage === 'in-delivery')).toBe(true);

    // keyset pages: one at a time, every workflow once
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: Item[]; nextCursor: string | null } = await json(
        await get(`/ops/workflows?limit=1${cursor ? `&cursor=${cursor}` : ''}`, tokens.ops),
      );
      seen.push(...page.items.map((i) => i.workflowId));
      cursor = page.nextCursor;
    } while (cursor && seen.length < 50);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(expect.arrayContaining([probes.breachedA, probes.atRiskA, probes.onTrackA, probes.breachedB]));

    const counts = await json<{ running: number; atRisk: number; breached: number; byStage: Array<{ stage: string; count: number }> }>(
      await get('/ops/workflows/counts', tokens.ops),
    );
    expect(counts.breached).toBeGreaterThanOrEqual(2);
    expect(counts.atRisk).toBeGreaterThanOrEqual(1);
    expect(counts.byStage.find((s) => s.stage === 'in-delivery')!.count).toBeGreaterThanOrEqual(4);

    const detail = await json<Item & { nextTimer: { firesAt: string } | null; historyLength: number }>(await get(wf(probes.onTrackA), tokens.ops));
    expect(detail.workflowId).toBe(probes.onTrackA);
    expect(Date.parse(detail.nextTimer!.firesAt)).toBeGreaterThan(Date.now() + 29 * 24 * HOUR);
  });

  it('a tenant admin sees only its own tenant: another tenant’s workflow answers 404 exactly as an unknown one, and leaks nothing', async () => {
    const mine = await json<{ items: Item[] }>(await get('/ops/workflows?limit=200', tokens.adminA));
    expect(mine.items.length).toBeGreaterThanOrEqual(3);
    expect(mine.items.every((i) => i.tenantId === A)).toBe(true);
    expect(JSON.stringify(mine)).not.toContain(probes.breachedB);
    const counts = await json<{ byStage: Array<{ stage: string; count: number }>; breached: number }>(await get('/ops/workflows/counts', tokens.adminB));
    // the count is B's own breached list, whatever other specs on the shared platform left breached in B
    const breachedOfB = await json<{ items: Item[] }>(await get('/ops/workflows?status=breached&limit=200', tokens.adminB));
    expect(breachedOfB.items.map((i) => i.workflowId)).toContain(probes.breachedB);
    expect(breachedOfB.items.every((i) => i.tenantId === B)).toBe(true);
    expect(counts.breached).toBe(breachedOfB.items.length);

    const before = (await opsActions()).length;
    const strip = (r: Refusal): Refusal => ({ ...r, correlationId: undefined });
    const unknown = strip(await json<Refusal>(await get(wf(`service-delivery/${A}/${randomUUID()}`), tokens.adminA), 404));
    for (const [response, status] of [
      [await get(wf(probes.breachedB), tokens.adminA), 404],
      [await post(`${wf(probes.breachedB)}/signal`, tokens.adminA, { reason: 'looking around', signal: 'decided' }), 404],
      [await post(`${wf(probes.breachedB)}/cancel`, tokens.adminA, { reason: 'looking around' }), 404],
    ] as const) {
      const body = await json<Refusal>(response, status);
      expect(strip(body)).toEqual(unknown);
      expect(JSON.stringify(body)).not.toContain(B);
    }
    expect(await json<Refusal>(await get(`/ops/workflows?tenant=${B}`, tokens.adminA), 403)).toMatchObject({ code: 'tenant-out-of-scope' });
    expect(await json<Refusal>(await get('/ops/messaging', tokens.adminA), 403)).toMatchObject({ code: expect.any(String) });
    expect(await json<Refusal>(await post(`${wf(probes.atRiskA)}/terminate`, tokens.adminA, { reason: 'only operations' }), 403)).toMatchObject({
      code: expect.any(String),
    });
    expect((await opsActions()).length).toBe(before);
  });

  it('signal, reset, cancel and terminate take a reason and are recorded with the actor; a finished workflow answers 409', async () => {
    const signalled = await json<{ position: string }>(
      await post(`${wf(probes.atRiskA)}/signal`, tokens.adminA, { reason: 'nudge after the outage', signal: 'noted', args: [] }),
    );
    expect(signalled.position).toMatch(/^\d+$/);
    const reset = await json<{ newRunId: string; runId: string }>(
      await post(`${wf(probes.atRiskA)}/reset`, tokens.ops, { reason: 'replay after the worker fix' }),
    );
    expect(reset.newRunId).not.toBe(reset.runId);
    const described = await temporal.workflow.getHandle(probes.atRiskA).describe();
    expect(described.runId).toBe(reset.newRunId);
    await json(await post(`${wf(probes.atRiskA)}/cancel`, tokens.adminA, { reason: 'the case was withdrawn' }));
    await json(await post(`${wf(probes.breachedA)}/terminate`, tokens.ops, { reason: 'stuck on a bad input' }));
    expect((await temporal.workflow.getHandle(probes.breachedA).describe()).status.name).toBe('TERMINATED');
    const again = await json<Refusal>(await post(`${wf(probes.breachedA)}/terminate`, tokens.ops, { reason: 'twice' }), 409);
    expect(again.code).toBe('workflow-not-running');

    const recorded = (await opsActions()).filter((e) => [probes.atRiskA, probes.breachedA].includes(e.data.target as string));
    expect(recorded.map((e) => [e.data.action, e.data.reason, e.actor.role])).toEqual([
      ['workflow-signal', 'nudge after the outage', 'tenant-admin'],
      ['workflow-reset', 'replay after the worker fix', 'operations'],
      ['workflow-cancel', 'the case was withdrawn', 'tenant-admin'],
      ['workflow-terminate', 'stuck on a bad input', 'operations'],
    ]);
    expect(recorded.every((e) => e.tenant_id === A && e.stream_id === `committee-review.ops-actions.${A}.log`)).toBe(true);
  });

  it('a failing activity shows its attempts, last failure and next attempt; retried now with a reason it runs at once (passing once its cause is fixed), recorded; another tenant gets the 404 of a missing workflow', async () => {
    // serviceDelivery past its end: recordServiceDeliveryEnd fails ("No service delivery for case …") until the delivery stream is opened, retrying 1 s, 2 s, 4 s … up to 1 minute apart
    const caseId = randomUUID();
    const workflowId = `service-delivery/${A}/${caseId}`;
    await temporal.workflow.start('serviceDelivery', {
      taskQueue: committeeReviewTaskQueue(platform.instance),
      workflowId,
      args: [{ tenantId: A, caseId, endsOn: new Date(Date.now() - 60_000).toISOString() }],
      typedSearchAttributes: caseSearchAttributes(A, caseId, 'in-delivery', new Date(Date.now() + 10 * 24 * HOUR).toISOString()),
    });
    const { value: failing } = await eventually(async () => {
      const detail = await json<{ pendingActivities: number; activities: Activity[] }>(await get(wf(workflowId), tokens.adminA));
      const activity = detail.activities.find((a) => a.activityType === 'recordServiceDeliveryEnd');
      return activity && activity.attempt >= 5 && activity.nextAttemptAt && Date.parse(activity.nextAttemptAt) - Date.now() > 12_000 ? activity : undefined;
    }, 180_000);
    expect(failing).toMatchObject({
      activityId: expect.any(String),
      state: 'scheduled',
      maximumAttempts: null,
      lastFailure: `No service delivery for case ${caseId} of ${A}`,
    });
    const retry = `${wf(workflowId)}/activities/${encodeURIComponent(failing.activityId)}/retry`;

    const before = (await opsActions()).length;
    const strip = (r: Refusal): Refusal => ({ ...r, correlationId: undefined });
    const missing = strip(
      await json<Refusal>(await post(`${wf(`service-delivery/${B}/${randomUUID()}`)}/activities/1/retry`, tokens.adminB, { reason: 'x-tenant' }), 404),
    );
    const hidden = await json<Refusal>(await post(retry, tokens.adminB, { reason: 'not my association' }), 404);
    expect(strip(hidden)).toEqual(missing);
    expect(JSON.stringify(hidden)).not.toContain(A);
    expect(strip(await json<Refusal>(await get(wf(workflowId), tokens.adminB), 404))).toEqual(missing);
    const notPending = await json<Refusal>(await post(`${wf(workflowId)}/activities/99/retry`, tokens.ops, { reason: 'wrong activity' }), 404);
    expect(notPending).toMatchObject({ code: 'activity-not-pending', fields: [{ field: 'activityId' }] });
    expect((await opsActions()).length).toBe(before);

    // the cause fixed: the programme's delivery is on record; without the retry the activity would wait for failing.nextAttemptAt
    const store = new PostgresEventStore({ connectionString: PG_URL, schema: `${platform.instance}_events` });
    try {
      const opened: ServiceDeliveryOpenedV1 = {
        caseId,
        serviceId: 'ops-retry-probe',
        programme: { ar: 'برنامج تجريبي', en: 'Probe programme' },
        startsOn: new Date(Date.now() - 30 * 24 * HOUR).toISOString(),
        endsOn: new Date(Date.now() - 60_000).toISOString(),
        openedAt: new Date().toISOString(),
      };
      await new EventWriter(store, 'committee-review').append(
        streamId('committee-review', 'delivery', A, caseId),
        A,
        { kind: 'timer', workflow: workflowId, run: 'e2e-clock' },
        [{ type: 'ServiceDeliveryOpened', version: 1, data: opened }],
        'no_stream',
      );
    } finally {
      await store.close();
    }
    const asked = Date.now();
    const retried = await json<{ action: string; activityId: string; previousAttempt: number; position: string }>(
      await post(retry, tokens.adminA, { reason: 'delivery record restored; retry now' }),
    );
    expect(retried).toMatchObject({
      action: 'activity-retry',
      activityId: failing.activityId,
      previousAttempt: failing.attempt,
      position: expect.stringMatching(/^\d+$/),
    });
    const handle = temporal.workflow.getHandle(workflowId);
    expect(await handle.result()).toBe('ended');
    const closedAt = (await handle.describe()).closeTime!.getTime();
    expect(closedAt).toBeLessThan(Date.parse(failing.nextAttemptAt!));
    expect(closedAt - asked).toBeLessThan(10_000);

    const again = await json<Refusal>(await post(retry, tokens.ops, { reason: 'twice' }), 409);
    expect(again.code).toBe('workflow-not-running');
    const recorded = (await opsActions()).filter((e) => e.data.target === workflowId);
    expect(recorded.map((e) => [e.tenant_id, e.data.action, e.data.reason, e.actor.role, e.data.detail])).toEqual([
      [
        A,
        'activity-retry',
        'delivery record restored; retry now',
        'tenant-admin',
        expect.objectContaining({ activityId: failing.activityId, activityType: 'recordServiceDeliveryEnd', previousAttempt: String(failing.attempt) }),
      ],
    ]);
  });

  it('dead letters: listed with why, only to their tenant; discarded and redriven with a reason, once', async () => {
    const { value: letters } = await eventually(async () => {
      const page = await json<{ items: Letter[] }>(await get(`/ops/dead-letters?tenant=${B}&limit=200`, tokens.ops));
      const mine = page.items.filter((l) => l.eventId === garbageEventId);
      return mine.length > 0 ? mine : undefined;
    }, 60_000);
    expect(letters[0]).toMatchObject({
      tenantId: B,
      eventType: 'EligibilityAssessed',
      originalTopic: eventsTopic('eligibility', platform.instance),
      attempts: 0,
      state: 'open',
    });
    expect(letters[0].error).toBeTruthy();
    expect(JSON.stringify(letters)).not.toContain('not json'); // never the payload

    const forA = await json<{ items: Letter[] }>(await get('/ops/dead-letters?limit=200', tokens.adminA));
    expect(forA.items.some((l) => l.eventId === garbageEventId)).toBe(false);
    const forB = await json<{ items: Letter[] }>(await get('/ops/dead-letters?limit=200', tokens.adminB));
    expect(forB.items.some((l) => l.eventId === garbageEventId)).toBe(true);

    const before = (await opsActions()).length;
    const hidden = await json<Refusal>(await post('/ops/dead-letters/redrive', tokens.adminA, { ids: [letters[0].id], reason: 'not mine' }), 404);
    expect(hidden.code).toBe('dead-letter-not-found');
    expect((await opsActions()).length).toBe(before);

    const discarded = await json<{ items: Array<{ id: string; state: string }> }>(
      await post('/ops/dead-letters/discard', tokens.adminB, { ids: [letters[0].id], reason: 'malformed test message, nothing to apply' }),
    );
    expect(discarded.items).toEqual([expect.objectContaining({ id: letters[0].id, state: 'discarded' })]);
    const twice = await json<Refusal>(await post('/ops/dead-letters/redrive', tokens.ops, { ids: [letters[0].id], reason: 'again' }), 409);
    expect(twice.code).toBe('dead-letter-already-handled');
    const listed = await json<{ items: Letter[] }>(await get(`/ops/dead-letters?state=discarded&tenant=${B}`, tokens.ops));
    expect(listed.items.map((l) => l.id)).toContain(letters[0].id);
    if (letters.length > 1) {
      const redriven = await json<{ items: Array<{ topic: string }> }>(
        await post('/ops/dead-letters/redrive', tokens.ops, { ids: [letters[1].id], reason: 'retry once the handler is fixed' }),
      );
      expect(redriven.items[0].topic).toBe(eventsTopic('eligibility', platform.instance));
    }
    const recorded = (await opsActions()).filter((e) => (e.data.detail as Record<string, string>).eventId === garbageEventId);
    expect(recorded[0]).toMatchObject({
      tenant_id: B,
      data: { action: 'dead-letter-discard', reason: 'malformed test message, nothing to apply' },
      actor: { role: 'tenant-admin' },
    });
  });

  it('messaging: consumer lag per service and partition, relay lag, inbox sizes; the same on /metrics', async () => {
    const messaging = await json<{
      consumers: Array<{ service: string; partitions: Array<{ lag: number }> }>;
      relays: Array<{ service: string; events: number; seconds: number }>;
      inbox: Array<{ group: string; events: number }>;
      deadLetters: number;
    }>(await get('/ops/messaging', tokens.ops));
    expect(messaging.consumers.map((c) => c.service).sort()).toEqual(['committee-review', 'eligibility', 'feedback', 'intake', 'partner-allocation']);
    expect(messaging.consumers.some((c) => c.partitions.length > 0)).toBe(true);
    expect(messaging.relays).toHaveLength(5);
    expect(messaging.relays.every((r) => r.events >= 0 && r.seconds >= 0)).toBe(true);
    expect(messaging.inbox.every((i) => i.group.startsWith(`${platform.instance}.`) && i.events >= 0)).toBe(true);
    expect(messaging.deadLetters).toBeGreaterThanOrEqual(0);
    const metrics = await (await fetch(url('/metrics'))).text();
    expect(metrics).toMatch(/athar_ops_consumer_lag_messages\{[^}]*group="[^"]+"/);
    expect(metrics).toMatch(/athar_ops_relay_lag_events\{[^}]*relay="/);
    expect(metrics).toMatch(/athar_ops_relay_lag_seconds\{[^}]*relay="/);
    // per consumer group; a series exists only for a group with open letters (the scrape shares the API's measurement)
    expect(metrics).toMatch(/# TYPE athar_ops_dead_letters_open gauge/);
    const open = [...metrics.matchAll(/^athar_ops_dead_letters_open\{[^}]*group="[^"]+"[^}]*\} (\d+)$/gm)].reduce((sum, m) => sum + Number(m[1]), 0);
    expect(open).toBe(messaging.deadLetters);
  });

  it('bad input: 4xx with bilingual reasons, nothing recorded', async () => {
    const before = (await opsActions()).length;
    const target = wf(probes.onTrackA);
    const long = 'x'.repeat(501);
    const corpus: Array<[string, () => Promise<Response>]> = [
      ['unknown type', () => get('/ops/workflows?type=nope', tokens.ops)],
      ['stage with quotes', () => get('/ops/workflows?stage=a%22%20OR%20TenantId%3D%22x', tokens.ops)],
      ['stage upper case', () => get('/ops/workflows?stage=UNDER', tokens.ops)],
      ['unknown status', () => get('/ops/workflows?status=late', tokens.ops)],
      ['limit 0', () => get('/ops/workflows?limit=0', tokens.ops)],
      ['limit 201', () => get('/ops/workflows?limit=201', tokens.ops)],
      ['limit text', () => get('/ops/workflows?limit=ten', tokens.ops)],
      ['atRiskHours 0', () => get('/ops/workflows?atRiskHours=0', tokens.ops)],
      ['atRiskHours huge', () => get('/ops/workflows?atRiskHours=100000', tokens.ops)],
      ['cursor not base64url', () => get('/ops/workflows?cursor=%2B%2B%2B', tokens.ops)],
      ['cursor garbage', () => get(`/ops/workflows?cursor=${Buffer.from('garbage').toString('base64url')}`, tokens.ops)],
      [
        'cursor of other filters',
        () => get(`/ops/workflows?cursor=${Buffer.from(JSON.stringify({ n: new Date().toISOString(), f: 'x', t: 'AAAA' })).toString('base64url')}`, tokens.ops),
      ],
      [
        'cursor with a forged token',
        () =>
          get(
            `/ops/workflows?cursor=${Buffer.from(JSON.stringify({ n: new Date().toISOString(), f: JSON.stringify([null, null, null, null, null]), t: 'AAAA' })).toString('base64url')}`,
            tokens.ops,
          ),
      ],
      ['unknown query parameter', () => get('/ops/workflows?sort=deadline', tokens.ops)],
      ['tenant bad format', () => get('/ops/workflows?tenant=Tuwaiq!', tokens.ops)],
      ['counts unknown type', () => get('/ops/workflows/counts?type=x', tokens.ops)],
      ['workflow id bad chars', () => get('/ops/workflows/%24%7Bx%7D', tokens.ops)],
      ['unknown workflow', () => get(wf(`service-delivery/${A}/${randomUUID()}`), tokens.ops)],
      ['signal without reason', () => post(`${target}/signal`, tokens.ops, { signal: 'x' })],
      ['signal reason too short', () => post(`${target}/signal`, tokens.ops, { signal: 'x', reason: '  a ' })],
      ['signal reason oversized', () => post(`${target}/signal`, tokens.ops, { signal: 'x', reason: long })],
      ['signal name bad', () => post(`${target}/signal`, tokens.ops, { signal: 'no spaces please', reason: 'because' })],
      ['signal args not array', () => post(`${target}/signal`, tokens.ops, { signal: 'x', reason: 'because', args: 'a' })],
      ['signal too many args', () => post(`${target}/signal`, tokens.ops, { signal: 'x', reason: 'because', args: [1, 2, 3, 4, 5, 6] })],
      ['cancel reason not text', () => post(`${target}/cancel`, tokens.ops, { reason: 42 })],
      ['cancel unknown field', () => post(`${target}/cancel`, tokens.ops, { reason: 'because', force: true })],
      ['cancel body not JSON', () => post(`${target}/cancel`, tokens.ops, undefined, '{"reason":')],
      ['terminate without reason', () => post(`${target}/terminate`, tokens.ops, {})],
      ['reset reason oversized', () => post(`${target}/reset`, tokens.ops, { reason: long })],
      ['reset unknown workflow', () => post(`${wf(`service-delivery/${A}/${randomUUID()}`)}/reset`, tokens.ops, { reason: 'because' })],
      ['retry without reason', () => post(`${target}/activities/1/retry`, tokens.ops, {})],
      ['retry reason oversized', () => post(`${target}/activities/1/retry`, tokens.ops, { reason: long })],
      ['retry reason blank', () => post(`${target}/activities/1/retry`, tokens.ops, { reason: '    ' })],
      ['retry activity id bad chars', () => post(`${target}/activities/%24%7Bx%7D/retry`, tokens.ops, { reason: 'because' })],
      ['retry activity not pending', () => post(`${target}/activities/1/retry`, tokens.ops, { reason: 'because' })],
      ['dead letters unknown state', () => get('/ops/dead-letters?state=gone', tokens.ops)],
      ['dead letters cursor unknown', () => get(`/ops/dead-letters?cursor=${Buffer.from('99-99999').toString('base64url')}`, tokens.ops)],
      ['dead letters bad eventType', () => get('/ops/dead-letters?eventType=a%20b', tokens.ops)],
      ['redrive without ids', () => post('/ops/dead-letters/redrive', tokens.ops, { reason: 'because' })],
      ['redrive empty ids', () => post('/ops/dead-letters/redrive', tokens.ops, { ids: [], reason: 'because' })],
      ['redrive bad id', () => post('/ops/dead-letters/redrive', tokens.ops, { ids: ['0-01'], reason: 'because' })],
      [
        'redrive too many ids',
        () => post('/ops/dead-letters/redrive', tokens.ops, { ids: Array.from({ length: 101 }, (_, i) => `0-${i}`), reason: 'because' }),
      ],
      ['redrive unknown id', () => post('/ops/dead-letters/redrive', tokens.ops, { ids: ['2-999999999'], reason: 'because' })],
      ['redrive without reason', () => post('/ops/dead-letters/redrive', tokens.ops, { ids: ['0-1'] })],
      ['discard reason oversized', () => post('/ops/dead-letters/discard', tokens.ops, { ids: ['0-1'], reason: long })],
      ['officer may not', () => get('/ops/workflows', tokens.officerA)],
      ['no token', () => fetch(url('/ops/workflows'))],
    ];
    expect(corpus.length).toBeGreaterThanOrEqual(30);
    const answers: string[] = [];
    for (const [name, send] of corpus) {
      const response = await send();
      const body = (await response.json()) as Refusal;
      answers.push(`${name}: ${response.status} ${body.code}`);
      expect({ name, status: response.status >= 400 && response.status < 500 }).toEqual({ name, status: true });
      expect(body.message?.ar && body.message.en).toBeTruthy();
      if (response.status === 422) {
        expect(body.fields?.length).toBeGreaterThan(0);
        for (const field of body.fields!) for (const reason of field.reasons) expect(reason.ar && reason.en).toBeTruthy();
      }
    }
    expect((await opsActions()).length).toBe(before);
    expect((await temporal.workflow.getHandle(probes.onTrackA).describe()).status.name).toBe('RUNNING');
  });

  it('only this instance’s task queues: a workflow of the same shape elsewhere answers 404', async () => {
    probes.otherQueue = await probe(A, new Date(Date.now() - HOUR), eligibilityTaskQueue(`${platform.instance}x`));
    expect((await get(wf(probes.otherQueue), tokens.ops)).status).toBe(404);
  });
});
