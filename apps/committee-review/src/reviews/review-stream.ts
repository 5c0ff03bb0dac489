import { streamId, type RecordedEventOf } from '@athar/contracts';
import { evolveReview, initialReviewState, type ReviewEvent, type ReviewState } from '@athar/domain-committee-review';
import { WrongExpectedRevisionError } from '@athar/event-store';
import type { EventWriter, PendingEvent } from '@athar/service-kit';

export const reviewStreamId = (tenantId: string, caseId: string): string => streamId('committee-review', 'review', tenantId, caseId);

/** The types a review stream holds, and its events as read. */
export type ReviewEventType = ReviewEvent['type'];
export type ReviewRecord = RecordedEventOf<ReviewEventType>;

export function reviewStateOf(history: ReviewRecord[]): ReviewState {
  return history.reduce(evolveReview, initialReviewState);
}

/** The event that opened a round: ReviewOpened for round 1, its ReconsiderationRequested after. */
export function roundOpening(history: ReviewRecord[], round: number): RecordedEventOf<'ReviewOpened' | 'ReconsiderationRequested'> | undefined {
  return round === 1
    ? history.find((e) => e.type === 'ReviewOpened')
    : history.find((e): e is RecordedEventOf<'ReconsiderationRequested'> => e.type === 'ReconsiderationRequested' && e.data.round === round);
}

/** Whether an earlier round was decided after its own deadline (ADR 0016); false while it has no decision. */
export function roundDecidedLate(history: ReviewRecord[], round: number): boolean {
  const deadline = roundOpening(history, round)?.data.deadline;
  const decision = history.find(
    (e): e is RecordedEventOf<'ApplicationAccepted' | 'ApplicationRejected'> =>
      (e.type === 'ApplicationAccepted' || e.type === 'ApplicationRejected') && e.data.round === round,
  );
  return deadline !== undefined && decision !== undefined && Date.parse(decision.data.decidedAt) > Date.parse(deadline);
}

/**
 * For a timer's fact (reminder, breach): decides on the review's history and appends, caused by the
 * stream's latest event. Each fact follows a different event, so derived ids never collide; a retried
 * activity finds its fact already recorded and the decider returns nothing. Returns the history read
 * and the state with the appended facts applied.
 */
export async function appendAfterLatest(
  writer: EventWriter,
  tenantId: string,
  caseId: string,
  decide: (state: ReviewState) => PendingEvent<ReviewEventType>[],
  attempts = 3,
): Promise<{ state: ReviewState; history: ReviewRecord[] }> {
  const stream = reviewStreamId(tenantId, caseId);
  for (let attempt = 1; ; attempt += 1) {
    const { history, revision } = await writer.load<ReviewEventType>(stream);
    if (history.length === 0) throw new Error(`No review for case ${caseId} of ${tenantId}`);
    const state = reviewStateOf(history);
    const events = decide(state);
    const after = events.reduce(evolveReview, state);
    if (events.length === 0) return { state, history };
    try {
      await writer.append(stream, tenantId, { kind: 'event', event: history[history.length - 1] }, events, revision);
      return { state: after, history };
    } catch (error) {
      if (!(error instanceof WrongExpectedRevisionError) || attempt >= attempts) throw error;
    }
  }
}
