import { createPublicKey, randomBytes, type JsonWebKey } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BOUNDED_CONTEXTS, type BoundedContext } from '@athar/contracts';
import {
  accountsClientSecret,
  ATHAR_SCOPE,
  keycloakConnectionFromEnv,
  provisionAccounts,
  TEST_CLIENT_ID,
  TestRealm,
  type KeycloakConnection,
  type Role,
} from '@athar/identity';
import { loadTenantPolicies } from '@athar/tenancy';
import { LoopbackTraceReceiver, readTraces, type ReceivedSpan } from './loopback-traces';
import {
  checkpointEnv,
  deleteInstance,
  LoopbackMailbox,
  newNationalId,
  readMailbox,
  startPlatform,
  stopServices,
  type ReceivedMail,
  type RunningService,
} from '@athar/launcher';

export { newNationalId };

/** What global setup tells the test files about the platform it started. */
interface PlatformState {
  instance: string;
  basePort: number;
  dir: string;
  /** The run's throw-away Keycloak realm (docs/adr/0033): every token the tests use is signed in there. */
  keycloak: { connection: KeycloakConnection; realm: string; password: string };
  pids: number[];
  /** Where the loopback SMTP server keeps every email the platform sends (the applicants' mailboxes). */
  mailDir: string;
  /** The run's throw-away checkpoint signing key and the checkpoints' outside copy (docs/adr/0043). */
  checkpoints: { keyFile: string; dir: string };
}

const STATE_ENV = 'ATHAR_E2E_STATE';
/** A second replica of each service listens this many ports above the first. */
const REPLICA_PORT_OFFSET = 5;

/** Ports the Fetch standard forbids (fetch fails with "bad port"): a platform must not listen on one. */
const FETCH_BAD_PORTS = new Set([3659, 4045, 4190, 5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668, 6669, 6679, 6697, 10080]);

/** A base port in [from, from + 10 × slots) whose five service ports fetch may call. */
export function randomBasePort(from: number, slots = 80): number {
  for (;;) {
    const base = from + Math.floor(Math.random() * slots) * 10;
    // the ten ports of the slot: the five services, and a second replica of each (start({ replicas: 2 }))
    if (![0, 1, 2, 3, 4, 5, 6, 7, 8, 9].some((offset) => FETCH_BAD_PORTS.has(base + offset))) return base;
  }
}

/** How long a complaint's working day lasts on the e2e platform (ATHAR_COMPLAINT_DAY_MS, test platforms only). */
export const COMPLAINT_DAY_MS = 1_000;
/** How long a programme day lasts on the e2e platform (ATHAR_DELIVERY_DAY_MS, test platforms only): 90 days end in 90 s. */
export const DELIVERY_DAY_MS = 1_000;
/** How long a satisfaction survey's day lasts there (ATHAR_SURVEY_DAY_SECONDS): reminder after 3 days = 15 s, closed after 14 = 70 s. */
export const SURVEY_DAY_MS = 5_000;

/** How often the e2e platform's services sign a checkpoint (ATHAR_CHECKPOINT_EVERY_SECONDS; 60 in production). */
export const CHECKPOINT_EVERY_SECONDS = 3;

/** The one browser origin the platform under test allows (ATHAR_CORS_ORIGINS). */
export const E2E_CORS_ORIGIN = 'https://console.athar.test';

/**
 * The five services as real processes on the real engines, under a fresh instance name (its own
 * topics, consumer groups, event-store schema, databases and task queue) and their own ports, so a
 * test run never meets a running platform or another run. Started once for all e2e files by jest's
 * global setup; each file reads it with `PlatformUnderTest.current()`.
 */
export class PlatformUnderTest {
  private testRealm: TestRealm | undefined;

  private constructor(private readonly state: PlatformState) {}

