import { Module } from '@nestjs/common';
import { getModelToken, MongooseModule } from '@nestjs/mongoose';
import { EnginesModule, EventWriter, ServiceKitModule } from '@athar/service-kit';
import { TemporalModule } from '@athar/temporal-kit';
import { eligibilityTaskQueue, REVIEW_SEARCH_ATTRIBUTES, WORKFLOWS_PATH } from '@athar/workflows';
import { AssessOnSubmissionReactor } from './assessments/assess-on-submission/assess-on-submission.reactor';
import { OverrideEligibilityController } from './assessments/override-eligibility/override-eligibility.controller';
import { EligibilityPolicies } from './assessments/policies/eligibility-policies';
import { AssessmentViewProjection } from './assessments/projection/assessment-view.projection';
import { PolicyInForceController } from './assessments/policy-in-force/policy-in-force.controller';
import { WhatIfController } from './assessments/what-if/what-if.controller';
import { Beneficiary, BeneficiarySchema } from './beneficiaries/beneficiary.schema';
import { BeneficiaryProjection } from './beneficiaries/beneficiary.projection';
import { CloseVerificationOnDecisionReactor } from './documents/close-on-decision/close-verification-on-decision.reactor';
import { StartExpiryWatchReactor } from './documents/expiry-watch/start-expiry-watch.reactor';
import { RequestVerificationReactor } from './documents/request-verification/request-verification.reactor';
import { VerifyDocumentController } from './documents/verify-document/verify-document.controller';
import { createEligibilityActivities } from './reverification/eligibility.activities';
import { EligibilitySchedules } from './reverification/eligibility-schedules';
import { WorkItem, WorkItemSchema } from './work-queue/work-item.schema';
import { WorkQueueController } from './work-queue/work-queue.controller';
import { WorkQueueProjection } from './work-queue/work-queue.projection';

@Module({
  imports: [
    ServiceKitModule.forRoot({ serviceName: 'eligibility' }),
    EnginesModule.forRoot({ context: 'eligibility', consumes: ['intake', 'eligibility', 'committee-review'] }),
    MongooseModule.forFeature([
      { name: WorkItem.name, schema: WorkItemSchema },
      { name: Beneficiary.name, schema: BeneficiarySchema },
    ]),
    TemporalModule.forRoot({
      taskQueue: eligibilityTaskQueue,
      workflowsPath: WORKFLOWS_PATH,
      searchAttributes: REVIEW_SEARCH_ATTRIBUTES,
      activities: { useFactory: createEligibilityActivities, inject: [EventWriter, EligibilityPolicies, getModelToken(Beneficiary.name)] },
    }),
  ],
  controllers: [VerifyDocumentController, WorkQueueController, OverrideEligibilityController, PolicyInForceController, WhatIfController],
  providers: [
    EligibilityPolicies,
    AssessOnSubmissionReactor,
    AssessmentViewProjection,
    BeneficiaryProjection,
    RequestVerificationReactor,
    StartExpiryWatchReactor,
    CloseVerificationOnDecisionReactor,
    WorkQueueProjection,
    EligibilitySchedules,
  ],
})
export class EligibilityModule {}
