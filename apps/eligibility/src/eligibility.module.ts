import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { getModelToken, MongooseModule } from '@nestjs/mongoose';
import { AggregateCommands, declareServiceVariables, EnginesModule, EventWriter, ServiceKitModule } from '@athar/service-kit';
import { TemporalModule } from '@athar/temporal-kit';
import { eligibilityTaskQueue, REVIEW_SEARCH_ATTRIBUTES, WORKFLOWS_PATH } from '@athar/workflows';
import { EligibilityCaseViewController } from './assessments/case-view/case-view.controller';
import { GetEligibilityCaseViewHandler } from './assessments/case-view/case-view.handler';
import { AssessOnSubmissionReactor } from './assessments/assess-on-submission/assess-on-submission.reactor';
import { OverrideEligibilityController } from './assessments/override-eligibility/override-eligibility.controller';
import { OverrideEligibilityHandler } from './assessments/override-eligibility/override-eligibility.handler';
import { EligibilityPolicies, eligibilityPolicyDirFromEnv } from './assessments/policies/eligibility-policies';
import { AssessmentViewProjection } from './assessments/projection/assessment-view.projection';
import { PolicyInForceController } from './assessments/policy-in-force/policy-in-force.controller';
import { GetPolicyInForceHandler } from './assessments/policy-in-force/policy-in-force.handler';
import { WhatIfController } from './assessments/what-if/what-if.controller';
import { WhatIfHandler } from './assessments/what-if/what-if.handler';
import { Beneficiary, BeneficiarySchema } from './beneficiaries/beneficiary.schema';
import { BeneficiaryProjection } from './beneficiaries/beneficiary.projection';
import { CloseVerificationOnDecisionReactor } from './documents/close-on-decision/close-verification-on-decision.reactor';
import { StartExpiryWatchReactor } from './documents/expiry-watch/start-expiry-watch.reactor';
import { RequestVerificationReactor } from './documents/request-verification/request-verification.reactor';
import { VerifyDocumentController } from './documents/verify-document/verify-document.controller';
import { VerifyDocumentHandler } from './documents/verify-document/verify-document.handler';
import { EligibilityReader } from './read/eligibility-reader';
import { createEligibilityActivities } from './reverification/eligibility.activities';
import { EligibilitySchedules } from './reverification/eligibility-schedules';
import { WorkItem, WorkItemSchema } from './work-queue/work-item.schema';
import { ListWorkQueueHandler } from './work-queue/list-work-queue/list-work-queue.handler';
import { WorkQueueController } from './work-queue/work-queue.controller';
import { WorkQueueProjection } from './work-queue/work-queue.projection';

/** The HTTP routes, one controller per use case or resource. */
export const httpControllers = [
  EligibilityCaseViewController,
  VerifyDocumentController,
  OverrideEligibilityController,
  WorkQueueController,
  PolicyInForceController,
  WhatIfController,
];

/** @nestjs/cqrs command handlers: every write endpoint's use case. */
export const commandHandlers = [VerifyDocumentHandler, OverrideEligibilityHandler];

/** @nestjs/cqrs query handlers: every read endpoint's query, answered from a projection, the policy files or EligibilityReader. */
export const queryHandlers = [GetEligibilityCaseViewHandler, ListWorkQueueHandler, GetPolicyInForceHandler, WhatIfHandler];

/** The read ports onto a stream outside the command path (one: EligibilityReader). */
export const readers = [EligibilityReader];

/** What reacts to events by recording a fact or starting a watch. */
export const reactors = [AssessOnSubmissionReactor, RequestVerificationReactor, StartExpiryWatchReactor, CloseVerificationOnDecisionReactor];

/** Read models kept from events. */
export const projections = [AssessmentViewProjection, BeneficiaryProjection, WorkQueueProjection];

/** Services the use cases share: the policy versions in force, the Temporal schedules they ask for. */
export const services = [EligibilityPolicies, EligibilitySchedules];

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
    EnginesModule.forRoot({ context: 'eligibility', consumes: ['intake', 'eligibility', 'committee-review'], ownCaseViewController: true }),
    CqrsModule.forRoot(),
    MongooseModule.forFeature([
      { name: WorkItem.name, schema: WorkItemSchema },
      { name: Beneficiary.name, schema: BeneficiarySchema },
    ]),
    TemporalModule.forRoot({ taskQueue: eligibilityTaskQueue, workflowsPath: WORKFLOWS_PATH, searchAttributes: REVIEW_SEARCH_ATTRIBUTES, activities }),
  ],
  controllers: httpControllers,
  providers: [...commandHandlers, ...queryHandlers, ...readers, ...reactors, ...projections, ...services],
})
export class EligibilityModule {}
