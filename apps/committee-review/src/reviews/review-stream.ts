import { streamId, type RecordedEvent } from '@athar/contracts';
import { evolveReview, initialReviewState, type ReviewEvent, type ReviewState } from '@athar/domain-committee-review';
import { WrongExpectedRevisionError } from '@athar/event-store';
import type { EventWriter, PendingEvent } from '@athar/service-kit';

export const reviewStreamId = (tenantId: string, caseId: string): string => streamId('committee-review', 'review', tenantId, caseId);

export function reviewStateOf(history: RecordedEvent[]): ReviewState {
  return history.reduce((state, event) => evolveReview(state, event as unknown as ReviewEvent), initialReviewState);
}

/** The event that opened a round: ReviewOpened for round 1, its ReconsiderationRequested after. */
export function roundOpening(history: RecordedEvent[], round: number): RecordedEvent | undefined {
  return round === 1
    ? history.find((e) => e.type === 'ReviewOpened')
    : history.find((e) => e.type === 'ReconsiderationRequested' && (e.data as { round: number }).round === round);
}

/**
 * For a timer's fact (reminder, breach): decides on the review's history and appends, caused by the
 * stream's latest event. Each fact follows a different event, so derived ids never collide; a retried
 * activity finds its fact already recorded and the decider returns nothing.
 */
export async function appendAfterLatest(writer: EventWriter, tenantId: string, caseId: string, decide: (state: ReviewState) => PendingEvent[], attempts = 3): Promise<void> {
  const stream = reviewStreamId(tenantId, caseId);
  for (let attempt = 1; ; attempt += 1) {
    const { history, revision } = await writer.load(stream);
    if (history.length === 0) throw new Error(`No review for case ${caseId} of ${tenantId}`);
    const events = decide(reviewStateOf(history));
    if (events.length === 0) return;
    try {
      await writer.append(stream, tenantId, { kind: 'event', event: history[history.length - 1] }, events, revision);
      return;
    } catch (error) {
      if (!(error instanceof WrongExpectedRevisionError) || attempt >= attempts) throw error;
    }
  }
}
