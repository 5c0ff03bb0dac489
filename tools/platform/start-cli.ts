// `npm start` (after the engines are up): the five services as background processes, then demo data.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BOUNDED_CONTEXTS, DEFAULT_INSTANCE } from '@athar/contracts';
import { ensureLocalSigningKeys, issueToken } from '@athar/identity';
import { loadTenantPolicies } from '@athar/tenancy';
import { LOCAL_PRIVATE_KEY, LOCAL_PUBLIC_KEY, ENGINES_DIR } from '../token/local-keys';
import { isAlive, SERVICES_RUN_DIR } from './service-pids';
import { launchService, waitReady, type RunningService } from '@athar/launcher';
import { demoCaseFrom, describeDemoCase, readDemoCases, tryCall, type Receipt } from './demo-cases';

async function main(): Promise<void> {
  mkdirSync(SERVICES_RUN_DIR, { recursive: true });
  const keys = await ensureLocalSigningKeys(LOCAL_PRIVATE_KEY, LOCAL_PUBLIC_KEY);
  const options = {
    instance: process.env.ATHAR_INSTANCE ?? DEFAULT_INSTANCE,
    basePort: 3001,
    logDir: join(ENGINES_DIR, 'logs', 'services'),
    jwtPublicKeyFile: LOCAL_PUBLIC_KEY,
    detached: true,
  };
  const services: RunningService[] = [];
  for (const context of BOUNDED_CONTEXTS) {
    const pidFile = join(SERVICES_RUN_DIR, `${context}.pid`);
    const pid = existsSync(pidFile) ? Number(readFileSync(pidFile, 'utf8')) : 0;
    if (pid && isAlive(pid)) {
      console.log(`[athar] ${context}: already running (pid ${pid})`);
      continue;
    }
    const service = launchService(context, options);
    writeFileSync(pidFile, String(service.process.pid));
    console.log(`[athar] ${context}: starting (pid ${service.process.pid}) on ${service.url}`);
    services.push(service);
  }
  await Promise.all(services.map((s) => waitReady(s)));
  console.log('[athar] all five services are ready');

  const marker = join(SERVICES_RUN_DIR, 'demo-seeded');
  const tenants = loadTenantPolicies();
  let demo = readDemoCases(marker);
  if (demo === null) {
    demo = [];
    for (const tenant of tenants) {
      const token = await issueToken(keys.privateKeyPem, { tenantId: tenant.tenantId, userId: `${tenant.tenantId}-relations-officer`, roles: ['relations-officer'] });
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
  console.log(`
Athar is running (instance "${options.instance}"):
  intake              ${INTAKE}/docs
  eligibility         http://127.0.0.1:3002/docs
  committee-review    http://127.0.0.1:3003/docs
  partner-allocation  http://127.0.0.1:3004/docs
  feedback            http://127.0.0.1:3005/docs
  Temporal web UI     http://127.0.0.1:8233
  logs                ${options.logDir}
A token:   npm run token -- --tenant awj --role relations-officer`);
  const example = demo.find((c) => c.tenantId === 'awj') ?? demo[0];
  if (example) {
    console.log(`Demo case: ${example.tenantId} ${describeDemoCase(example)}`);
    console.log(`Try:       ${tryCall(example, INTAKE)}`);
  }
  console.log('Stop:      npm run stop');
}

const INTAKE = 'http://127.0.0.1:3001';
/** The demo seed's applicant (a valid check digit); the README's example uses another person. */
const DEMO_NATIONAL_ID = '1000000008';

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
