// `npm start` (after the engines are up): a detached supervisor that runs the five services and
// restarts a crashed one (docs/adr/0019), then demo data.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_INSTANCE } from '@athar/contracts';
import { accountsClientSecret, API_AUDIENCE, KeycloakAdmin, realmUrls } from '@athar/identity';
import { loadTenantPolicies } from '@athar/tenancy';
import {
  checkpointEnv,
  DEFAULT_MAILBOX_PORT,
  demoCaseFrom,
  describeDemoCase,
  describeFeedbackDemo,
  describePartnerAllocationDemo,
  describeSurveyDemo,
  mailboxProcess,
  otlpEnv,
  platformProcesses,
  programmeEndsNow,
  readDemoCases,
  readyTimeoutMs,
  readSupervisorStatus,
  seedFeedbackDemo,
  seedPartnerAllocationDemo,
  seedSurveyDemo,
  spawnSupervisor,
  surveyDemoTenant,
  tryCall,
  type FeedbackDemo,
  type PartnerAllocationDemo,
  type SurveyDemo,
  type Receipt,
  type SupervisedProcess,
} from '@athar/launcher';
import { localRealmFromEnv, signInLocal } from '../token/keycloak-token';
import {
  CHECKPOINT_DIR,
  CHECKPOINT_KEY_FILE,
  isAlive,
  MAIL_DIR,
  NPM_START_BASE_PORT,
  SERVICES_LOG_DIR,
  SERVICES_RUN_DIR,
  SUPERVISOR_LOG_FILE,
  SUPERVISOR_STATUS_FILE,
} from './service-pids';

/** Waits until every service answers ready; fails early if the supervisor gave one up or died. */
async function waitAllReady(processes: SupervisedProcess[], supervisorPid: number, timeoutMs = readyTimeoutMs()): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const pending = new Set(processes);
  while (pending.size > 0) {
    if (!isAlive(supervisorPid)) throw new Error(`the supervisor (pid ${supervisorPid}) exited; see ${SUPERVISOR_LOG_FILE}`);
    const givenUp = readSupervisorStatus(SUPERVISOR_STATUS_FILE)?.processes.filter((p) => p.state === 'given-up') ?? [];
    if (givenUp.length > 0) throw new Error(givenUp.map((p) => p.message).join('\n'));
    if (Date.now() > deadline)
      throw new Error(
        `not ready after ${timeoutMs} ms: ${[...pending].map((p) => p.name).join(', ')}; see ${SERVICES_LOG_DIR}. ` +
          'On a busy machine they may still be starting: `npm run status` shows them, and `npm start` again carries on ' +
          'once they are ready (ATHAR_READY_TIMEOUT_MS waits longer).',
      );
    for (const service of [...pending]) {
      const ok = await fetch(service.readyUrl!, { signal: AbortSignal.timeout(3_000) }).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) pending.delete(service);
    }
    if (pending.size > 0) await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** Where the services send their traces, as npm start prints it. */
function tracesLine(): string {
  const endpoint = otlpEnv().OTEL_EXPORTER_OTLP_ENDPOINT;
  if (!endpoint) return 'off (ATHAR_JAEGER=1 npm start runs Jaeger; or set OTEL_EXPORTER_OTLP_ENDPOINT)';
  return process.env.ATHAR_JAEGER === '1' ? `Jaeger http://127.0.0.1:${process.env.ATHAR_JAEGER_UI_PORT ?? 16686} (OTLP ${endpoint})` : `OTLP to ${endpoint}`;
}

