import { DomainError, windowEnd, type ReconsiderationRequestedV1 } from '@athar/contracts';
import type { ReviewState } from './review';

/**
 * A rejected applicant asks to be reviewed again within the tenant's period. The new round
 * runs under the same timeline rules: its deadline is the request plus the tenant's window.
 */
export function requestReconsideration(
  state: ReviewState,
  caseId: string,
  grounds: string,
  maxRounds: number,
  now: Date,
  holidays: ReadonlySet<string> = new Set(),
): ReconsiderationRequestedV1 {
  if (state.status === 'none') throw new DomainError('review-not-found', 'not-found', { ar: 'لا توجد مراجعة لهذه الحالة', en: 'No review for this case' });
  if (state.status !== 'rejected') {
    throw new DomainError('not-rejected', 'conflict', { ar: 'لا يُطلب إعادة النظر إلا في طلب مرفوض', en: 'Only a rejected request can be reconsidered' });
  }
  if (!state.reconsiderationUntil || state.round >= maxRounds) {
    throw new DomainError('reconsideration-not-offered', 'conflict', {
      ar: 'لا تتيح الجمعية إعادة نظر أخرى في هذا الطلب',
      en: 'The association offers no further reconsideration of this request',
    });
  }
  if (now.getTime() > Date.parse(state.reconsiderationUntil)) {
    throw new DomainError('reconsideration-period-over', 'conflict', {
      ar: `انتهت مدة طلب إعادة النظر في ${state.reconsiderationUntil.slice(0, 10)}`,
      en: `The period to ask for reconsideration ended on ${state.reconsiderationUntil.slice(0, 10)}`,
    });
  }
  const reviewWindow = state.reviewWindow ?? { days: 14, counting: 'calendar' as const };
  return {
    caseId,
    round: state.round + 1,
    requestedAt: now.toISOString(),
    grounds,
    deadline: windowEnd(now, reviewWindow, holidays).toISOString(),
    reviewWindow,
  };
}
