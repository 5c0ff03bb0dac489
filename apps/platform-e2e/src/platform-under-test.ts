import { createPublicKey, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BOUNDED_CONTEXTS, type BoundedContext } from '@athar/contracts';
import { generateSigningKeyPair, issueToken, type Role, type TokenRequest } from '@athar/identity';
import { deleteInstance, LoopbackMailbox, readMailbox, startPlatform, stopServices, type ReceivedMail, type RunningService } from '@athar/launcher';

/** What global setup tells the test files about the platform it started. */
interface PlatformState {
  instance: string;
  basePort: number;
  dir: string;
  privateKeyPem: string;
  pids: number[];
  /** Where the loopback SMTP server keeps every email the platform sends (the applicants' mailboxes). */
  mailDir: string;
}

const STATE_ENV = 'ATHAR_E2E_STATE';

/** Ports the Fetch standard forbids (fetch fails with "bad port"): a platform must not listen on one. */
const FETCH_BAD_PORTS = new Set([3659, 4045, 4190, 5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668, 6669, 6679, 6697, 10080]);

/** A base port in [from, from + 10 × slots) whose five service ports fetch may call. */
export function randomBasePort(from: number, slots = 80): number {
  for (;;) {
    const base = from + Math.floor(Math.random() * slots) * 10;
    if (![0, 1, 2, 3, 4].some((offset) => FETCH_BAD_PORTS.has(base + offset))) return base;
  }
}

/** The one browser origin the platform under test allows (ATHAR_CORS_ORIGINS). */
export const E2E_CORS_ORIGIN = 'https://console.athar.test';

/**
 * The five services as real processes on the real engines, under a fresh instance name (its own
 * topics, consumer groups, event-store schema, databases and task queue) and their own ports, so a
 * test run never meets a running platform or another run. Started once for all e2e files by jest's
 * global setup; each file reads it with `PlatformUnderTest.current()`.
 */
export class PlatformUnderTest {
  private constructor(private readonly state: PlatformState) {}

  static async start(): Promise<{ platform: PlatformUnderTest; services: RunningService[]; mailbox: LoopbackMailbox }> {
    const dir = mkdtempSync(join(tmpdir(), 'athar-e2e-'));
    const keys = await generateSigningKeyPair();
    const publicKeyFile = join(dir, 'jwt-public.pem');
    writeFileSync(publicKeyFile, keys.publicKeyPem);
    const state: PlatformState = {
      instance: `e2e${randomBytes(4).toString('hex')}`,
      basePort: randomBasePort(3100),
      dir,
      privateKeyPem: keys.privateKeyPem,
      pids: [],
      mailDir: join(dir, 'mail'),
    };
    const mailbox = await LoopbackMailbox.start(state.mailDir);
    const services = await startPlatform({
      instance: state.instance,
      basePort: state.basePort,
      logDir: join(dir, 'logs'),
      jwtPublicKeyFile: publicKeyFile,
      extraEnv: { ATHAR_CORS_ORIGINS: E2E_CORS_ORIGIN, ATHAR_SMTP_URL: mailbox.url, ATHAR_MAIL_FROM: 'no-reply@athar.test' },
    }).catch(async (error: unknown) => {
      await mailbox.close();
      throw error;
    });
    state.pids = services.map((s) => s.process.pid ?? 0);
    const stateFile = join(dir, 'state.json');
    writeFileSync(stateFile, JSON.stringify(state), { mode: 0o600 });
    process.env[STATE_ENV] = stateFile;
    return { platform: new PlatformUnderTest(state), services, mailbox };
  }

  static current(): PlatformUnderTest {
    const file = process.env[STATE_ENV];
    if (!file) throw new Error('The e2e platform is started by jest globalSetup (apps/platform-e2e/global-setup.ts)');
    return new PlatformUnderTest(JSON.parse(readFileSync(file, 'utf8')) as PlatformState);
  }

  static async stop(services: RunningService[], platform: PlatformUnderTest, mailbox?: LoopbackMailbox): Promise<void> {
    await stopServices(services);
    await mailbox?.close();
    await deleteInstance(platform.instance);
  }

  get instance(): string {
    return this.state.instance;
  }

  /** Every email the platform sent, as the recipient's mail program reads it (optionally to one address only). */
  mailTo(address?: string): Promise<ReceivedMail[]> {
    return readMailbox(this.state.mailDir, address);
  }

  /** The loopback mailbox's folder (`npm run mail` reads it with ATHAR_MAIL_DIR). */
  get mailDir(): string {
    return this.state.mailDir;
  }

  get logDir(): string {
    return join(this.state.dir, 'logs');
  }

  url(context: BoundedContext): string {
    return `http://127.0.0.1:${this.state.basePort + BOUNDED_CONTEXTS.indexOf(context)}`;
  }

  token(tenantId: string, roles: Role[] = ['relations-officer'], expiresIn?: string): Promise<string> {
    return issueToken(this.state.privateKeyPem, { tenantId, userId: `${tenantId}-${roles[0]}`, roles, expiresIn });
  }

  /** A token for a named person, e.g. a committee member the tenant's policy lists by user id. */
  tokenFor(tenantId: string, userId: string, roles: Role[]): Promise<string> {
    return issueToken(this.state.privateKeyPem, { tenantId, userId, roles });
  }

  /** A token signed by the platform's issuer with any claims a test varies (user, audience, issuer, expiry). */
  signedToken(request: TokenRequest): Promise<string> {
    return issueToken(this.state.privateKeyPem, request);
  }

  /** The issuer's private key (PEM), for a tool that signs its own tokens (`npm run token` with ATHAR_JWT_PRIVATE_KEY_FILE). */
  get privateKeyPem(): string {
    return this.state.privateKeyPem;
  }

  /** The issuer's public key, e.g. to forge an HS256 token with it as the secret (algorithm confusion). */
  get publicKeyPem(): string {
    return createPublicKey(this.state.privateKeyPem).export({ type: 'spki', format: 'pem' }).toString();
  }
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

/** A fresh, checksum-valid Saudi national ID (first digit 1) or iqama (2): a new person each call. */
export function newNationalId(kind: 'national-id' | 'iqama' = 'national-id'): string {
  const body = `${kind === 'iqama' ? 2 : 1}${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
  for (let check = 0; check <= 9; check += 1) {
    const candidate = `${body}${check}`;
    const sum = [...candidate].reverse().reduce((acc, digit, index) => {
      const d = Number(digit) * (index % 2 === 1 ? 2 : 1);
      return acc + (d > 9 ? d - 9 : d);
    }, 0);
    if (sum % 10 === 0) return candidate;
  }
  throw new Error('unreachable: one check digit always completes a Luhn sum');
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
