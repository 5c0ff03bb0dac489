import type { NewEvent } from '@athar/contracts';
import { sampleEvent } from '@athar/event-store/testing';

/** A new event as a command handler would append it, with exactly the given data and cause. */
export function newEvent(type: string, tenantId: string, data: Record<string, unknown>, causationId: string | null = null): NewEvent {
  return { ...sampleEvent(tenantId, {}, type), data, causationId };
}
