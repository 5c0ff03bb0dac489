import type { CaseEventType, EventDataMap, PendingEvent, RecordedEventOf } from '@athar/contracts';
import type { CaseViews } from '../read-models/case-view';
import type { EventHandlers } from './event-handlers';
import type { AggregateCommands, Aggregate } from '../commands/aggregate-command';

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
  /** Returns the fact, or null when there is nothing to record (the stream's state says it is recorded). */
  decide: (state: FactRecorded, cause: EventDataMap[Cause], now: Date, event: RecordedEventOf<Cause>) => EventDataMap[Fact] | null;
}

/** The state of a stream that holds one fact per case: whether it is recorded. */
export interface FactRecorded {
  recorded: boolean;
}

const oneFact = <Fact extends CaseEventType>(): Aggregate<FactRecorded, Fact> => ({ initialState: { recorded: false }, evolve: () => ({ recorded: true }) });

/**
 * A fact this service records once per case when another event arrives, on the one command path
 * (ADR 0035): the stream's state says whether it was recorded already, so a redelivered cause writes
 * nothing.
 */
export function recordOneFactPerCase<Cause extends CaseEventType, Fact extends CaseEventType>(
  handlers: EventHandlers,
  commands: AggregateCommands,
  spec: OneFactPerCase<Cause, Fact>,
): void {
  handlers.on(spec.on, async (event) => {
    const cause = event.data;
    await commands.handle(oneFact<Fact>(), {
      streamId: spec.stream(event.tenantId, cause.caseId),
      tenantId: event.tenantId,
      cause: { kind: 'event', event },
      decide: (state) => {
        const fact = spec.decide(state, cause, new Date(), event);
        return { events: fact ? [{ ...spec.fact, data: fact } as PendingEvent<Fact>] : [], result: undefined };
      },
    });
  });
}
