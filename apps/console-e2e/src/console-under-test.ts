import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BOUNDED_CONTEXTS, type BoundedContext } from '@athar/contracts';
import { generateSigningKeyPair, issueToken, type Role } from '@athar/identity';
import { deleteInstance, LoopbackMailbox, startPlatform, stopServices, type RunningService } from '@athar/launcher';
import { buildConsole, serveConsole } from '../../../tools/console/console-server';

interface State {
  instance: string;
  basePort: number;
  consoleUrl: string;
  privateKeyPem: string;
  dir: string;
}

const STATE_ENV = 'ATHAR_CONSOLE_E2E_STATE';
const randomPort = (from: number, slots: number) => from + Math.floor(Math.random() * slots) * 10;

/**
 * The built console served in front of the five services, on the real engines, under a fresh instance
 * name: what the browser tier drives. The services allow the console's origin (ATHAR_CORS_ORIGINS), as a
 * hosted platform allows its own console's.
 */
export class ConsoleUnderTest {
  private constructor(private readonly state: State) {}

  static async start(): Promise<{ stop: () => Promise<void> }> {
    const dir = mkdtempSync(join(tmpdir(), 'athar-console-e2e-'));
    const keys = await generateSigningKeyPair();
    writeFileSync(join(dir, 'jwt-public.pem'), keys.publicKeyPem);
    const consolePort = randomPort(4300, 60) + 5;
    const state: State = {
      instance: `ui${randomBytes(4).toString('hex')}`,
      basePort: randomPort(5100, 60),
      consoleUrl: `http://127.0.0.1:${consolePort}`,
      privateKeyPem: keys.privateKeyPem,
      dir,
    };
    const [mailbox] = await Promise.all([LoopbackMailbox.start(join(dir, 'mail')), buildConsole()]);
    let services: RunningService[] = [];
    try {
      services = await startPlatform({
        instance: state.instance,
        basePort: state.basePort,
        logDir: join(dir, 'logs'),
        jwtPublicKeyFile: join(dir, 'jwt-public.pem'),
        extraEnv: { ATHAR_CORS_ORIGINS: state.consoleUrl, ATHAR_SMTP_URL: mailbox.url, ATHAR_MAIL_FROM: 'no-reply@athar.test' },
      });
    } catch (error) {
      await mailbox.close();
      throw error;
    }
    const served = await serveConsole({
      port: consolePort,
      serviceUrl: (context) => `http://127.0.0.1:${state.basePort + BOUNDED_CONTEXTS.indexOf(context)}`,
      authority: 'http://127.0.0.1:18080/realms/athar',
      clientId: 'athar-console',
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

  serviceUrl(context: BoundedContext): string {
    return `http://127.0.0.1:${this.state.basePort + BOUNDED_CONTEXTS.indexOf(context)}`;
  }

  token(tenantId: string, roles: Role[]): Promise<string> {
    return issueToken(this.state.privateKeyPem, { tenantId, userId: `${tenantId}-${roles[0]}`, roles });
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
