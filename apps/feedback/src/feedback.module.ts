import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { MongooseModule } from '@nestjs/mongoose';
import { AggregateCommands, EnginesModule, ServiceKitModule } from '@athar/service-kit';
import { TemporalModule } from '@athar/temporal-kit';
import { feedbackTaskQueue, REVIEW_SEARCH_ATTRIBUTES, WORKFLOWS_PATH } from '@athar/workflows';
import { complaints, createComplaintServiceLevelActivities } from './complaints/complaints.registration';
import { OpenFileOnSubmissionReactor } from './open-file-on-submission/open-file-on-submission.reactor';

@Module({
  imports: [
    ServiceKitModule.forRoot({ serviceName: 'feedback' }),
    EnginesModule.forRoot({ context: 'feedback', consumes: ['intake', 'feedback'] }),
    CqrsModule.forRoot(),
    MongooseModule.forFeature([...complaints.models]),
    TemporalModule.forRoot({
      taskQueue: feedbackTaskQueue,
      workflowsPath: WORKFLOWS_PATH,
      searchAttributes: REVIEW_SEARCH_ATTRIBUTES,
      activities: {
        useFactory: (commands: AggregateCommands) => ({
          ...createComplaintServiceLevelActivities(commands),
        }),
        inject: [AggregateCommands],
      },
    }),
  ],
  controllers: [...complaints.controllers],
  providers: [OpenFileOnSubmissionReactor, ...complaints.providers],
})
export class FeedbackModule {}
