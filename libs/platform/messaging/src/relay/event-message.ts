import { EVENT_HEADERS, type RecordedEvent } from '@athar/contracts';
import type { MessageHeaders, OutgoingMessage } from '../broker.port';

/**
 * The partition key: the case id when the payload names one, so every event of a case (whichever
 * stream or context wrote it) lands on one partition, in order; otherwise the stream id, which
 * keeps at least one stream's events in order.
 */
export function partitionKey(event: RecordedEvent): string {
  const data = event.data;
  if (typeof data === 'object' && data !== null && 'caseId' in data) {
    const caseId = (data as { caseId: unknown }).caseId;
    if (typeof caseId === 'string' && caseId.length > 0) return caseId;
  }
  return event.streamId;
}

/**
 * Envelope fields copied to headers so a consumer can route, trace and check the tenant without
 * parsing the payload. causation-id is left out when the event has no cause (a null has no header form).
 */
export function eventHeaders(event: RecordedEvent): MessageHeaders {
  const headers: MessageHeaders = {
    [EVENT_HEADERS.tenantId]: event.tenantId,
    [EVENT_HEADERS.eventId]: event.eventId,
    [EVENT_HEADERS.eventType]: event.type,
    [EVENT_HEADERS.eventVersion]: String(event.version),
    [EVENT_HEADERS.correlationId]: event.correlationId,
    [EVENT_HEADERS.streamId]: event.streamId,
    [EVENT_HEADERS.revision]: String(event.revision),
    [EVENT_HEADERS.globalPosition]: event.globalPosition,
  };
  if (event.causationId !== null) headers[EVENT_HEADERS.causationId] = event.causationId;
  return headers;
}

/** The whole recorded event is the value, so a consumer can verify its hash chain link. */
export function toOutgoingMessage(event: RecordedEvent): OutgoingMessage {
  return { key: partitionKey(event), value: JSON.stringify(event), headers: eventHeaders(event) };
}
