import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { EnginesModule, ServiceKitModule } from '@athar/service-kit';
import { ApplicationViewProjection } from './applications/projection/application-view.projection';
import { SubmitApplicationController } from './applications/submit-application/submit-application.controller';
import { SubmitApplicationHandler } from './applications/submit-application/submit-application.handler';
import { CaseStatusController } from './cases/case-status/case-status.controller';

@Module({
  imports: [
    ServiceKitModule.forRoot({ serviceName: 'intake' }),
    EnginesModule.forRoot({ context: 'intake', consumes: ['intake'] }),
    CqrsModule.forRoot(),
  ],
  controllers: [SubmitApplicationController, CaseStatusController],
  providers: [SubmitApplicationHandler, ApplicationViewProjection],
})
export class IntakeModule {}
