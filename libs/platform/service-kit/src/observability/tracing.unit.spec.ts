import { trace } from '@opentelemetry/api';
import type { Options } from 'pino-http';
import { requestContext } from '../request-context';
import { loggerParams } from './logging';
import { startTracing, stopTracing, traceIds, tracingEndpointConfigured } from './tracing';

describe('tracing (docs/adr/0046)', () => {
  // loggerParams reads the validated configuration, which needs a way to check tokens.
  beforeAll(() => (process.env['ATHAR_JWKS_URL'] ??= 'http://127.0.0.1:9/jwks'));
  afterEach(() => stopTracing());

  it('is off, and a span is a no-op, without an OTLP endpoint', () => {
    expect(tracingEndpointConfigured({})).toBe(false);
    expect(tracingEndpointConfigured({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318', OTEL_SDK_DISABLED: 'true' })).toBe(false);
    expect(startTracing('unit', {})).toBeUndefined();
    trace.getTracer('unit').startActiveSpan('x', (span) => {
      expect(span.isRecording()).toBe(false);
      expect(traceIds()).toBeUndefined();
      span.end();
    });
  });

  it('puts the trace and span ids beside tenant, correlation and case ids on every log line', () => {
    expect(startTracing('unit', { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:9' })).toBeDefined();
    const mixin = (loggerParams('unit').pinoHttp as Options).mixin as () => Record<string, unknown>;
    trace.getTracer('unit').startActiveSpan('x', (span) => {
      const { traceId, spanId } = span.spanContext();
      expect(mixin()).toEqual({ traceId, spanId });
      requestContext.run({ correlationId: 'c-1', tenantId: 'awj', caseId: 'case-1' }, () => {
        expect(mixin()).toEqual({ correlationId: 'c-1', tenantId: 'awj', caseId: 'case-1', userId: undefined, traceId, spanId });
      });
      span.end();
    });
  });
});
