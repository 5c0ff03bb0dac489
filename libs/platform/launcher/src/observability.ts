import { BOUNDED_CONTEXTS } from '@athar/contracts';

/** Where npm start's Jaeger takes OTLP over HTTP (infra/observability/observability.sh; docs/adr/0047). */
export const DEFAULT_OTLP_HTTP_PORT = 4318;

/**
 * Prometheus' scrape targets for the services the launcher runs from `basePort` (intake first, the
 * others on the next ports, as platformEnv gives them): `name=127.0.0.1:port` each, space-separated,
 * the form infra/observability/observability.sh reads from ATHAR_SCRAPE_SERVICES.
 */
export function serviceScrapeTargets(basePort: number): string {
  return BOUNDED_CONTEXTS.map((context, index) => `${context}=127.0.0.1:${basePort + index}`).join(' ');
}

/**
 * The OpenTelemetry exporter settings the services get: the collector the caller's environment names
 * (OTEL_EXPORTER_OTLP_ENDPOINT), else OTLP over HTTP to the local Jaeger when `npm start` runs one
 * (ATHAR_JAEGER=1: its first build from the Go module proxy is long, ADR 0047), else none: tracing off.
 */
export function otlpEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  if (!env.OTEL_EXPORTER_OTLP_ENDPOINT && env.ATHAR_JAEGER !== '1') return {};
  const port = env.ATHAR_OTLP_HTTP_PORT ?? String(DEFAULT_OTLP_HTTP_PORT);
  return {
    OTEL_EXPORTER_OTLP_ENDPOINT: env.OTEL_EXPORTER_OTLP_ENDPOINT ?? `http://127.0.0.1:${port}`,
    OTEL_EXPORTER_OTLP_PROTOCOL: env.OTEL_EXPORTER_OTLP_PROTOCOL ?? 'http/protobuf',
  };
}
