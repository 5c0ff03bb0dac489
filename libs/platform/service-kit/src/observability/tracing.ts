import { context, propagation, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace, type Span } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { Resource } from '@opentelemetry/resources';
import { BatchSpanProcessor, type SpanExporter } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import type { NextFunction, Request, Response } from 'express';

/**
 * Traces (docs/adr/0046): one trace follows a case from the HTTP request through the event store, the
 * relay, Kafka and the consumers into Temporal. Spans are exported over OTLP/HTTP (JSON) to the
 * standard OTEL_EXPORTER_OTLP_ENDPOINT (or OTEL_EXPORTER_OTLP_TRACES_ENDPOINT); with neither set, no
 * provider is registered, every span is the API's no-op one and nothing is sent.
 */
export interface Tracing {
  serviceName: string;
  provider: NodeTracerProvider;
  exporter: SpanExporter;
  resource: Resource;
}

let active: Tracing | undefined;

export function tracingEndpointConfigured(env: NodeJS.ProcessEnv = process.env): boolean {
  if (env['OTEL_SDK_DISABLED'] === 'true') return false;
  return Boolean(env['OTEL_EXPORTER_OTLP_ENDPOINT'] || env['OTEL_EXPORTER_OTLP_TRACES_ENDPOINT']);
}

/**
 * Registers the trace provider (W3C trace context, AsyncLocalStorage context) for this process, once,
 * when an OTLP endpoint is configured. Returns what is registered, or undefined when tracing is off.
 */
export function startTracing(serviceName: string, env: NodeJS.ProcessEnv = process.env): Tracing | undefined {
  if (active) return active;
  if (!tracingEndpointConfigured(env)) return undefined;
  const resource = new Resource({ 'service.name': serviceName, 'service.namespace': 'athar' });
  // The exporter reads the standard OTEL_EXPORTER_OTLP_* variables (endpoint, headers, timeout).
  const exporter = new OTLPTraceExporter();
  const provider = new NodeTracerProvider({ resource, spanProcessors: [new BatchSpanProcessor(exporter, { scheduledDelayMillis: 1_000 })] });
  provider.register();
  active = { serviceName, provider, exporter, resource };
  return active;
}

export function currentTracing(): Tracing | undefined {
  return active;
}

/** Sends the spans still buffered and stops exporting (service shutdown). */
export async function stopTracing(): Promise<void> {
  const stopping = active;
  active = undefined;
  if (!stopping) return;
  await stopping.provider.shutdown().catch(() => undefined);
  trace.disable();
  propagation.disable();
  context.disable();
}

/** The active span's ids for a log line, when a trace is being recorded. */
export function traceIds(): { traceId: string; spanId: string } | undefined {
  const span = trace.getActiveSpan();
  if (!span) return undefined;
  const { traceId, spanId, traceFlags } = span.spanContext();
  return traceFlags & 1 ? { traceId, spanId } : undefined;
}

const tracer = trace.getTracer('@athar/service-kit');

/**
 * One SERVER span per HTTP request, child of the caller's `traceparent` when it sends one. It is named
 * by the route template (`POST /cases/:id`), never the URL, so no value from a path or a query reaches
 * a trace. A no-op when tracing is off.
 */
export function tracingMiddleware(req: Request, res: Response, next: NextFunction): void {
  if (!active || /^\/(health|metrics)/.test(req.path)) return next();
  const parent = propagation.extract(ROOT_CONTEXT, req.headers);
  const span: Span = tracer.startSpan(req.method, { kind: SpanKind.SERVER, attributes: { 'http.request.method': req.method } }, parent);
  res.once('finish', () => {
    const route = (req.route as { path?: string } | undefined)?.path;
    const template = route ? `${req.baseUrl}${route}` : undefined;
    if (template) {
      span.updateName(`${req.method} ${template}`);
      span.setAttribute('http.route', template);
    }
    span.setAttribute('http.response.status_code', res.statusCode);
    if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
    span.end();
  });
  context.with(trace.setSpan(parent, span), next);
}