async function main(): Promise<void> {
  mkdirSync(SERVICES_RUN_DIR, { recursive: true });
  // The services accept the local Keycloak realm's tokens (provisioned before this runs: start.sh; docs/adr/0033).
  const local = localRealmFromEnv();
  const realm = realmUrls(local.connection.baseUrl, local.realm);
  // Email goes to a loopback mailbox under the engines' run folder (npm run mail reads it), unless the
  // user points the services at an SMTP server of their own (ATHAR_SMTP_URL).
  const mailboxPort = Number(process.env.ATHAR_MAILBOX_PORT ?? DEFAULT_MAILBOX_PORT);
  const ownSmtp = process.env.ATHAR_SMTP_URL;
  // Signed checkpoints of the event store (docs/adr/0043): the key start.sh made (npm run audit -- keygen), in the engines folder.
  const checkpoints = await checkpointEnv({ keyFile: CHECKPOINT_KEY_FILE, dir: CHECKPOINT_DIR });
  const options = {
    instance: process.env.ATHAR_INSTANCE ?? DEFAULT_INSTANCE,
    basePort: NPM_START_BASE_PORT,
    logDir: SERVICES_LOG_DIR,
    tokenVerifier: { jwksUrl: realm.jwks, issuer: realm.issuer, audience: API_AUDIENCE },
    extraEnv: {
      ATHAR_SMTP_URL: ownSmtp ?? `smtp://127.0.0.1:${mailboxPort}`,
      // intake's own Keycloak client: staff accounts, the revocation check, applicants' sign-in by code (docs/adr/0034)
      ATHAR_KEYCLOAK_URL: local.connection.baseUrl,
      ATHAR_KEYCLOAK_REALM: local.realm,
      ATHAR_KEYCLOAK_CLIENT_SECRET: await accountsClientSecret(new KeycloakAdmin(local.connection), local.realm),
      ...checkpoints.env,
      // survey links open the local console's survey page (docs/adr/0041), where the demo's unanswered one is answered
      ATHAR_SURVEY_LINK_BASE: process.env.ATHAR_SURVEY_LINK_BASE ?? `${CONSOLE}/survey`,
      // traces to the collector OTEL_EXPORTER_OTLP_ENDPOINT names, or to the local Jaeger start.sh started with ATHAR_JAEGER=1 (docs/adr/0047)
      ...otlpEnv(),
    },
  };
  const services = platformProcesses(options);
  const processes = ownSmtp ? services : [mailboxProcess(MAIL_DIR, mailboxPort, join(SERVICES_LOG_DIR, 'mailbox.log')), ...services];
  const running = readSupervisorStatus(SUPERVISOR_STATUS_FILE);
  let supervisorPid: number;
  if (running && running.state === 'running' && isAlive(running.pid)) {
    supervisorPid = running.pid;
    console.log(`[athar] already running under the supervisor (pid ${supervisorPid}); npm run status shows each service`);
  } else {
    supervisorPid = spawnSupervisor({ processes, statusFile: SUPERVISOR_STATUS_FILE, logFile: SUPERVISOR_LOG_FILE }).pid;
    console.log(`[athar] supervisor started (pid ${supervisorPid}); it starts the five services and restarts a crashed one`);
  }
  await waitAllReady(services, supervisorPid);
  console.log('[athar] all five services are ready');

  const marker = join(SERVICES_RUN_DIR, 'demo-seeded');
  const tenants = loadTenantPolicies();
  let demo = readDemoCases(marker);
  if (demo === null) {
    demo = [];
    for (const tenant of tenants) {
      const token = await signInLocal({ tenantId: tenant.tenantId, roles: ['relations-officer'] }, local);
      const service = tenant.services.find((s) => s.beneficiaryType === 'direct')!;
      const response = await fetch(`${INTAKE}/applications`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({
          serviceId: service.id,
          channel: tenant.channels[0],
          applicant: { fullName: 'مستفيد تجريبي', nationalId: DEMO_NATIONAL_ID, mobile: '0500000000' },
          declaration: { accepted: true, signedName: 'مستفيد تجريبي', declarationVersion: tenant.declaration.version },
        }),
      });
      const body = (await response.json()) as Receipt;
      if (response.status !== 201) {
        console.log(`[athar] demo application for ${tenant.tenantId} refused: ${response.status} ${JSON.stringify(body)}`);
        continue;
      }
      const demoCase = demoCaseFrom(tenant.tenantId, body);
      demo.push(demoCase);
      console.log(`[athar] demo application for ${tenant.tenantId}: ${describeDemoCase(demoCase)}`);
    }
    writeFileSync(marker, JSON.stringify({ seededAt: new Date().toISOString(), cases: demo }, null, 2));
  }
  // Tuwaiq's partner allocation (clauses 1–4): three partners, a round approved, an agreement in force; once (its own marker).
  let partnerDemo: PartnerAllocationDemo | null = null;
  try {
    partnerDemo = await seedPartnerAllocationDemo({
      baseUrl: PARTNER_ALLOCATION,
      token: (tenantId, roles) => signInLocal({ tenantId, roles: roles as Parameters<typeof signInLocal>[0]['roles'] }, local),
      marker: join(SERVICES_RUN_DIR, 'demo-partner-allocation-seeded'),
      log: (line) => console.log(`[athar] demo partner allocation: ${line}`),
    });
  } catch (error) {
    console.log(`[athar] demo partner allocation not seeded: ${error instanceof Error ? error.message : String(error)}`);
  }
  // Complaints in each state for every association, and Environment Madinah's general issue on the board's agenda; once (its own marker).
  let feedbackDemo: FeedbackDemo | null = null;
  try {
    feedbackDemo = await seedFeedbackDemo({
      baseUrl: FEEDBACK,
      tenants: tenants.map((t) => ({ tenantId: t.tenantId, serviceId: t.services.find((s) => s.beneficiaryType === 'direct')!.id })),
      token: (tenantId, roles) => signInLocal({ tenantId, roles: roles as Parameters<typeof signInLocal>[0]['roles'] }, local),
      marker: join(SERVICES_RUN_DIR, 'demo-feedback-seeded'),
      log: (line) => console.log(`[athar] demo feedback: ${line}`),
    });
  } catch (error) {
    console.log(`[athar] demo feedback not seeded: ${error instanceof Error ? error.message : String(error)}`);
  }
  // Satisfaction surveys for every association: k answered (the dashboard shows figures) and one unanswered; once (its own marker).
  let surveyDemo: SurveyDemo | null = null;
  const programmes = programmeEndsNow();
  try {
    surveyDemo = await seedSurveyDemo({
      intakeUrl: INTAKE,
      committeeReviewUrl: COMMITTEE_REVIEW,
      feedbackUrl: FEEDBACK,
      tenants: tenants.flatMap((t) => surveyDemoTenant(t) ?? []),
      token: (tenantId, roles, userId) =>
        signInLocal({ tenantId, roles: roles as Parameters<typeof signInLocal>[0]['roles'], ...(userId ? { userId } : {}) }, local),
      endProgramme: (tenantId, caseId) => programmes.endProgramme(tenantId, caseId),
      marker: join(SERVICES_RUN_DIR, 'demo-surveys-seeded'),
      log: (line) => console.log(`[athar] demo surveys: ${line}`),
    });
  } catch (error) {
    console.log(`[athar] demo surveys not seeded: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await programmes.close();
  }
  console.log(`
Athar is running (instance "${options.instance}"):
  intake              ${INTAKE}/docs
  eligibility         http://127.0.0.1:3002/docs
  committee-review    http://127.0.0.1:3003/docs
  partner-allocation  http://127.0.0.1:3004/docs
  feedback            http://127.0.0.1:3005/docs
  Temporal web UI     http://127.0.0.1:8233
  traces              ${tracesLine()}
  metrics, alerts     http://127.0.0.1:${process.env.ATHAR_PROMETHEUS_PORT ?? 9090}/alerts (Prometheus; rules infra/observability/alerts.yml)
  logs                ${options.logDir} (supervisor: ${SUPERVISOR_LOG_FILE})
  checkpoints         signed by key ${checkpoints.keyId} every ${process.env.ATHAR_CHECKPOINT_EVERY_SECONDS ?? 60} s into ${CHECKPOINT_DIR}; npm run audit -- verify
  email               ${ownSmtp ? 'sent over your ATHAR_SMTP_URL' : `a loopback mailbox on 127.0.0.1:${mailboxPort}, kept in ${MAIL_DIR}; read it: npm run mail`}
A token:   npm run token -- --tenant awj --role relations-officer`);
  const example = demo.find((c) => c.tenantId === 'awj') ?? demo[0];
  if (example) {
    console.log(`Demo case: ${example.tenantId} ${describeDemoCase(example)}`);
    console.log(`Try:       ${tryCall(example, INTAKE)}`);
  }
  for (const line of partnerDemo ? describePartnerAllocationDemo(partnerDemo) : []) console.log(line);
  for (const line of feedbackDemo ? describeFeedbackDemo(feedbackDemo) : []) console.log(line);
  for (const line of surveyDemo ? describeSurveyDemo(surveyDemo, CONSOLE, INTAKE) : []) console.log(line);
  console.log('Status:    npm run status');
  console.log('Stop:      npm run stop');
}

const INTAKE = 'http://127.0.0.1:3001';
const PARTNER_ALLOCATION = 'http://127.0.0.1:3004';
const COMMITTEE_REVIEW = 'http://127.0.0.1:3003';
const FEEDBACK = 'http://127.0.0.1:3005';
/** The web console start.sh serves (docs/adr/0036). */
const CONSOLE = `http://127.0.0.1:${process.env.ATHAR_CONSOLE_PORT ?? 4200}`;
/** The demo seed's applicant (a valid check digit); the README's example uses another person. */
const DEMO_NATIONAL_ID = '1000000008';

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