  /**
   * `replicas: 2` starts a second process of every service on the same instance (ports basePort + 5 …),
   * as a second machine would run them (docs/adr/0052); `replicaUrl(context, 1)` reaches them.
   */
  static async start(
    options: { replicas?: 1 | 2 } = {},
  ): Promise<{ platform: PlatformUnderTest; services: RunningService[]; mailbox: LoopbackMailbox; traces: LoopbackTraceReceiver }> {
    const dir = mkdtempSync(join(tmpdir(), 'athar-e2e-'));
    const realm = new TestRealm(keycloakConnectionFromEnv());
    const state: PlatformState = {
      instance: `e2e${randomBytes(4).toString('hex')}`,
      basePort: randomBasePort(3100),
      dir,
      keycloak: { connection: realm.connection, realm: realm.realm, password: realm.password },
      pids: [],
      mailDir: join(dir, 'mail'),
      checkpoints: { keyFile: join(dir, 'audit', 'checkpoint-signing.key'), dir: join(dir, 'audit', 'checkpoints') },
    };
    // every run exercises the services' checkpointer, with a key and an outside copy of its own
    const checkpoints = await checkpointEnv({ ...state.checkpoints, everySeconds: CHECKPOINT_EVERY_SECONDS });
    await realm.create(loadTenantPolicies().map((p) => ({ tenantId: p.tenantId, name: p.name })));
    await addExpiringClient(realm);
    // intake's own client: staff accounts, the revocation check, applicants' sign-in by code (docs/adr/0034)
    await provisionAccounts(realm.admin, realm.realm);
    const accounts = {
      ATHAR_KEYCLOAK_URL: realm.connection.baseUrl,
      ATHAR_KEYCLOAK_REALM: realm.realm,
      ATHAR_KEYCLOAK_CLIENT_SECRET: await accountsClientSecret(realm.admin, realm.realm),
    };
    const verifier = realm.verifierEnv();
    const mailbox = await LoopbackMailbox.start(state.mailDir);
    // The services' spans, exported over OTLP/HTTP to a loopback receiver (docs/adr/0046).
    const traces = await LoopbackTraceReceiver.start(join(dir, 'traces'));
    const launch = (replica: number) => ({
      instance: state.instance,
      basePort: state.basePort + REPLICA_PORT_OFFSET * replica,
      logDir: join(dir, replica === 0 ? 'logs' : `logs-replica-${replica}`),
      tokenVerifier: { jwksUrl: verifier.ATHAR_JWKS_URL, issuer: verifier.ATHAR_JWT_ISSUER, audience: verifier.ATHAR_JWT_AUDIENCE },
      extraEnv: {
        ATHAR_CORS_ORIGINS: E2E_CORS_ORIGIN,
        ATHAR_SMTP_URL: mailbox.url,
        ATHAR_MAIL_FROM: 'no-reply@athar.test',
        // A complaint's working day lasts this long (docs/adr/0042): a normal complaint (20 days) breaches in
        // 20 s, an urgent one in 5 s, so complaints.e2e sees reminders, breach and escalation in one run.
        ATHAR_COMPLAINT_DAY_MS: String(COMPLAINT_DAY_MS),
        // A programme ends, and its satisfaction survey reminds and closes, in seconds (docs/adr/0041).
        ATHAR_DELIVERY_DAY_MS: String(DELIVERY_DAY_MS),
        ATHAR_SURVEY_DAY_SECONDS: String(SURVEY_DAY_MS / 1000),
        ...checkpoints.env,
        ...accounts,
        OTEL_EXPORTER_OTLP_ENDPOINT: traces.endpoint,
      },
    });
    const services = await (async () => {
      const first = await startPlatform(launch(0));
      if ((options.replicas ?? 1) === 1) return first;
      return [
        ...first,
        ...(await startPlatform(launch(1)).catch(async (error: unknown) => {
          await stopServices(first);
          throw error;
        })),
      ];
    })().catch(async (error: unknown) => {
      await mailbox.close();
      await traces.close();
      await realm.delete();
      throw error;
    });
    state.pids = services.map((s) => s.process.pid ?? 0);
    const stateFile = join(dir, 'state.json');
    writeFileSync(stateFile, JSON.stringify(state), { mode: 0o600 });
    process.env[STATE_ENV] = stateFile;
    return { platform: new PlatformUnderTest(state), services, mailbox, traces };
  }

  static current(): PlatformUnderTest {
    const file = process.env[STATE_ENV];
    if (!file) throw new Error('The e2e platform is started by jest globalSetup (apps/platform-e2e/global-setup.ts)');
    return new PlatformUnderTest(JSON.parse(readFileSync(file, 'utf8')) as PlatformState);
  }

  /** Stops what start() started; the mailbox and trace receiver are servers too, left open they keep jest's process alive. */
  static async stop(services: RunningService[], platform: PlatformUnderTest, mailbox: LoopbackMailbox, traces: LoopbackTraceReceiver): Promise<void> {
    await stopServices(services);
    await mailbox.close();
    await traces.close();
    await deleteInstance(platform.instance);
    await platform.realm.delete();
  }

  /** The run's Keycloak realm (users, sign-in, its admin API). */
  get realm(): TestRealm {
    this.testRealm ??= new TestRealm(this.state.keycloak.connection, this.state.keycloak.realm, this.state.keycloak.password);
    return this.testRealm;
  }

  get instance(): string {
    return this.state.instance;
  }

  /** Every span the services exported so far (docs/adr/0046). */
  spans(): ReceivedSpan[] {
    return readTraces(join(this.state.dir, 'traces'));
  }

  /** Every email the platform sent, as the recipient's mail program reads it (optionally to one address only). */
  mailTo(address?: string): Promise<ReceivedMail[]> {
    return readMailbox(this.state.mailDir, address);
  }

