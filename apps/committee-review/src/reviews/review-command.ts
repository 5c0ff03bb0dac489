import type { Principal } from '@athar/identity';
import { WrongExpectedRevisionError } from '@athar/event-store';
import { revisionFromIfMatch, type EventWriter, type PendingEvent } from '@athar/service-kit';
import { TenantRegistry, type TenantPolicy } from '@athar/tenancy';
import type { ReviewState } from '@athar/domain-committee-review';
import { reviewNotFound } from '../committees/committee-rules';
import { reviewStateOf, reviewStreamId, type ReviewEventType } from './review-stream';

/**
 * A person's command on a case's review: load the stream, decide, append at the revision decided on.
 * With If-Match the client's revision is expected and a change made meanwhile answers 409; without it,
 * a concurrent append makes the command decide again on the fresh history, so only a command the fresh
 * state refuses (e.g. the second of two final votes: the review is decided) answers 409.
 */
export async function runReviewCommand<T>(
  deps: { writer: EventWriter; tenants: TenantRegistry },
  principal: Principal,
  caseId: string,
  ifMatch: string | undefined,
  decide: (state: ReviewState, policy: TenantPolicy) => { events: PendingEvent<ReviewEventType>[]; result: T },
): Promise<T & { revision: number }> {
  const stream = reviewStreamId(principal.tenantId, caseId);
  const policy = deps.tenants.get(principal.tenantId);
  const expected = ifMatch === undefined ? undefined : revisionFromIfMatch(ifMatch);
  for (let attempt = 1; ; attempt += 1) {
    const { history, revision } = await deps.writer.load<ReviewEventType>(stream);
    if (history.length === 0) throw reviewNotFound();
    const { events, result } = decide(reviewStateOf(history), policy);
    const lastRevision = history[history.length - 1].revision;
    if (events.length === 0) return { ...result, revision: lastRevision };
    try {
      const appended = await deps.writer.append(stream, principal.tenantId, { kind: 'request', principal, channel: 'system' }, events, expected ?? revision);
      return { ...result, revision: appended.nextExpectedRevision };
    } catch (error) {
      if (!(error instanceof WrongExpectedRevisionError) || expected !== undefined || attempt >= 5) throw error;
    }
  }
}
