import { DomainError, type ConflictOfInterestDeclaredV1 } from '@athar/contracts';
import type { Committee } from './committee';
import type { ReviewState } from './review';

/**
 * A member declares a conflict of interest on a case: from then on they cannot vote on it.
 * Declaring after having voted in the open round is refused: the vote would already have counted.
 * A second declaration by the same member records nothing (returns null).
 */
export function declareConflictOfInterest(
  state: ReviewState,
  committee: Committee,
  caseId: string,
  memberId: string,
  note: string,
  now: Date,
): ConflictOfInterestDeclaredV1 | null {
  if (state.status === 'none') throw new DomainError('review-not-found', 'not-found', { ar: 'لا توجد مراجعة لهذه الحالة', en: 'No review for this case' });
  if (!committee.members.some((m) => m.userId === memberId)) {
    throw new DomainError('not-a-member', 'forbidden', {
      ar: 'لست عضواً في اللجنة المختصة بهذا الطلب',
      en: 'You are not a member of the committee studying this request',
    });
  }
  if (state.recused.includes(memberId)) return null;
  if (state.status === 'open' && state.votes.some((v) => v.memberId === memberId)) {
    throw new DomainError('already-voted', 'conflict', {
      ar: 'صوّتَّ في هذه الجولة؛ أبلغ رئيس اللجنة بتعارض المصالح',
      en: 'You have voted in this round; tell the committee chair about the conflict of interest',
    });
  }
  return { caseId, committeeId: committee.id, memberId, note, declaredAt: now.toISOString() };
}