  /** The loopback mailbox's folder (`npm run mail` reads it with ATHAR_MAIL_DIR). */
  get mailDir(): string {
    return this.state.mailDir;
  }

  /**
   * What `npm run audit` needs to work on this platform's store with its checkpoint key and outside copy
   * (ATHAR_INSTANCE, ATHAR_CHECKPOINT_KEY_FILE, ATHAR_CHECKPOINT_DIR).
   */
  get auditEnv(): NodeJS.ProcessEnv {
    return { ATHAR_INSTANCE: this.state.instance, ATHAR_CHECKPOINT_KEY_FILE: this.state.checkpoints.keyFile, ATHAR_CHECKPOINT_DIR: this.state.checkpoints.dir };
  }

  get logDir(): string {
    return join(this.state.dir, 'logs');
  }

  url(context: BoundedContext): string {
    return this.replicaUrl(context, 0);
  }

  /** A replica's address: 0 the first process of the service, 1 the second (start({ replicas: 2 })). */
  replicaUrl(context: BoundedContext, replica: number): string {
    return `http://127.0.0.1:${this.state.basePort + REPLICA_PORT_OFFSET * replica + BOUNDED_CONTEXTS.indexOf(context)}`;
  }

  /**
   * A Keycloak access token of a user of the tenant holding exactly these roles (one user per tenant and
   * role set for the whole run, signed in with the test realm's password grant; reused until 30 s before
   * it runs out, across test files).
   */
  token(tenantId: string, roles: Role[] = ['relations-officer']): Promise<string> {
    return this.signedIn(tenantId, roles);
  }

  /** A token for a named person (its `sub`), e.g. a committee member the tenant's policy lists by user id (at most 36 characters). */
  tokenFor(tenantId: string, userId: string, roles: Role[]): Promise<string> {
    return this.signedIn(tenantId, roles, userId);
  }

  /** A token of a new person each call (another applicant, another officer), and its subject. */
  async newPerson(tenantId: string, roles: Role[]): Promise<{ token: string; userId: string }> {
    const userId = `p-${randomBytes(8).toString('hex')}`;
    return { token: await this.tokenFor(tenantId, userId, roles), userId };
  }

  /**
   * A genuine Keycloak token of this realm that has run out: signed in through a client whose access
   * tokens live 1 s, returned once its expiry has passed.
   */
  async expiredToken(tenantId: string, roles: Role[]): Promise<string> {
    const { username } = await this.realm.user(tenantId, roles);
    const token = await this.realm.signIn(username, EXPIRING_CLIENT_ID);
    const wait = claimsOf(token).exp * 1000 + 1_100 - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    return token;
  }

  /** The realm's current ES256 public key (PEM), e.g. to forge an HS256 token with it as the secret (algorithm confusion). */
  async realmPublicKeyPem(): Promise<string> {
    const { keys } = (await (await fetch(this.realm.urls.jwks)).json()) as { keys: Array<JsonWebKey & { alg?: string; use?: string }> };
    const key = keys.find((k) => k.alg === 'ES256' && k.use !== 'enc');
    if (!key) throw new Error(`no ES256 key in ${this.realm.urls.jwks}`);
    return createPublicKey({ key, format: 'jwk' }).export({ type: 'spki', format: 'pem' }).toString();
  }

  private async signedIn(tenantId: string, roles: Role[], userId?: string): Promise<string> {
    const key = `${tenantId}|${[...roles].sort().join(',')}|${userId ?? ''}`;
    const cacheFile = join(this.state.dir, 'keycloak-sign-ins.json');
    const cache = (existsSync(cacheFile) ? JSON.parse(readFileSync(cacheFile, 'utf8')) : {}) as Record<string, SignIn>;
    const known = cache[key];
    if (known && Date.now() < known.renewAt) return known.token;
    const username = known?.username ?? (await this.realm.user(tenantId, roles, userId)).username;
    const token = await this.realm.signIn(username);
    const fresh = (JSON.parse(existsSync(cacheFile) ? readFileSync(cacheFile, 'utf8') : '{}') as Record<string, SignIn>) ?? {};
    fresh[key] = { username, token, renewAt: claimsOf(token).exp * 1000 - 30_000 };
    writeFileSync(cacheFile, JSON.stringify(fresh), { mode: 0o600 });
    return token;
  }
}

interface SignIn {
  username: string;
  token: string;
  renewAt: number;
}

/** The test realm's second password-grant client: its access tokens live 1 s (expired-token tests). */
const EXPIRING_CLIENT_ID = 'athar-test-expiring';

