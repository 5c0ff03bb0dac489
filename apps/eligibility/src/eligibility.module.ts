import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { getModelToken, MongooseModule } from '@nestjs/mongoose';
import { AggregateCommands, declareServiceVariables, EnginesModule, EventWriter, ServiceKitModule } from '@athar/service-kit';
import { TemporalModule } from '@athar/temporal-kit';
import { eligibilityTaskQueue, REVIEW_SEARCH_ATTRIBUTES, WORKFLOWS_PATH } from '@athar/workflows';
import { AssessOnSubmissionReactor } from './assessments/assess-on-submission/assess-on-submission.reactor';
import { OverrideEligibilityController } from './assessments/override-eligibility/override-eligibility.controller';
import { OverrideEligibilityHandler } from './assessments/override-eligibility/override-eligibility.handler';
import { EligibilityPolicies, eligibilityPolicyDirFromEnv } from './assessments/policies/eligibility-policies';
import { AssessmentViewProjection } from './assessments/projection/assessment-view.projection';
import { PolicyInForceController } from './assessments/policy-in-force/policy-in-force.controller';
import { WhatIfController } from './assessments/what-if/what-if.controller';
import { Beneficiary, BeneficiarySchema } from './beneficiaries/beneficiary.schema';
import { BeneficiaryProjection } from './beneficiaries/beneficiary.projection';
import { CloseVerificationOnDecisionReactor } from './documents/close-on-decision/close-verification-on-decision.reactor';
import { StartExpiryWatchReactor } from './documents/expiry-watch/start-expiry-watch.reactor';
import { RequestVerificationReactor } from './documents/request-verification/request-verification.reactor';
import { VerifyDocumentController } from './documents/verify-document/verify-document.controller';
import { VerifyDocumentHandler } from './documents/verify-document/verify-document.handler';
import { createEligibilityActivities } from './reverification/eligibility.activities';
import { EligibilitySchedules } from './reverification/eligibility-schedules';
import { WorkItem, WorkItemSchema } from './work-queue/work-item.schema';
import { WorkQueueController } from './work-queue/work-queue.controller';
import { WorkQueueProjection } from './work-queue/work-queue.projection';

/** The HTTP routes, one controller per use case or resource. */
const httpControllers = [VerifyDocumentController, OverrideEligibilityController, WorkQueueController, PolicyInForceController, WhatIfController];

/** @nestjs/cqrs command handlers: every write endpoint's use case. */
const commandHandlers = [VerifyDocumentHandler, OverrideEligibilityHandler];

/** What reacts to events by recording a fact or starting a watch. */
const reactors = [AssessOnSubmissionReactor, RequestVerificationReactor, StartExpiryWatchReactor, CloseVerificationOnDecisionReactor];

/** Read models kept from events. */
const projections = [AssessmentViewProjection, BeneficiaryProjection, WorkQueueProjection];

/** Services the use cases share: the policy versions in force, the Temporal schedules they ask for. */
const services = [EligibilityPolicies, EligibilitySchedules];

/** The worker's activities: they record facts through the one command path (AggregateCommands). */
const activities = {
  useFactory: createEligibilityActivities,
  inject: [AggregateCommands, EventWriter, EligibilityPolicies, getModelToken(Beneficiary.name)],
};

// The variable only eligibility reads, validated at start-up with the shared ones.
declareServiceVariables({ variables: ['ATHAR_ELIGIBILITY_POLICY_DIR'], parse: eligibilityPolicyDirFromEnv });

@Module({
  imports: [
    ServiceKitModule.forRoot({ serviceName: 'eligibility' }),
    EnginesModule.forRoot({ context: 'eligibility', consumes: ['intake', 'eligibility', 'committee-review'] }),
    CqrsModule.forRoot(),
    MongooseModule.forFeature([
      { name: WorkItem.name, schema: WorkItemSchema },
      { name: Beneficiary.name, schema: BeneficiarySchema },
    ]),
    TemporalModule.forRoot({ taskQueue: eligibilityTaskQueue, workflowsPath: WORKFLOWS_PATH, searchAttributes: REVIEW_SEARCH_ATTRIBUTES, activities }),
  ],
  controllers: httpControllers,
  providers: [...commandHandlers, ...reactors, ...projections, ...services],
})
export class EligibilityModule {}
