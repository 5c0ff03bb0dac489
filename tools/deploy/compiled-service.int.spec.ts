/**
 * A service built by tools/build/build-service.ts starts from its compiled JavaScript alone (the way
 * deploy/Dockerfile runs it) and answers /health/ready against the engines (docs/adr/0051). Feedback
 * is the smallest service that still runs a Temporal worker: its worker loads the workflow bundle the
 * build made instead of bundling the workflows with webpack at start.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateSigningKeyPair } from '@athar/identity';
import { deleteInstance, launchService, serviceArgs, stopServices, waitReady } from '@athar/launcher';
import { randomBasePort } from '../../apps/platform-e2e/src/platform-under-test';
import { buildService } from '../build/build-service';

jest.setTimeout(300_000);

describe('a compiled service (docs/adr/0051)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'athar-compiled-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('builds to dist/apps/feedback with @athar imports made relative and source maps, and starts ready from it', async () => {
    const { dir: out, compiled, bundles } = await buildService('feedback');
    expect(compiled).toBeGreaterThan(100);
    expect(bundles.map((file) => file.slice(out.length))).toEqual([
      join('/libs', 'workflows', 'src', 'workflows.bundle.js'),
      join('/libs', 'workflows', 'src', 'workflows.traced.bundle.js'),
    ]);
    const main = readFileSync(join(out, 'apps', 'feedback', 'src', 'main.js'), 'utf8');
    expect(main).not.toMatch(/require\("@athar\//);
    expect(main).toMatch(/require\("\.\.\/\.\.\/\.\.\/libs\/platform\/service-kit\/src"\)/);
    expect(existsSync(join(out, 'apps', 'feedback', 'src', 'main.js.map'))).toBe(true);
    expect(existsSync(join(out, 'libs', 'platform', 'tenancy', 'policies'))).toBe(true);
    expect(serviceArgs('feedback', true)).toEqual([join('dist', 'apps', 'feedback', 'main.js')]);

    const publicKeyFile = join(dir, 'jwt-public.pem');
    writeFileSync(publicKeyFile, (await generateSigningKeyPair()).publicKeyPem);
    const instance = `cmp${randomBytes(4).toString('hex')}`;
    // Untraced, then traced (an OTLP endpoint nobody listens on: spans are dropped, the worker must still load the traced bundle).
    try {
      for (const [run, extraEnv] of [
        ['plain', { NODE_OPTIONS: '' }],
        ['traced', { NODE_OPTIONS: '', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:9' }],
      ] as const) {
        const logDir = join(dir, run);
        const service = launchService('feedback', {
          instance,
          // never a port fetch refuses (4190 is one: "fetch failed (bad port)")
          basePort: randomBasePort(4096, 40),
          logDir,
          tokenVerifier: { publicKeyFile },
          compiled: true,
          // No TypeScript loader: only the compiled files can run.
          extraEnv,
        });
        try {
          expect(service.process.spawnargs.slice(1)).toEqual([join('dist', 'apps', 'feedback', 'main.js')]);
          await waitReady(service).catch((error: unknown) => {
            throw new Error(`${(error as Error).message}\n${readFileSync(join(logDir, 'feedback.log'), 'utf8').slice(-4000)}`);
          });
          const live = await fetch(`${service.url}/health/live`);
          expect(live.status).toBe(200);
          // The worker ran the prebuilt bundle: webpack did not run in the service, nor were interceptors ignored.
          const log = readFileSync(join(logDir, 'feedback.log'), 'utf8');
          expect({ run, worker: /Worker state changed/.test(log) }).toEqual({ run, worker: true });
          expect({ run, bundled: /Workflow bundle created|Ignoring WorkerOptions/.test(log) }).toEqual({ run, bundled: false });
        } finally {
          await stopServices([service]);
        }
      }
    } finally {
      await deleteInstance(instance);
    }
  });
});
