import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { MongooseModule } from '@nestjs/mongoose';
import { AggregateCommands, EnginesModule, ServiceKitModule } from '@athar/service-kit';
import { operationsControllers, operationsProviders, TemporalModule } from '@athar/temporal-kit';
import { REVIEW_SEARCH_ATTRIBUTES, committeeReviewTaskQueue, WORKFLOWS_PATH } from '@athar/workflows';
import { CaseDocument, CaseDocumentSchema } from './case-documents/case-document.schema';
import { CaseDocumentsProjection } from './case-documents/case-documents.projection';
import { CommitteeQueueController } from './committee-queue/committee-queue.controller';
import { CommitteeQueueProjection } from './committee-queue/committee-queue.projection';
import { GetDeadlineWatchHandler } from './committee-queue/deadline-watch/deadline-watch.handler';
import { ListQueueHandler } from './committee-queue/list-queue/list-queue.handler';
import { CommitteeQueueEntry, CommitteeQueueEntrySchema } from './committee-queue/committee-queue.schema';
import { CaseMilestones, CaseMilestonesSchema } from './process-mining/case-milestones.schema';
import { GetProcessReportHandler } from './process-mining/get-process-report.handler';
import { ProcessMiningController } from './process-mining/process-mining.controller';
import { ProcessMiningProjection } from './process-mining/process-mining.projection';
import { CastVoteController } from './reviews/cast-vote/cast-vote.controller';
import { CastVoteHandler } from './reviews/cast-vote/cast-vote.handler';
import { DeclareConflictOfInterestController } from './reviews/declare-conflict-of-interest/declare-conflict-of-interest.controller';
import { DeclareConflictOfInterestHandler } from './reviews/declare-conflict-of-interest/declare-conflict-of-interest.handler';
import { GetReviewController } from './reviews/get-review/get-review.controller';
import { GetReviewHandler } from './reviews/get-review/get-review.handler';
import { OpenReviewReactor } from './reviews/open-review/open-review.reactor';
import { ReviewReader } from './reviews/read/review-reader';
import { ReviewViewProjection } from './reviews/projection/review-view.projection';
import { RequestReconsiderationController } from './reviews/request-reconsideration/request-reconsideration.controller';
import { RequestReconsiderationHandler } from './reviews/request-reconsideration/request-reconsideration.handler';
import { createReviewTimelineActivities } from './reviews/review-timeline/review-timeline.activities';
import { SignalDecisionReactor } from './reviews/review-timeline/signal-decision.reactor';
import { StartReviewTimelineReactor } from './reviews/review-timeline/start-review-timeline.reactor';
import { OpenServiceDeliveryReactor } from './service-delivery/open-service-delivery/open-service-delivery.reactor';
import { createServiceDeliveryActivities } from './service-delivery/service-delivery.activities';

/** The HTTP routes, one controller per use case or resource. */
export const httpControllers = [
  CommitteeQueueController,
  GetReviewController,
  CastVoteController,
  DeclareConflictOfInterestController,
  RequestReconsiderationController,
  ProcessMiningController,
];

/** @nestjs/cqrs command handlers: every write endpoint's command. */
export const commandHandlers = [CastVoteHandler, DeclareConflictOfInterestHandler, RequestReconsiderationHandler];

/** @nestjs/cqrs query handlers: every read endpoint's query, answered from a projection or ReviewReader. */
export const queryHandlers = [ListQueueHandler, GetDeadlineWatchHandler, GetReviewHandler, GetProcessReportHandler];

/** The read ports onto a stream outside the command path (one: the review's). */
export const readers = [ReviewReader];

/** What reacts to events: opening a review or a service delivery, starting and ending timelines. */
export const reactors = [OpenReviewReactor, StartReviewTimelineReactor, SignalDecisionReactor, OpenServiceDeliveryReactor];

/** Read models kept from events. */
export const projections = [ReviewViewProjection, CommitteeQueueProjection, CaseDocumentsProjection, ProcessMiningProjection];

@Module({
  imports: [
    ServiceKitModule.forRoot({ serviceName: 'committee-review' }),
    // intake and feedback for process mining's milestones (docs/adr/0050): received, submitted, surveyed.
    EnginesModule.forRoot({ context: 'committee-review', consumes: ['intake', 'eligibility', 'committee-review', 'feedback'] }),
    CqrsModule.forRoot(),
    MongooseModule.forFeature([
      { name: CommitteeQueueEntry.name, schema: CommitteeQueueEntrySchema },
      { name: CaseDocument.name, schema: CaseDocumentSchema },
      { name: CaseMilestones.name, schema: CaseMilestonesSchema },
    ]),
    TemporalModule.forRoot({
      taskQueue: committeeReviewTaskQueue,
      workflowsPath: WORKFLOWS_PATH,
      searchAttributes: REVIEW_SEARCH_ATTRIBUTES,
      activities: {
        // Temporal activities that record facts go through the one command path too.
        useFactory: (commands: AggregateCommands) => ({ ...createReviewTimelineActivities(commands), ...createServiceDeliveryActivities(commands) }),
        inject: [AggregateCommands],
      },
    }),
  ],
  // The instance's operations API (docs/adr/0045): workflows, messaging and dead letters of every service.
  controllers: [...httpControllers, ...operationsControllers],
  providers: [...commandHandlers, ...queryHandlers, ...readers, ...reactors, ...projections, ...operationsProviders('committee-review')],
})
export class CommitteeReviewModule {}
