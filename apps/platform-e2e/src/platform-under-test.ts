import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateSigningKeyPair, issueToken, type Role } from '@athar/identity';
import { deleteInstance, startPlatform, stopServices, type RunningService } from '@athar/launcher';

/**
 * The five services as real processes on the real engines, under a fresh instance name (its own
 * topics, consumer groups, event-store schema, databases and task queue) and their own ports, so a
 * test run never meets a running platform or another run.
 */
export class PlatformUnderTest {
  readonly instance = `e2e${randomBytes(4).toString('hex')}`;
  readonly basePort = 3100 + Math.floor(Math.random() * 80) * 10;
  private services: RunningService[] = [];
  private privateKeyPem = '';
  readonly dir = mkdtempSync(join(tmpdir(), 'athar-e2e-'));

  async start(): Promise<void> {
    const keys = await generateSigningKeyPair();
    this.privateKeyPem = keys.privateKeyPem;
    const publicKeyFile = join(this.dir, 'jwt-public.pem');
    writeFileSync(publicKeyFile, keys.publicKeyPem);
    this.services = await startPlatform({
      instance: this.instance,
      basePort: this.basePort,
      logDir: join(this.dir, 'logs'),
      jwtPublicKeyFile: publicKeyFile,
    });
  }

  url(context: RunningService['context']): string {
    const service = this.services.find((s) => s.context === context);
    if (!service) throw new Error(`${context} not started`);
    return service.url;
  }

  service(context: RunningService['context']): RunningService {
    const service = this.services.find((s) => s.context === context);
    if (!service) throw new Error(`${context} not started`);
    return service;
  }

  token(tenantId: string, roles: Role[] = ['relations-officer']): Promise<string> {
    return issueToken(this.privateKeyPem, { tenantId, userId: `${tenantId}-${roles[0]}`, roles });
  }

  /** Stops the services, then deletes the instance's schemas, topics and databases. */
  async stop(): Promise<void> {
    await stopServices(this.services);
    await deleteInstance(this.instance);
  }
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
