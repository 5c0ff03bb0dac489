import { Module } from '@nestjs/common';
import { EnginesModule, ServiceKitModule } from '@athar/service-kit';
import { OpenFileOnSubmissionReactor } from './open-file-on-submission/open-file-on-submission.reactor';

@Module({
  imports: [ServiceKitModule.forRoot({ serviceName: 'feedback' }), EnginesModule.forRoot({ context: 'feedback', consumes: ['intake', 'feedback'] })],
  providers: [OpenFileOnSubmissionReactor],
})
export class FeedbackModule {}
