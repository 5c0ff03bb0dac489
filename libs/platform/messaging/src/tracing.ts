import { context, propagation, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace, type Context, type Span } from '@opentelemetry/api';
import { EVENT_HEADERS, type RecordedEvent } from '@athar/contracts';
import type { IncomingMessage, MessageHeaders } from './broker.port';

/**
 * Trace propagation through Kafka (docs/adr/0046): the relay continues the trace of the append that
 * stored an event (its `traceParent`) with a PRODUCER span and puts that span's W3C `traceparent` in
 * the message's headers; the consumer's CONSUMER span is that span's child. With tracing off nothing
 * is stored, no header is written and neither side makes a span.
 */
const tracer = trace.getTracer('@athar/messaging');

const TRACEPARENT = 'traceparent';

/** Starts the publish span of an event that carries a trace and writes its traceparent into `headers`. */
export function startPublishSpan(event: RecordedEvent, topic: string, headers: MessageHeaders): Span | undefined {
  if (event.traceParent === undefined) return undefined;
  const parent = propagation.extract(ROOT_CONTEXT, { [TRACEPARENT]: event.traceParent });
  const span = tracer.startSpan(
    `${topic} publish`,
    {
      kind: SpanKind.PRODUCER,
      attributes: {
        'messaging.system': 'kafka',
        'messaging.operation.type': 'publish',
        'messaging.destination.name': topic,
        'athar.event_id': event.eventId,
        'athar.event_type': event.type,
        'athar.tenant_id': event.tenantId,
        'athar.correlation_id': event.correlationId,
      },
    },
    parent,
  );
  propagation.inject(trace.setSpan(parent, span), headers);
  return span;
}

export function endSpans(spans: ReadonlyArray<Span | undefined>, error?: unknown): void {
  for (const span of spans) {
    if (span === undefined) continue;
    if (error !== undefined) span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.name : 'error' });
    span.end();
  }
}

/**
 * Runs `work` inside a CONSUMER span whose parent is the producer's (the message's traceparent), or
 * as it is when the message carries no trace.
 */
export async function withConsumerSpan<T>(groupId: string, message: IncomingMessage, work: () => Promise<T>): Promise<T> {
  if (message.headers[TRACEPARENT] === undefined) return work();
  const parent: Context = propagation.extract(ROOT_CONTEXT, message.headers);
  const span = tracer.startSpan(
    `${message.topic} process`,
    {
      kind: SpanKind.CONSUMER,
      attributes: {
        'messaging.system': 'kafka',
        'messaging.operation.type': 'process',
        'messaging.destination.name': message.topic,
        'messaging.consumer.group.name': groupId,
        'messaging.destination.partition.id': String(message.partition),
        'messaging.kafka.offset': message.offset,
        'athar.event_id': message.headers[EVENT_HEADERS.eventId] ?? '',
        'athar.event_type': message.headers[EVENT_HEADERS.eventType] ?? '',
        'athar.tenant_id': message.headers[EVENT_HEADERS.tenantId] ?? '',
        'athar.correlation_id': message.headers[EVENT_HEADERS.correlationId] ?? '',
      },
    },
    parent,
  );
  try {
    return await context.with(trace.setSpan(parent, span), work);
  } catch (error) {
    endSpans([span], error);
    throw error;
  } finally {
    if (span.isRecording()) span.end();
  }
}
