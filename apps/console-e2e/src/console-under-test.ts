import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BOUNDED_CONTEXTS, type BoundedContext } from '@athar/contracts';
import {
  accountsClientSecret,
  CONSOLE_CLIENT_ID,
  keycloakConnectionFromEnv,
  provisionAccounts,
  TestRealm,
  type KeycloakConnection,
  type Role,
} from '@athar/identity';
import { loadTenantPolicies } from '@athar/tenancy';
import { deleteInstance, LoopbackMailbox, startPlatform, stopServices, type RunningService } from '@athar/launcher';
import { buildConsole, serveConsole } from '../../../tools/console/console-server';

interface State {
  instance: string;
  basePort: number;
  consoleUrl: string;
  /** The run's throw-away Keycloak realm (docs/adr/0033): the services accept only its tokens. */
  keycloak: { connection: KeycloakConnection; realm: string; password: string };
  dir: string;
}

const STATE_ENV = 'ATHAR_CONSOLE_E2E_STATE';
/** A programme day on the browser platform (ATHAR_DELIVERY_DAY_MS, test platforms only): 90 days end in 90 s. */
export const DELIVERY_DAY_MS = 1_000;
const randomPort = (from: number, slots: number) => from + Math.floor(Math.random() * slots) * 10;

/**
 * The built console served in front of the five services, on the real engines, under a fresh instance
 * name: what the browser tier drives. The services allow the console's origin (ATHAR_CORS_ORIGINS), as a
 * hosted platform allows its own console's.
 */
export class ConsoleUnderTest {
  private testRealm: TestRealm | undefined;

  private constructor(private readonly state: State) {}

  static async start(): Promise<{ stop: () => Promise<void> }> {
    const dir = mkdtempSync(join(tmpdir(), 'athar-console-e2e-'));
    const consolePort = randomPort(4300, 60) + 5;
    const consoleUrl = `http://127.0.0.1:${consolePort}`;
    // a throw-away realm of the run, as the e2e platform signs in (apps/platform-e2e): the console's
    // client may redirect back to this run's console origin
    const realm = new TestRealm(keycloakConnectionFromEnv());
    const state: State = {
      instance: `ui${randomBytes(4).toString('hex')}`,
      basePort: randomPort(5100, 60),
      consoleUrl,
      keycloak: { connection: realm.connection, realm: realm.realm, password: realm.password },
      dir,
    };
    const tenants = loadTenantPolicies().map((p) => ({ tenantId: p.tenantId, name: p.name }));
    const [mailbox] = await Promise.all([LoopbackMailbox.start(join(dir, 'mail')), buildConsole(), realm.create(tenants)]);
    let services: RunningService[] = [];
    try {
      await allowConsoleOrigin(realm, consoleUrl);
      // intake's own client: staff accounts, the revocation check, applicants' sign-in by code (docs/adr/0034)
      await provisionAccounts(realm.admin, realm.realm);
      const verifier = realm.verifierEnv();
      services = await startPlatform({
        instance: state.instance,
        basePort: state.basePort,
        logDir: join(dir, 'logs'),
        tokenVerifier: { jwksUrl: verifier.ATHAR_JWKS_URL, issuer: verifier.ATHAR_JWT_ISSUER, audience: verifier.ATHAR_JWT_AUDIENCE },
        extraEnv: {
          ATHAR_CORS_ORIGINS: consoleUrl,
          ATHAR_SMTP_URL: mailbox.url,
          ATHAR_MAIL_FROM: 'no-reply@athar.test',
          ATHAR_KEYCLOAK_URL: realm.connection.baseUrl,
          ATHAR_KEYCLOAK_REALM: realm.realm,
          ATHAR_KEYCLOAK_CLIENT_SECRET: await accountsClientSecret(realm.admin, realm.realm),
          // The satisfaction survey's SMS links to this console's public page, and a programme day lasts
          // DELIVERY_DAY_MS (test platforms only): an accepted case's 90-day programme ends, and its survey
          // is sent, within the browser tier's run (survey.browser.spec.ts; docs/adr/0041).
          ATHAR_SURVEY_LINK_BASE: `${consoleUrl}/survey`,
          ATHAR_DELIVERY_DAY_MS: String(DELIVERY_DAY_MS),
        },
      });
    } catch (error) {
      await mailbox.close();
      await realm.delete();
      throw error;
    }
    const served = await serveConsole({
      port: consolePort,
      serviceUrl: (context) => `http://127.0.0.1:${state.basePort + BOUNDED_CONTEXTS.indexOf(context)}`,
      authority: realm.urls.issuer,
      clientId: CONSOLE_CLIENT_ID,
    });
    const file = join(dir, 'state.json');
    writeFileSync(file, JSON.stringify(state), { mode: 0o600 });
    process.env[STATE_ENV] = file;
    return {
      stop: async () => {
        await served.close();
        await stopServices(services);
        await mailbox.close();
        await deleteInstance(state.instance);
        await realm.delete();
      },
    };
  }

