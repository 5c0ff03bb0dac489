import { streamId, type RecordedEvent } from '@athar/contracts';
import { evolveReview, initialReviewState, type ReviewEvent, type ReviewState } from '@athar/domain-committee-review';

export const reviewStreamId = (tenantId: string, caseId: string): string => streamId('committee-review', 'review', tenantId, caseId);

export function reviewStateOf(history: RecordedEvent[]): ReviewState {
  return history.reduce((state, event) => evolveReview(state, event as unknown as ReviewEvent), initialReviewState);
}
