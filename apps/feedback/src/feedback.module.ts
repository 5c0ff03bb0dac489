import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { MongooseModule } from '@nestjs/mongoose';
import { EnginesModule, ServiceKitModule } from '@athar/service-kit';
import { TemporalModule } from '@athar/temporal-kit';
import { feedbackTaskQueue, REVIEW_SEARCH_ATTRIBUTES, WORKFLOWS_PATH } from '@athar/workflows';
import { OpenFileOnSubmissionReactor } from './open-file-on-submission/open-file-on-submission.reactor';
import { surveyActivities, surveyControllers, surveyFeatures, surveyProviders } from './surveys/surveys.registration';

@Module({
  imports: [
    ServiceKitModule.forRoot({ serviceName: 'feedback' }),
    EnginesModule.forRoot({ context: 'feedback', consumes: ['intake', 'committee-review', 'feedback'] }),
    CqrsModule.forRoot(),
    MongooseModule.forFeature([...surveyFeatures]),
    TemporalModule.forRoot({
      taskQueue: feedbackTaskQueue,
      workflowsPath: WORKFLOWS_PATH,
      searchAttributes: REVIEW_SEARCH_ATTRIBUTES,
      activities: surveyActivities,
    }),
  ],
  controllers: [...surveyControllers],
  providers: [OpenFileOnSubmissionReactor, ...surveyProviders],
})
export class FeedbackModule {}
