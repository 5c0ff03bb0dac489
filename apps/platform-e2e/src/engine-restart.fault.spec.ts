import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'pg';
import { API_AUDIENCE, keycloakConnectionFromEnv, TestRealm } from '@athar/identity';
import { deleteInstance, readyTimeoutMs, startPlatform, stopServices, type RunningService } from '@athar/launcher';
import { kafkaConfigFromEnv } from '@athar/messaging';
import { deadLettered, ledger, waitForReadModels, type Engines } from '../../../tools/chaos/checks';
import { inBatches, PacedLoad, sleep } from '../../../tools/chaos/load';
import { eventually, randomBasePort } from './platform-under-test';
import { PrivateFerretDb, PrivatePostgres } from './private-engines';

jest.setTimeout(600_000);

interface Readiness {
  status: number;
  down: string[];
}

const tail = (file: string): string => (existsSync(file) ? readFileSync(file, 'utf8').split('\n').slice(-15).join('\n') : '(no log)');

/**
 * PostgreSQL, then FerretDB, restarted under load (docs/adr/0019). The platform here runs on a
 * PostgreSQL and a FerretDB of this test's own (the shared engines are never restarted); Kafka and
 * Temporal are the shared ones.
 */
describe('engines restarted under load', () => {
  let postgres: PrivatePostgres;
  let ferret: PrivateFerretDb;
  let services: RunningService[] = [];
  let dir: string;
  const instance = `rst${randomBytes(4).toString('hex')}`;
  let env: NodeJS.ProcessEnv;
  // The officers sign in through a throw-away Keycloak realm (docs/adr/0033); Keycloak is not one of the
  // engines this drill breaks.
  const realm = new TestRealm(keycloakConnectionFromEnv());
  const exits: string[] = [];
  let passed = false;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'athar-restart-'));
    postgres = await PrivatePostgres.create();
    ferret = await PrivateFerretDb.create(postgres);
    await realm.create([{ tenantId: 'awj' }]);
    const engines = { ...postgres.env, ATHAR_MONGO_URL: ferret.url };
    env = { ...process.env, ...engines };
    services = await startPlatform({
      // ATHAR_READY_TIMEOUT_MS on a loaded machine (default 180 s)
      readyTimeoutMs: readyTimeoutMs(),
      onNotReady: (context) => console.error(`${context} log:\n${tail(join(dir, 'logs', `${context}.log`))}`),
      instance,
      // 4190 (ManageSieve) is one of fetch's bad ports: a drill that drew it never saw intake ready.
      basePort: randomBasePort(4000),
      logDir: join(dir, 'logs'),
      tokenVerifier: { jwksUrl: realm.urls.jwks, issuer: realm.urls.issuer, audience: API_AUDIENCE },
      extraEnv: engines,
    });
    for (const s of services) s.process.once('exit', (code, signal) => exits.push(`${s.context} exited (${signal ?? code})`));
  });

  afterAll(async () => {
    await stopServices(services);
    await deleteInstance(instance, env).catch(() => undefined);
    await ferret?.destroy();
    await postgres?.destroy();
    await realm.delete();
    // The services' logs are kept when the test failed: they are what tells why.
    if (passed) rmSync(dir, { recursive: true, force: true });
    else console.error(`engine-restart: the private platform's logs are kept in ${join(dir, 'logs')}`);
  });

  const url = (context: string) => services.find((s) => s.context === context)!.url;

  async function readiness(context: string): Promise<Readiness> {
    try {
      const response = await fetch(`${url(context)}/health/ready`, { signal: AbortSignal.timeout(5_000) });
      const body = (await response.json()) as { checks: Record<string, { status: string }> };
      return {
        status: response.status,
        down: Object.entries(body.checks)
          .filter(([, c]) => c.status === 'down')
          .map(([name]) => name),
      };
    } catch {
      return { status: 0, down: ['no answer'] };
    }
  }

  /** Polls every service's readiness until `engine` is reported down by all (or time is up). */
  async function watchOutage(engine: string, seen: Map<string, Readiness>): Promise<void> {
    const deadline = Date.now() + 12_000;
    while (Date.now() < deadline && seen.size < services.length) {
      // In parallel: a check of an engine that is gone takes up to its 3 s time-out.
      await Promise.all(
        services
          .filter((s) => !seen.has(s.context))
          .map(async (s) => {
            const r = await readiness(s.context);
            if (r.status === 503 && r.down.includes(engine)) seen.set(s.context, r);
          }),
      );
      await sleep(300);
    }
  }

  it('accepts every submission exactly once, reaches every service, answers 503 naming the engine while it is down, and no service restarts', async () => {
    const pids = services.map((s) => s.process.pid);
    const started = Date.now();
    const at = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
    const timeline: string[] = [];
    // Ten officers, so the per-user rate limit (1200/min) is not what the test measures.
    const tokens = await Promise.all(Array.from({ length: 10 }, (_, i) => realm.tokenFor('awj', ['relations-officer'], `awj-officer-${i}`)));
    const token = tokens[0];
    // 120 submissions over 32 s, each by a client that retries with the same key while refused (tools/chaos),
    // for up to 4 min: on a saturated two-core machine a first attempt may stay in progress (409) for a minute.
    const load = new PacedLoad({
      intakeUrl: () => url('intake'),
      token: async (i) => tokens[i % tokens.length],
      rate: 120 / 32,
      count: 120,
      retryForMs: 240_000,
    });

    // PostgreSQL crashes 6 s in and is back 5 s later.
    await sleep(6_000);
    await postgres.stopImmediately();
    timeline.push(`${at()} PostgreSQL stopped (immediate)`);
    const pgDown = new Map<string, Readiness>();
    await Promise.all([watchOutage('postgres', pgDown), sleep(5_000)]);
    await postgres.start();
    timeline.push(`${at()} PostgreSQL back`);
    const readyAfterPg = await eventually(
      async () => ((await Promise.all(services.map((s) => readiness(s.context)))).every((r) => r.status === 200) ? true : undefined),
      60_000,
    );
    timeline.push(`${at()} all five services ready again (${readyAfterPg.ms} ms after PostgreSQL was back)`);

    // FerretDB killed next, back 5 s later.
    await sleep(3_000);
    await ferret.kill();
    timeline.push(`${at()} FerretDB killed (SIGKILL)`);
    const mongoDown = new Map<string, Readiness>();
    await Promise.all([watchOutage('mongodb', mongoDown), sleep(5_000)]);
    await ferret.start();
    timeline.push(`${at()} FerretDB back`);
    const readyAfterMongo = await eventually(
      async () => ((await Promise.all(services.map((s) => readiness(s.context)))).every((r) => r.status === 200) ? true : undefined),
      60_000,
    );
    timeline.push(`${at()} all five services ready again (${readyAfterMongo.ms} ms after FerretDB was back)`);

    const submissions = await load.settled();
    timeline.push(`${at()} all 120 submissions answered 201`);

    // Readiness named the engine while it was down, in every service.
    expect([...pgDown.keys()].sort()).toEqual(services.map((s) => s.context).sort());
    expect([...mongoDown.keys()].sort()).toEqual(services.map((s) => s.context).sort());

    // Every submission accepted, none with a 500; some were refused with 503 meanwhile and went through on retry.
    const statuses = submissions.flatMap((s) => s.statuses);
    console.log(`answers: ${JSON.stringify(statuses.reduce<Record<number, number>>((acc, s) => ({ ...acc, [s]: (acc[s] ?? 0) + 1 }), {}))}`);
    expect(statuses).not.toContain(500);
    expect(submissions.filter((s) => s.caseId === undefined).map((s) => s.statuses)).toEqual([]);
    const caseIds = submissions.map((s) => s.caseId!);
    expect(new Set(caseIds).size).toBe(120);

    // Each case reaches its read model in all five services. Each service's own view is asked for the
    // cases it does not show yet, a few at a time (the test's reads compete with the catching-up services
    // for the machine's two cores). The wait adapts to the machine: it goes on while cases keep arriving
    // and fails once none has arrived for 30 s, or after 150 s in all, saying which services miss how many.
    const engines: Engines = {
      instance,
      pgUrl: postgres.url(),
      brokers: kafkaConfigFromEnv(env).brokers,
      temporalAddress: env.TEMPORAL_ADDRESS ?? '127.0.0.1:7233',
      serviceUrl: url,
      token: async () => token,
    };
    const catchUp = await waitForReadModels(engines, caseIds);
    if (Object.keys(catchUp.missing).length > 0)
      throw new Error(`cases missing per service: ${JSON.stringify(catchUp.missing)}; rounds: ${catchUp.rounds.join('; ')}`);
    timeline.push(`${at()} all 120 cases in all five services' read models`);
    console.log(
      `all 120 cases in all five services ${catchUp.ms} ms after the load; missing after each round: ${catchUp.rounds.join('; ')}\n${timeline.join('\n')}`,
    );

    // And as a caller sees it: the status of each case names its stage in every service; the read is logged once.
    const statusReads = new Map<string, number>();
    const notEverywhere: string[] = [];
    await inBatches(caseIds, 4, async (caseId) => {
      // A service that does not answer intake within its 2 s shows as unavailable: asked again, at most twice.
      for (let attempt = 1; ; attempt += 1) {
        const r = await fetch(`${url('intake')}/cases/${caseId}/status?purpose=case-handling`, {
          headers: { authorization: `Bearer ${token}` },
          signal: AbortSignal.timeout(20_000),
        });
        expect(r.status).toBe(200);
        statusReads.set(caseId, (statusReads.get(caseId) ?? 0) + 1);
        const body = (await r.json()) as { services: Record<string, { stage?: string; unavailable?: true } | null> };
        const views = Object.entries(body.services);
        if (attempt < 3 && views.some(([, view]) => view?.unavailable === true)) continue;
        for (const [service, view] of views) if (typeof view?.stage !== 'string') notEverywhere.push(`${caseId} ${service} ${JSON.stringify(view)}`);
        return;
      }
    });
    expect(notEverywhere).toEqual([]);

    // Nothing lost, nothing applied twice: one of each per-case fact in the store, one inbox row per consumer
    // group, one acknowledgement SMS, a workflow for each opened review (tools/chaos/checks.ts).
    expect(await ledger(engines, caseIds)).toEqual({ lost: [], duplicated: [], counted: expect.objectContaining({ events: 120 }) });
    const pool = new Pool({ connectionString: postgres.url(), max: 1 });
    try {
      // A read of the record is a fact of its own each time (docs/adr/0014): those are counted against the reads made.
      const reads = await pool.query(
        `SELECT data->>'caseId' AS case_id, count(*)::int AS n FROM "${instance}_events".events
          WHERE type = 'BeneficiaryRecordRead' AND data->>'resource' = 'case-status' GROUP BY 1`,
      );
      expect(Object.fromEntries(reads.rows.map((r: { case_id: string; n: number }) => [r.case_id, r.n]))).toEqual(Object.fromEntries(statusReads));
      const submitted = await pool.query(`SELECT count(*)::int AS n FROM "${instance}_events".events WHERE type = 'ApplicationSubmitted'`);
      expect(submitted.rows[0].n).toBe(120);
      // The services ran as athar_app on the private engine, as they do on the shared one (docs/adr/0018).
      const roles = await pool.query(
        `SELECT DISTINCT usename FROM pg_stat_activity WHERE datname = 'athar' AND pid <> pg_backend_pid() AND usename IS NOT NULL`,
      );
      expect(roles.rows.map((r: { usename: string }) => r.usename)).toEqual(['athar_app']);
    } finally {
      await pool.end();
    }

    // Nothing was dead-lettered: an outage holds a message until the engine is back (docs/adr/0017).
    expect(await deadLettered(engines)).toBe(0);

    // The same processes throughout: nothing restarted them.
    expect(exits).toEqual([]);
    expect(services.map((s) => s.process.pid)).toEqual(pids);
    expect(services.every((s) => s.process.exitCode === null && s.process.signalCode === null)).toBe(true);
    passed = true;
  });
});
