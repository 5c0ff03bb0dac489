import { Module } from '@nestjs/common';
import { EnginesModule, EventWriter, ServiceKitModule } from '@athar/service-kit';
import { TemporalModule } from '@athar/temporal-kit';
import { REVIEW_SEARCH_ATTRIBUTES, reviewTimelineTaskQueue, WORKFLOWS_PATH } from '@athar/workflows';
import { OpenReviewReactor } from './reviews/open-review/open-review.reactor';
import { ReviewViewProjection } from './reviews/projection/review-view.projection';
import { createReviewTimelineActivities } from './reviews/review-timeline/review-timeline.activities';
import { StartReviewTimelineReactor } from './reviews/review-timeline/start-review-timeline.reactor';

@Module({
  imports: [
    ServiceKitModule.forRoot({ serviceName: 'committee-review' }),
    EnginesModule.forRoot({ context: 'committee-review', consumes: ['eligibility', 'committee-review'] }),
    TemporalModule.forRoot({
      taskQueue: reviewTimelineTaskQueue,
      workflowsPath: WORKFLOWS_PATH,
      searchAttributes: REVIEW_SEARCH_ATTRIBUTES,
      activities: { useFactory: createReviewTimelineActivities, inject: [EventWriter] },
    }),
  ],
  providers: [OpenReviewReactor, StartReviewTimelineReactor, ReviewViewProjection],
})
export class CommitteeReviewModule {}
