import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { TenantRegistry } from '@athar/tenancy';
import { reviewNotFound } from '../../committees/committee-rules';
import { ReviewReader } from '../read/review-reader';
import { GetReviewQuery } from './get-review.query';
import type { ReviewDto } from './review.dto';

/** A single review's detail: only its stream holds the votes with their reasons, so it is read through ReviewReader. */
@QueryHandler(GetReviewQuery)
export class GetReviewHandler implements IQueryHandler<GetReviewQuery, ReviewDto> {
  constructor(
    private readonly reviews: ReviewReader,
    private readonly tenants: TenantRegistry,
  ) {}

  async execute({ principal, caseId }: GetReviewQuery): Promise<ReviewDto> {
    const review = await this.reviews.snapshot(principal.tenantId, caseId);
    if (!review) throw reviewNotFound();
    const { state, revision } = review;
    return {
      caseId,
      status: state.status,
      round: state.round,
      deadline: state.deadline ?? null,
      breached: state.breached,
      escalated: state.escalated,
      votes: state.votes.map((v) => ({ memberId: v.memberId, role: v.role, vote: v.vote, reason: v.reason, castAt: v.castAt })),
      recused: state.recused,
      reconsiderationUntil: state.reconsiderationUntil ?? null,
      revision,
      // the voting form offers exactly what the vote accepts (policy committeeReview.reasons)
      reasonChoices: this.tenants.get(principal.tenantId).committeeReview.reasons,
    };
  }
}
