// What the README says npm start runs for metrics and alerts (docs/adr/0047), run for real: the alert
// rules' unit tests under promtool, then a private Prometheus on free ports (the binaries
// infra/observability/observability.sh installs once into the engines' bin folder), never the one npm start runs.
// Jaeger (ATHAR_JAEGER=1 npm start) is not run here: its build from the Go module proxy outlasts a CI run (ADR 0047).
import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createServer as createTcpServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { prometheusMessagingMetrics } from '@athar/messaging';
import { MetricsService } from '@athar/service-kit';
import { serviceScrapeTargets } from '@athar/launcher';

const run = promisify(execFile);
const ROOT = join(__dirname, '..', '..');
const SCRIPT = join(ROOT, 'infra', 'observability', 'observability.sh');
// a cold build of the three binaries takes minutes on a loaded two-core machine
const BUILD_TIMEOUT_MS = 1_500_000;

async function freePort(): Promise<number> {
  const server = createTcpServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function eventually<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${what}: not within ${timeoutMs} ms${last ? ` (${String(last)})` : ''}`);
}

const getJson = async <T>(url: string): Promise<T> => {
  const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as T;
};

describe('alert rules (promtool)', () => {
  it(
    'pass promtool check rules and their unit tests',
    async () => {
      const { stdout } = await run('bash', [SCRIPT, 'test-rules'], { cwd: ROOT, timeout: BUILD_TIMEOUT_MS, maxBuffer: 10 * 1024 * 1024 });
      expect(stdout).toMatch(/SUCCESS: \d+ rules found/);
      expect(stdout).toMatch(/Unit Testing: {2}alerts\.test\.yml\s+SUCCESS/);
    },
    BUILD_TIMEOUT_MS,
  );

  it('catch a rule that fires where it should not (the unit tests can fail)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'athar-rules-'));
    try {
      // a relay lag threshold of 10 s fires on the healthy relay the tests keep 30 s behind
      const rules = readFileSync(join(ROOT, 'infra', 'observability', 'alerts.yml'), 'utf8');
      expect(rules).toContain('(athar_relay_lag_seconds) > 60');
      writeFileSync(join(dir, 'alerts.yml'), rules.replace('(athar_relay_lag_seconds) > 60', '(athar_relay_lag_seconds) > 10'));
      copyFileSync(join(ROOT, 'infra', 'observability', 'alerts.test.yml'), join(dir, 'alerts.test.yml'));
      const engines = process.env.ATHAR_ENGINES_DIR ?? join(ROOT, '.engines');
      const failed = await run(join(engines, 'bin', 'promtool'), ['test', 'rules', 'alerts.test.yml'], { cwd: dir }).then(
        () => null,
        (error: { code: number; stdout: string; stderr: string }) => error,
      );
      expect(failed?.code).toBe(1);
      expect(`${failed?.stdout}${failed?.stderr}`).toContain('AtharRelayLagging');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('Prometheus as npm start runs it', () => {
  const state = mkdtempSync(join(tmpdir(), 'athar-observability-'));
  let env: NodeJS.ProcessEnv;
  let ports: Record<'prometheus' | 'jaegerUi' | 'jaegerGrpc' | 'otlpGrpc' | 'otlpHttp' | 'health' | 'jaegerMetrics' | 'service', number>;
  let service: Server;
  const metrics = new MetricsService('feedback');
  const messaging = prometheusMessagingMetrics(metrics.registry);

  beforeAll(async () => {
    ports = {
      prometheus: await freePort(),
      jaegerUi: await freePort(),
      jaegerGrpc: await freePort(),
      otlpGrpc: await freePort(),
      otlpHttp: await freePort(),
      health: await freePort(),
      jaegerMetrics: await freePort(),
      service: await freePort(),
    };
    // a service's /metrics: service-kit's registry with the messaging metrics, as the five services expose it
    service = createServer((req, res) => {
      void metrics.registry.metrics().then((text) => {
        res.writeHead(req.url === '/metrics' ? 200 : 404, { 'content-type': metrics.registry.contentType });
        res.end(text);
      });
    });
    await new Promise<void>((resolve) => service.listen(ports.service, '127.0.0.1', resolve));
    env = {
      ...process.env,
      ATHAR_OBSERVABILITY_DIR: state,
      ATHAR_PROMETHEUS_PORT: String(ports.prometheus),
      ATHAR_JAEGER_UI_PORT: String(ports.jaegerUi),
      ATHAR_JAEGER_QUERY_GRPC_PORT: String(ports.jaegerGrpc),
      ATHAR_OTLP_GRPC_PORT: String(ports.otlpGrpc),
      ATHAR_OTLP_HTTP_PORT: String(ports.otlpHttp),
      ATHAR_JAEGER_HEALTH_PORT: String(ports.health),
      ATHAR_JAEGER_METRICS_PORT: String(ports.jaegerMetrics),
      // the launcher's targets, with feedback (the last) on this test's port
      ATHAR_SCRAPE_SERVICES: serviceScrapeTargets(ports.service - 4)
        .split(' ')
        .filter((target) => target.startsWith('feedback='))
        .join(' '),
      ATHAR_SCRAPE_ENGINES: '',
      ATHAR_SCRAPE_INTERVAL: '1s',
    };
    await run('bash', [SCRIPT, 'start', 'prometheus'], { cwd: ROOT, env, timeout: BUILD_TIMEOUT_MS, maxBuffer: 10 * 1024 * 1024 });
    await run('bash', [SCRIPT, 'wait', 'prometheus'], { cwd: ROOT, env, timeout: 180_000 });
  }, BUILD_TIMEOUT_MS + 200_000);

  afterAll(async () => {
    if (env) await run('bash', [SCRIPT, 'stop', 'prometheus'], { cwd: ROOT, env, timeout: 60_000 }).catch(() => undefined);
    await new Promise((resolve) => service?.close(resolve));
    rmSync(state, { recursive: true, force: true });
  }, 90_000);

  it('Prometheus loads the alert rules, scrapes the service and fires an alert on its metrics', async () => {
    const base = `http://127.0.0.1:${ports.prometheus}`;
    const rules = await getJson<{ data: { groups: { name: string; rules: { name: string }[] }[] } }>(`${base}/api/v1/rules`);
    expect(rules.data.groups.map((g) => g.name)).toEqual(['athar-availability', 'athar-messaging', 'athar-service-levels']);
    expect(rules.data.groups.flatMap((g) => g.rules.map((r) => r.name))).toEqual(
      expect.arrayContaining(['AtharServiceDown', 'AtharDeadLetterTopicNotEmpty', 'AtharReviewDeadlineBreached', 'AtharComplaintServiceLevelBreached']),
    );

    const target = await eventually('the service target is up', async () => {
      const targets = await getJson<{ data: { activeTargets: { labels: Record<string, string>; health: string; scrapeUrl: string }[] } }>(
        `${base}/api/v1/targets`,
      );
      return targets.data.activeTargets.find((t) => t.labels.job === 'athar-services' && t.health === 'up');
    });
    expect(target).toMatchObject({ labels: { service: 'feedback' }, scrapeUrl: `http://127.0.0.1:${ports.service}/metrics` });

    // a message dead-lettered after the first scrape: AtharMessagesDeadLettered fires (no `for`)
    messaging.deadLettered('athar.feedback.complaints', 'exhausted');
    await eventually('the counter is scraped', async () => {
      const q = await getJson<{ data: { result: unknown[] } }>(`${base}/api/v1/query?query=athar_consumer_dead_lettered_total`);
      return q.data.result.length > 0 ? true : undefined;
    });
    messaging.deadLettered('athar.feedback.complaints', 'exhausted');
    const alert = await eventually('AtharMessagesDeadLettered fires', async () => {
      const alerts = await getJson<{ data: { alerts: { labels: Record<string, string>; state: string }[] } }>(`${base}/api/v1/alerts`);
      return alerts.data.alerts.find((a) => a.labels.alertname === 'AtharMessagesDeadLettered' && a.state === 'firing');
    });
    expect(alert.labels).toMatchObject({ service: 'feedback', group: 'athar.feedback.complaints', reason: 'exhausted', severity: 'critical' });
  }, 120_000);
});
