import type { CaseEventType, EventDataMap, PendingEvent, RecordedEventOf } from '@athar/contracts';
import type { CaseViews } from '../read-models/case-view';
import type { EventHandlers } from './event-handlers';
import type { EventWriter } from './event-writer';

/** How one event type changes this service's view of its case. */
export function projectIntoCaseView<K extends CaseEventType>(
  handlers: EventHandlers,
  views: CaseViews,
  type: K,
  view: (data: EventDataMap[K], event: RecordedEventOf<K>) => { stage: string; details: Record<string, unknown> },
): void {
  handlers.on(type, async (event) => {
    const { stage, details } = view(event.data, event);
    await views.apply(event.tenantId, event.data.caseId, event.globalPosition, stage, details);
  });
}

export interface OneFactPerCase<Cause extends CaseEventType, Fact extends CaseEventType> {
  /** The event that causes the fact, e.g. another context's ApplicationSubmitted. */
  on: Cause;
  /** The stream of this service that holds the fact for a case. */
  stream: (tenantId: string, caseId: string) => string;
  fact: { type: Fact; version: number };
  /** Returns the fact, or null when there is nothing to record (e.g. already recorded). */
  decide: (alreadyRecorded: boolean, cause: EventDataMap[Cause], now: Date, event: RecordedEventOf<Cause>) => EventDataMap[Fact] | null;
}

/**
 * A fact this service records once per case when another event arrives: the stream's history says
 * whether it was recorded already, so a redelivered cause writes nothing.
 */
export function recordOneFactPerCase<Cause extends CaseEventType, Fact extends CaseEventType>(
  handlers: EventHandlers,
  writer: EventWriter,
  spec: OneFactPerCase<Cause, Fact>,
): void {
  handlers.on(spec.on, async (event) => {
    const cause = event.data;
    await writer.decideAndAppend<Fact, Fact>(spec.stream(event.tenantId, cause.caseId), event.tenantId, { kind: 'event', event }, (history) => {
      const fact = spec.decide(history.length > 0, cause, new Date(), event);
      return fact ? [{ ...spec.fact, data: fact } as PendingEvent<Fact>] : [];
    });
  });
}
