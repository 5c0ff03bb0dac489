import { streamId, type RecordedEventOf } from '@athar/contracts';
import { evolveReview, initialReviewState, type ReviewEvent, type ReviewState } from '@athar/domain-committee-review';
import type { Principal } from '@athar/identity';
import type { Aggregate, CommandOutcome, StreamCommand } from '@athar/service-kit';
import { reviewNotFound } from '../committees/committee-rules';

export const reviewStreamId = (tenantId: string, caseId: string): string => streamId('committee-review', 'review', tenantId, caseId);

/** The types a review stream holds, and its events as read. */
export type ReviewEventType = ReviewEvent['type'];
export type ReviewRecord = RecordedEventOf<ReviewEventType>;

/** A case's review: the one fold every command on its stream decides on. */
export const reviewAggregate: Aggregate<ReviewState, ReviewEventType> = { initialState: initialReviewState, evolve: evolveReview };

export function reviewStateOf(history: ReviewRecord[]): ReviewState {
  return history.reduce(reviewAggregate.evolve, reviewAggregate.initialState);
}

/**
 * A person's command on a case's review (the stream must exist: 404 otherwise). With If-Match the
 * client's revision is expected and a change made meanwhile answers 409; without it, a concurrent
 * append makes the command decide again on the fresh state, so only a command the fresh state refuses
 * (e.g. the second of two final votes: the review is decided) answers 409.
 */
export const personOnReview = (
  principal: Principal,
  caseId: string,
  expectedRevision?: number,
): Omit<StreamCommand<ReviewState, ReviewEventType, unknown>, 'decide'> => ({
  streamId: reviewStreamId(principal.tenantId, caseId),
  tenantId: principal.tenantId,
  cause: { kind: 'request', principal, channel: 'system' },
  expectedRevision,
  whenMissing: reviewNotFound,
});

/** A command's answer with the review's revision after it (the stream exists, so a number). */
export const withRevision = <R extends object>(outcome: CommandOutcome<ReviewState, R>): R & { revision: number } => ({
  ...outcome.result,
  revision: outcome.revision as number,
});
