// Serves the built console (dist/console) with Vite's preview server, the five services behind
// /api/<service> on the same origin (so the browser needs no CORS exception), and /console-config.json
// telling the console where to sign in (docs/adr/0036).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { BOUNDED_CONTEXTS, type BoundedContext } from '@athar/contracts';

/**
 * The two Vite functions used here. Vite ships ES modules and types that need `moduleResolution: bundler`,
 * which the services' tsconfig does not use; Node 20.19+ loads it with require().
 */
interface Vite {
  build(config: { configFile: string; logLevel: 'warn'; mode?: string }): Promise<unknown>;
  preview(config: Record<string, unknown>): Promise<{ httpServer: { close(done: () => void): void } }>;
}
const vite = (): Vite => require('vite') as Vite;

export const CONSOLE_DIST = join(__dirname, '..', '..', 'dist', 'console');
const CONSOLE_ROOT = join(__dirname, '..', '..', 'apps', 'console');

export interface ConsoleServerOptions {
  port: number;
  serviceUrl: (context: BoundedContext) => string;
  /** Keycloak realm issuer and the console's client (docs/adr/0033). */
  authority: string;
  clientId: string;
}

/**
 * Builds the console into dist/console (vite build; about 10 s). A production bundle even when called from
 * jest: Vite takes NODE_ENV from the process before its mode, and jest sets it to `test`, which gave React's
 * development build (double effects in StrictMode, the browser tier then testing a bundle nobody serves).
 */
export async function buildConsole(): Promise<void> {
  const before = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await vite().build({ configFile: join(CONSOLE_ROOT, 'vite.config.ts'), logLevel: 'warn', mode: 'production' } as Parameters<Vite['build']>[0]);
  } finally {
    if (before === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = before;
  }
}

export async function serveConsole(options: ConsoleServerOptions): Promise<{ url: string; close: () => Promise<void> }> {
  if (!existsSync(join(CONSOLE_DIST, 'index.html'))) throw new Error('the console is not built: npx nx run console:build');
  const config = JSON.stringify({ authority: options.authority, clientId: options.clientId });
  const proxy = Object.fromEntries(
    BOUNDED_CONTEXTS.map((context) => [
      `/api/${context}/`,
      { target: options.serviceUrl(context), rewrite: (path: string) => path.slice(`/api/${context}`.length), xfwd: true },
    ]),
  );
  const server = await vite().preview({
    configFile: join(CONSOLE_ROOT, 'vite.config.ts'),
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port: options.port, strictPort: true, proxy },
    plugins: [
      {
        name: 'athar-console-config',
        configurePreviewServer(server: {
          middlewares: { use(path: string, handle: (req: unknown, res: { setHeader(k: string, v: string): void; end(body: string): void }) => void): void };
        }) {
          server.middlewares.use('/console-config.json', (_req, res) => {
            res.setHeader('content-type', 'application/json');
            res.setHeader('cache-control', 'no-store');
            res.end(config);
          });
        },
      },
    ],
  });
  return {
    url: `http://127.0.0.1:${options.port}`,
    close: () => new Promise<void>((resolve) => server.httpServer.close(() => resolve())),
  };
}