async function addExpiringClient(realm: TestRealm): Promise<void> {
  const r = `/${encodeURIComponent(realm.realm)}`;
  const [testClient] = await realm.admin.call<Array<Record<string, unknown>>>('GET', `${r}/clients?clientId=${TEST_CLIENT_ID}`);
  const { id: _id, ...rest } = testClient;
  const id = await realm.admin.create(`${r}/clients`, {
    ...rest,
    clientId: EXPIRING_CLIENT_ID,
    name: 'Athar tests: tokens that expire at once',
    attributes: { ...(rest.attributes as Record<string, string>), 'access.token.lifespan': '1' },
  });
  const scopes = await realm.admin.call<Array<{ id: string; name: string }>>('GET', `${r}/client-scopes`);
  const athar = scopes.find((s) => s.name === ATHAR_SCOPE);
  if (athar) await realm.admin.call('PUT', `${r}/clients/${id}/default-client-scopes/${athar.id}`);
}

/** A JWT's payload (not verified: the tests read what Keycloak put there). */
export function claimsOf(token: string): { sub: string; exp: number; tenant_id: string; roles: string[]; iss: string; aud: string | string[] } {
  return JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')) as ReturnType<typeof claimsOf>;
}

/** A response's JSON body without its correlation id: two answers compared for "reveals nothing" differ only there. */
export async function bodyWithoutCorrelation(response: Response): Promise<unknown> {
  const body = (await response.json().catch(() => null)) as unknown;
  return JSON.parse(JSON.stringify(body, (key, value: unknown) => (key === 'correlationId' ? undefined : value))) as unknown;
}

/** Polls until `probe` returns a value or the time is up; returns the value and how long it took. */
export async function eventually<T>(probe: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<{ value: T; ms: number }> {
  const started = Date.now();
  let lastError: unknown;
  while (Date.now() - started < timeoutMs) {
    try {
      const value = await probe();
      if (value !== undefined) return { value, ms: Date.now() - started };
    } catch (error) {
      lastError = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`condition not met within ${timeoutMs} ms${lastError ? `: ${(lastError as Error).message}` : ''}`);
}

/** A complete, valid application body for a new person, declaration included (override what a test varies). */
export function applicationBody(serviceId: string, channel: string, fullName = 'سارة عبدالله العتيبي') {
  return {
    serviceId,
    channel,
    applicant: { fullName, nationalId: newNationalId(), mobile: '0512345678' },
    declaration: { accepted: true, signedName: fullName, declarationVersion: 1 },
  };
}

const PDF = Buffer.from('%PDF-1.7\n%%EOF\n');

/** A complete Tuwaiq training application (Tuwaiq 6-2): fields, the four documents (and any extra ones), then submission. */
export async function submitTuwaiqTraining(
  platform: PlatformUnderTest,
  token: string,
  extra: Record<string, unknown>,
  extraDocuments: string[] = [],
): Promise<{ caseId: string; caseNumber: string; documents: Array<{ documentId: string; documentType: string }> }> {
  const body = applicationBody('job-seeker-training', 'interview', 'Nasser Al-Ghamdi');
  const applicant = {
    ...body.applicant,
    birthDate: { calendar: 'gregorian', date: '1998-04-12' },
    idExpiry: { calendar: 'gregorian', date: '2031-01-01' },
    nationalAddress: { shortAddress: 'DDMA1234', buildingNumber: '1234', postalCode: '32241', city: 'الدمام', district: 'الفيصلية' },
    ...extra,
  };
  const created = await fetch(`${platform.url('intake')}/applications`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ ...body, applicant }),
  });
  const { caseId } = (await created.json()) as { caseId: string };
  const documents: Array<{ documentId: string; documentType: string }> = [];
  for (const documentType of ['national-id', 'national-address', 'cv', 'qualification', ...extraDocuments]) {
    const form = new FormData();
    form.append('documentType', documentType);
    form.append('file', new Blob([PDF]), `${documentType}.pdf`);
    const attached = await fetch(`${platform.url('intake')}/applications/${caseId}/documents`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: form,
    });
    documents.push({ documentId: ((await attached.json()) as { documentId: string }).documentId, documentType });
  }
  const submitted = await fetch(`${platform.url('intake')}/applications/${caseId}/submit`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ declaration: body.declaration }),
  });
  if (submitted.status !== 200) throw new Error(`submission refused: ${submitted.status} ${await submitted.text()}`);
  const { caseNumber } = (await submitted.json()) as { caseNumber: string };
  return { caseId, caseNumber, documents };
}

/** What the tenant's outbox holds for one recipient (the number or address travels in the body, never the URL). */
export function outboxSearch(platform: PlatformUnderTest, token: string, recipient: string, limit = 200): Promise<Response> {
  return fetch(`${platform.url('intake')}/notifications/outbox/search`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ recipient, limit }),
  });
}
