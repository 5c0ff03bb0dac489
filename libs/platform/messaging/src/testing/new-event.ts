import { randomUUID } from 'node:crypto';
import type { NewEvent } from '@athar/contracts';

/** A new event as a command handler would append it. */
export function newEvent(type: string, tenantId: string, data: Record<string, unknown>, causationId: string | null = null): NewEvent {
  return {
    eventId: randomUUID(),
    type,
    version: 1,
    tenantId,
    occurredAt: new Date().toISOString(),
    actor: { id: 'user-1', role: 'applicant', channel: 'website' },
    correlationId: randomUUID(),
    causationId,
    data,
  };
}