  static current(): ConsoleUnderTest {
    const file = process.env[STATE_ENV];
    if (!file) throw new Error('The console under test is started by the browser tier global setup (apps/console-e2e/global-setup.ts)');
    return new ConsoleUnderTest(JSON.parse(readFileSync(file, 'utf8')) as State);
  }

  get url(): string {
    return this.state.consoleUrl;
  }

  /** The run's instance name: its event store schema is `<instance>_events` (for facts only a clock records, as the e2e tier does). */
  get instance(): string {
    return this.state.instance;
  }

  serviceUrl(context: BoundedContext): string {
    return `http://127.0.0.1:${this.state.basePort + BOUNDED_CONTEXTS.indexOf(context)}`;
  }

  /** A Keycloak access token of a user of the tenant (a given one, e.g. a committee member) with exactly these roles, from the run's realm (password grant of its test client). */
  token(tenantId: string, roles: Role[], userId?: string): Promise<string> {
    const { connection, realm, password } = this.state.keycloak;
    this.testRealm ??= new TestRealm(connection, realm, password);
    return this.testRealm.tokenFor(tenantId, roles, userId);
  }

  /** A person of the tenant with exactly these roles in the run's realm, and the password they sign in with. */
  async account(tenantId: string, roles: Role[], userId?: string): Promise<{ username: string; password: string }> {
    const { connection, realm, password } = this.state.keycloak;
    this.testRealm ??= new TestRealm(connection, realm, password);
    // userId: a named person of the tenant's policy (a committee's member votes as themselves)
    const { username } = await this.testRealm.user(tenantId, roles, userId);
    return { username, password };
  }

  /** The texts the tenant's SMS outbox holds for a mobile, newest first (what the person's phone shows). */
  async textsTo(tenantId: string, mobile: string): Promise<string[]> {
    const token = await this.token(tenantId, ['relations-officer']);
    const answer = await fetch(`${this.serviceUrl('intake')}/notifications/outbox/search`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ recipient: `+966${mobile.slice(1)}`, limit: 50 }),
    });
    if (answer.status !== 200) throw new Error(`outbox search: ${answer.status} ${await answer.text()}`);
    return ((await answer.json()) as { items: Array<{ body: string }> }).items.map((item) => item.body);
  }

  /** The newest confirmation code texted to a mobile, from the tenant's SMS outbox (as the applicant's phone shows it). */
  async codeTextedTo(tenantId: string, mobile: string): Promise<string> {
    const token = await this.token(tenantId, ['relations-officer']);
    for (let attempt = 0; attempt < 40; attempt += 1) {
      const answer = await fetch(`${this.serviceUrl('intake')}/notifications/outbox/search`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ recipient: `+966${mobile.slice(1)}`, limit: 20 }),
      });
      const items = answer.status === 200 ? ((await answer.json()) as { items: Array<{ body: string }> }).items : [];
      const code = items.map((item) => /: (\d{6})\./.exec(item.body)?.[1]).find((found) => found !== undefined);
      if (code) return code;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error(`no confirmation code reached ${mobile}`);
  }
}

/** The realm's console client (PKCE) redirects back to this run's console origin only. */
async function allowConsoleOrigin(realm: TestRealm, consoleUrl: string): Promise<void> {
  const r = `/${encodeURIComponent(realm.realm)}`;
  const [client] = await realm.admin.call<Array<Record<string, unknown> & { id: string; attributes?: Record<string, string> }>>(
    'GET',
    `${r}/clients?clientId=${encodeURIComponent(CONSOLE_CLIENT_ID)}`,
  );
  if (!client) throw new Error(`no client ${CONSOLE_CLIENT_ID} in realm ${realm.realm}`);
  await realm.admin.call('PUT', `${r}/clients/${client.id}`, {
    ...client,
    redirectUris: [`${consoleUrl}/*`],
    webOrigins: [consoleUrl],
    attributes: { ...client.attributes, 'post.logout.redirect.uris': `${consoleUrl}/*` },
  });
}
