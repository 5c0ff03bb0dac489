import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { MongooseModule } from '@nestjs/mongoose';
import { AggregateCommands, EnginesModule, ServiceKitModule } from '@athar/service-kit';
import { TemporalModule } from '@athar/temporal-kit';
import { feedbackTaskQueue, REVIEW_SEARCH_ATTRIBUTES, WORKFLOWS_PATH } from '@athar/workflows';
import { complaints, createComplaintServiceLevelActivities } from './complaints/complaints.registration';
import { OpenFileOnSubmissionReactor } from './open-file-on-submission/open-file-on-submission.reactor';
import { surveyActivities, surveyControllers, surveyFeatures, surveyProviders } from './surveys/surveys.registration';

/** The worker runs both capabilities' activities: the survey timeline's (ADR 0041) and the complaint's service level (ADR 0042). */
const activities = {
  useFactory: (commands: AggregateCommands, ...surveyDeps: Parameters<typeof surveyActivities.useFactory> extends [unknown, ...infer R] ? R : never) => ({
    ...surveyActivities.useFactory(commands, ...surveyDeps),
    ...createComplaintServiceLevelActivities(commands),
  }),
  inject: surveyActivities.inject,
};

@Module({
  imports: [
    ServiceKitModule.forRoot({ serviceName: 'feedback' }),
    EnginesModule.forRoot({ context: 'feedback', consumes: ['intake', 'committee-review', 'feedback'] }),
    CqrsModule.forRoot(),
    MongooseModule.forFeature([...surveyFeatures, ...complaints.models]),
    TemporalModule.forRoot({
      taskQueue: feedbackTaskQueue,
      workflowsPath: WORKFLOWS_PATH,
      searchAttributes: REVIEW_SEARCH_ATTRIBUTES,
      activities,
    }),
  ],
  controllers: [...surveyControllers, ...complaints.controllers],
  providers: [OpenFileOnSubmissionReactor, ...surveyProviders, ...complaints.providers],
})
export class FeedbackModule {}
