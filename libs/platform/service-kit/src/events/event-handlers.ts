import { Injectable } from '@nestjs/common';
import type { EventType, RecordedEvent, RecordedEventOf } from '@athar/contracts';
import type { EventContext, EventHandler } from '@athar/messaging';

/** The context of an event handed over directly rather than from a topic (a test, a replay). */
const DIRECT: EventContext = { topic: '', partition: -1, offset: '-1', headers: {} };

/**
 * The events a service reacts to, by type. Modules register in their constructor or onModuleInit;
 * the messaging runtime feeds every consumed event through here after the inbox check, decrypted and
 * upcast to its schema's latest version, so a handler sees the data the event map names for its type.
 */
@Injectable()
export class EventHandlers {
  private readonly byType = new Map<string, EventHandler[]>();

  on<K extends EventType>(type: K, handler: EventHandler<RecordedEventOf<K>>): void {
    // Stored by type name: dispatch only hands a handler the events of the type it registered for.
    this.byType.set(type, [...(this.byType.get(type) ?? []), handler as EventHandler]);
  }

  types(): string[] {
    return [...this.byType.keys()];
  }

  async dispatch(event: RecordedEvent, context: EventContext = DIRECT): Promise<void> {
    for (const handler of this.byType.get(event.type) ?? []) await handler(event, context);
  }
}
