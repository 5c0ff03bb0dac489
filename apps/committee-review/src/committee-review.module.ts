import { Module } from '@nestjs/common';
import { EnginesModule, ServiceKitModule } from '@athar/service-kit';
import { OpenReviewReactor } from './reviews/open-review/open-review.reactor';
import { ReviewViewProjection } from './reviews/projection/review-view.projection';
import { ReviewTimelineRuntime } from './reviews/review-timeline/review-timeline.runtime';

@Module({
  imports: [
    ServiceKitModule.forRoot({ serviceName: 'committee-review' }),
    EnginesModule.forRoot({ context: 'committee-review', consumes: ['eligibility', 'committee-review'] }),
  ],
  providers: [OpenReviewReactor, ReviewTimelineRuntime, ReviewViewProjection],
})
export class CommitteeReviewModule {}
