import { randomUUID } from 'node:crypto';
import type { NewEvent } from '@athar/contracts';

/** A well-formed new event with Arabic data, for tests of anything that stores or carries events. */
export function sampleEvent(tenantId = 'awj', data: Record<string, unknown> = {}, type = 'ThingHappened'): NewEvent {
  return {
    eventId: randomUUID(),
    type,
    version: 1,
    tenantId,
    occurredAt: new Date().toISOString(),
    actor: { id: 'u-1', role: 'relations-officer', channel: 'interview' },
    correlationId: randomUUID(),
    causationId: null,
    data: { note: 'بيانات تجريبية', ...data },
  };
}
