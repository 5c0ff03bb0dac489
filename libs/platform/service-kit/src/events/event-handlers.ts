import { Injectable } from '@nestjs/common';
import type { RecordedEvent } from '@athar/contracts';

export type EventHandler = (event: RecordedEvent) => Promise<void>;

/**
 * The events a service reacts to, by type. Modules register in their constructor or onModuleInit;
 * the messaging runtime feeds every consumed event through here after the inbox check.
 */
@Injectable()
export class EventHandlers {
  private readonly byType = new Map<string, EventHandler[]>();

  on(type: string, handler: EventHandler): void {
    this.byType.set(type, [...(this.byType.get(type) ?? []), handler]);
  }

  types(): string[] {
    return [...this.byType.keys()];
  }

  async dispatch(event: RecordedEvent): Promise<void> {
    for (const handler of this.byType.get(event.type) ?? []) await handler(event);
  }
}
