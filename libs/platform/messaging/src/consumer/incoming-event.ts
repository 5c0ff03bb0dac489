import { EVENT_HEADERS, type RecordedEvent } from '@athar/contracts';
import type { IncomingMessage } from '../broker.port';

export type IncomingEvent = { ok: true; event: RecordedEvent } | { ok: false; reason: string };

const REQUIRED_TEXT_FIELDS = ['eventId', 'type', 'tenantId'] as const;

/**
 * Reads a message as a recorded event, or says why it must be refused. A refused message is
 * dead-lettered at once: retrying cannot make bad JSON parse or a tenant mismatch go away, and a
 * message whose tenant header disagrees with its payload may be an attempt to act in another
 * tenant's name (every Kafka message carries the tenant id: ARCHITECTURE.md, "Tenancy").
 */
export function readIncomingEvent(message: IncomingMessage): IncomingEvent {
  if (message.value === null) return { ok: false, reason: 'empty message value' };
  let payload: unknown;
  try {
    payload = JSON.parse(message.value.toString('utf8'));
  } catch (error) {
    return { ok: false, reason: `value is not JSON: ${(error as Error).message}` };
  }
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    return { ok: false, reason: 'value is not a JSON object' };
  }
  const fields = payload as Record<string, unknown>;
  for (const field of REQUIRED_TEXT_FIELDS) {
    const value = fields[field];
    if (typeof value !== 'string' || value.length === 0) return { ok: false, reason: `payload lacks ${field}` };
  }
  const headerTenant = message.headers[EVENT_HEADERS.tenantId];
  if (headerTenant === undefined) return { ok: false, reason: `no ${EVENT_HEADERS.tenantId} header` };
  if (headerTenant !== fields['tenantId']) {
    return { ok: false, reason: `${EVENT_HEADERS.tenantId} header "${headerTenant}" disagrees with payload tenantId "${String(fields['tenantId'])}"` };
  }
  const headerType = message.headers[EVENT_HEADERS.eventType];
  if (headerType !== undefined && headerType !== fields['type']) {
    return { ok: false, reason: `${EVENT_HEADERS.eventType} header "${headerType}" disagrees with payload type "${String(fields['type'])}"` };
  }
  return { ok: true, event: payload as RecordedEvent };
}
