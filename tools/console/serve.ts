// `npm run console` (and `npm start`): serves the built console on http://127.0.0.1:4200 (ATHAR_CONSOLE_PORT)
// against the services at their usual addresses (ATHAR_<SERVICE>_URL overrides them), signing in at the
// local Keycloak realm (ATHAR_OIDC_AUTHORITY overrides it). Builds first when dist/console is missing.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { serviceUrl } from '@athar/service-kit';
import { buildConsole, CONSOLE_DIST, serveConsole } from './console-server';

async function main(): Promise<void> {
  if (!existsSync(join(CONSOLE_DIST, 'index.html')) || process.argv.includes('--build')) await buildConsole();
  const keycloak = `http://127.0.0.1:${process.env.ATHAR_KEYCLOAK_PORT ?? '18080'}`;
  const served = await serveConsole({
    port: Number(process.env.ATHAR_CONSOLE_PORT ?? 4200),
    serviceUrl: (context) => serviceUrl(context),
    authority: process.env.ATHAR_OIDC_AUTHORITY ?? `${keycloak}/realms/athar`,
    clientId: process.env.ATHAR_OIDC_CLIENT_ID ?? 'athar-console',
  });
  process.stdout.write(`console: ${served.url} (public link: ${served.url}/apply/tuwaiq)\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
