import { NotFoundException } from '@nestjs/common';
import type { ScheduleRules, VotingRules } from '@athar/domain-committee-review';
import type { TenantPolicy } from '@athar/tenancy';

type CommitteePolicy = TenantPolicy['committeeReview']['committees'][number];

/** The committee that studies a service's requests (the policy assigns every direct service to one). */
export function committeeFor(policy: TenantPolicy, serviceId: string): CommitteePolicy {
  const committee = policy.committeeReview.committees.find((c) => c.serviceIds.includes(serviceId));
  if (!committee) throw new Error(`Tenant ${policy.tenantId} has no committee for service ${serviceId}`);
  return committee;
}

export function votingRules(policy: TenantPolicy, serviceId: string): VotingRules {
  const committee = committeeFor(policy, serviceId);
  return {
    committee: { id: committee.id, quorum: committee.quorum, members: committee.members.map((m) => ({ userId: m.userId, role: m.role })) },
    reasons: policy.committeeReview.reasons,
    reconsiderationDays: policy.committeeReview.reconsiderationDays,
    maxRounds: policy.committeeReview.maxRounds,
  };
}

export function scheduleRules(policy: TenantPolicy): ScheduleRules {
  const review = policy.committeeReview;
  return { reminderPercents: review.reminderPercents, atRiskFromPercent: review.atRiskFromPercent, holidays: holidaysOf(policy) };
}

export const holidaysOf = (policy: TenantPolicy): ReadonlySet<string> => new Set(policy.committeeReview.holidays);

/** Another tenant's case, and a case with no review, answer alike. */
export const reviewNotFound = (): NotFoundException =>
  new NotFoundException({ code: 'review-not-found', message: { ar: 'لا توجد مراجعة لهذه الحالة', en: 'No review for this case' } });
