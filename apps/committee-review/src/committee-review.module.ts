import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { EnginesModule, EventWriter, ServiceKitModule } from '@athar/service-kit';
import { TemporalModule } from '@athar/temporal-kit';
import { REVIEW_SEARCH_ATTRIBUTES, committeeReviewTaskQueue, WORKFLOWS_PATH } from '@athar/workflows';
import { CaseDocument, CaseDocumentSchema } from './case-documents/case-document.schema';
import { CaseDocumentsProjection } from './case-documents/case-documents.projection';
import { CommitteeQueueController } from './committee-queue/committee-queue.controller';
import { CommitteeQueueProjection } from './committee-queue/committee-queue.projection';
import { CommitteeQueueEntry, CommitteeQueueEntrySchema } from './committee-queue/committee-queue.schema';
import { CastVoteController } from './reviews/cast-vote/cast-vote.controller';
import { DeclareConflictOfInterestController } from './reviews/declare-conflict-of-interest/declare-conflict-of-interest.controller';
import { GetReviewController } from './reviews/get-review/get-review.controller';
import { OpenReviewReactor } from './reviews/open-review/open-review.reactor';
import { ReviewViewProjection } from './reviews/projection/review-view.projection';
import { RequestReconsiderationController } from './reviews/request-reconsideration/request-reconsideration.controller';
import { createReviewTimelineActivities } from './reviews/review-timeline/review-timeline.activities';
import { SignalDecisionReactor } from './reviews/review-timeline/signal-decision.reactor';
import { StartReviewTimelineReactor } from './reviews/review-timeline/start-review-timeline.reactor';
import { OpenServiceDeliveryReactor } from './service-delivery/open-service-delivery/open-service-delivery.reactor';
import { createServiceDeliveryActivities } from './service-delivery/service-delivery.activities';

@Module({
  imports: [
    ServiceKitModule.forRoot({ serviceName: 'committee-review' }),
    EnginesModule.forRoot({ context: 'committee-review', consumes: ['eligibility', 'committee-review'] }),
    MongooseModule.forFeature([
      { name: CommitteeQueueEntry.name, schema: CommitteeQueueEntrySchema },
      { name: CaseDocument.name, schema: CaseDocumentSchema },
    ]),
    TemporalModule.forRoot({
      taskQueue: committeeReviewTaskQueue,
      workflowsPath: WORKFLOWS_PATH,
      searchAttributes: REVIEW_SEARCH_ATTRIBUTES,
      activities: {
        useFactory: (writer: EventWriter) => ({ ...createReviewTimelineActivities(writer), ...createServiceDeliveryActivities(writer) }),
        inject: [EventWriter],
      },
    }),
  ],
  controllers: [CommitteeQueueController, GetReviewController, CastVoteController, DeclareConflictOfInterestController, RequestReconsiderationController],
  providers: [
    OpenReviewReactor,
    StartReviewTimelineReactor,
    SignalDecisionReactor,
    ReviewViewProjection,
    CommitteeQueueProjection,
    CaseDocumentsProjection,
    OpenServiceDeliveryReactor,
  ],
})
export class CommitteeReviewModule {}
