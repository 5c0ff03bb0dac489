import { otlpEnv, serviceScrapeTargets } from './observability';
import { platformEnv } from './platform';

describe('observability settings for npm start (docs/adr/0047)', () => {
  it('scrapes each service on the port the launcher gives it', () => {
    const env = platformEnv({ instance: 'athar', basePort: 3001, logDir: '/tmp', tokenVerifier: { publicKeyFile: '/dev/null' } });
    const targets = serviceScrapeTargets(3001).split(' ');
    expect(targets).toEqual([
      'intake=127.0.0.1:3001',
      'eligibility=127.0.0.1:3002',
      'committee-review=127.0.0.1:3003',
      'partner-allocation=127.0.0.1:3004',
      'feedback=127.0.0.1:3005',
    ]);
    for (const target of targets) {
      const [context, address] = target.split('=');
      expect(env[`ATHAR_${context.toUpperCase().replace(/-/g, '_')}_URL`]).toBe(`http://${address}`);
    }
  });

  it('sends traces to the local Jaeger when npm start runs one, to a named collector, else nowhere (tracing off)', () => {
    expect(otlpEnv({})).toEqual({});
    expect(otlpEnv({ ATHAR_JAEGER: '1' })).toEqual({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318', OTEL_EXPORTER_OTLP_PROTOCOL: 'http/protobuf' });
    expect(otlpEnv({ ATHAR_JAEGER: '1', ATHAR_OTLP_HTTP_PORT: '14318' }).OTEL_EXPORTER_OTLP_ENDPOINT).toBe('http://127.0.0.1:14318');
    expect(otlpEnv({ OTEL_EXPORTER_OTLP_ENDPOINT: 'https://otel.example:4318', OTEL_EXPORTER_OTLP_PROTOCOL: 'grpc' })).toEqual({
      OTEL_EXPORTER_OTLP_ENDPOINT: 'https://otel.example:4318',
      OTEL_EXPORTER_OTLP_PROTOCOL: 'grpc',
    });
  });
});
