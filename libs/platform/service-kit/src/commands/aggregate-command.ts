import { Injectable } from '@nestjs/common';
import type { EventType, PendingEvent, RecordedEvent, RecordedEventOf } from '@athar/contracts';
import { WrongExpectedRevisionError, type ExpectedRevision } from '@athar/event-store';
import { EventWriter, type Cause } from '../events/event-writer';

/**
 * An aggregate's fold (emmett's `evolve` and `initialState`): the state a stream's history adds up to.
 * `K` names the event types the stream holds.
 */
export interface Aggregate<State, K extends EventType> {
  readonly initialState: State;
  evolve(state: State, event: RecordedEventOf<K>): State;
}

/** What a decider returns: the new facts (none when there is nothing to do) and what the caller answers. */
export interface Decision<W extends EventType, R> {
  events: PendingEvent<W>[];
  result: R;
}

/** A decision with no answer beyond the revision. */
export const facts = <W extends EventType>(...events: PendingEvent<W>[]): Decision<W, undefined> => ({ events, result: undefined });

/** One command on one stream. */
export interface StreamCommand<State, W extends EventType, R> {
  streamId: string;
  tenantId: string;
  /** Who caused the facts; a function when the cause is the stream's latest event (a timer's fact, ADR 0012). */
  cause: Cause | ((latest: RecordedEvent | undefined) => Cause);
  /**
   * The revision the caller saw (If-Match): a change made meanwhile is a conflict (409), never decided
   * again. Without it, a concurrent append makes the command decide again on the fresh state.
   */
  expectedRevision?: number;
  /** When the stream must exist (a command on a case's review): the error to throw when it does not. */
  whenMissing?: () => Error;
  /** Pure: the state folded from the stream, the command's inputs in its closure, no I/O. */
  decide(state: State): Decision<W, R>;
  /** Appended at most this many times on conflicts (default 5). */
  attempts?: number;
  /** When the facts happened (default now). */
  now?: Date;
}

/** The outcome: the decider's result, the revision after the command, the state with the new facts applied. */
export interface CommandOutcome<State, R> {
  result: R;
  /** The stream's revision after the command: the appended facts' last one, or the one decided on. */
  revision: number | 'no_stream';
  state: State;
  /** Whether this command appended anything (false for a redelivered cause or a no-op). */
  appended: boolean;
}

/**
 * The one command path (docs/architecture.md, "How a write happens"): load the stream, fold it with the
 * aggregate's `evolve`, call the pure `decide(state)`, append at the revision decided on, and on a
 * concurrent append decide again on the fresh state, a bounded number of times. Every write endpoint's
 * command handler, every reactor and every workflow activity that records a fact goes through here.
 */
@Injectable()
export class AggregateCommands {
  constructor(private readonly writer: EventWriter) {}

  async handle<State, K extends EventType, W extends K, R>(
    aggregate: Aggregate<State, K>,
    command: StreamCommand<State, W, R>,
  ): Promise<CommandOutcome<State, R>> {
    const attempts = command.attempts ?? 5;
    for (let attempt = 1; ; attempt += 1) {
      const { history, revision } = await this.writer.load<K>(command.streamId);
      if (history.length === 0 && command.whenMissing) throw command.whenMissing();
      const state = history.reduce((s, e) => aggregate.evolve(s, e), aggregate.initialState);
      const { events, result } = command.decide(state);
      if (events.length === 0) return { result, revision, state, appended: false };
      const latest = history[history.length - 1];
      const cause = typeof command.cause === 'function' ? command.cause(latest) : command.cause;
      const expected: ExpectedRevision = command.expectedRevision ?? revision;
      try {
        const appended = await this.writer.append(command.streamId, command.tenantId, cause, events, expected, command.now);
        const after = events.reduce(
          (s, e, index) => aggregate.evolve(s, pendingAsRecorded(e, command, appended.nextExpectedRevision - events.length + 1 + index)),
          state,
        );
        return { result, revision: appended.nextExpectedRevision, state: after, appended: true };
      } catch (error) {
        if (!(error instanceof WrongExpectedRevisionError) || command.expectedRevision !== undefined || attempt >= attempts) throw error;
      }
    }
  }
}

/**
 * A just-appended fact as the fold sees it (the state after the command): its data and revision; the
 * envelope fields a fold may not read (ids, actor) are left empty.
 */
function pendingAsRecorded<K extends EventType>(
  event: PendingEvent<K>,
  command: { streamId: string; tenantId: string; now?: Date },
  revision: number,
): RecordedEventOf<K> {
  return {
    ...event,
    eventId: '',
    streamId: command.streamId,
    tenantId: command.tenantId,
    revision,
    globalPosition: '',
    occurredAt: (command.now ?? new Date()).toISOString(),
    recordedAt: (command.now ?? new Date()).toISOString(),
    actor: { id: '', role: 'service', channel: 'system' },
    correlationId: '',
    causationId: null,
    hash: '',
    previousHash: '',
  } as RecordedEventOf<K>;
}
