import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { MongooseModule } from '@nestjs/mongoose';
import type { Pool } from 'pg';
import type { SchemaOwner } from '@athar/event-store';
import { ChannelNotifier, PostgresOutbox } from '@athar/notifier';
import { outboxSealer, PersonalDataProtector } from '@athar/personal-data';
import { AggregateCommands, atharConfig, EventWriter, atharInstance, EnginesModule, PG_POOL, PG_SCHEMA_OWNER, ServiceKitModule } from '@athar/service-kit';
import { TemporalModule } from '@athar/temporal-kit';
import { partnerAllocationTaskQueue, REVIEW_SEARCH_ATTRIBUTES, WORKFLOWS_PATH } from '@athar/workflows';
import { agreementControllers, agreementFeatures, agreementProviders, createAgreementTimelineActivities } from './agreements/agreements.registration';
import { allocationRounds } from './allocation-rounds/allocation-rounds';
import { createImpactReportTimelineActivities, impactReports } from './impact-reports/impact-reports.registration';
import { createAllocationRoundActivities } from './allocation-rounds/round-timeline/round-timeline.activities';
import { AllocationRoundRows } from './allocation-rounds/projection/allocation-round-rows';
import { RoundCandidates } from './allocation-rounds/round-candidates';
import { createNeedsStudyTimelineActivities } from './needs-studies/needs-study-timeline/needs-study-timeline.activities';
import { NeedsStudyTimelineReactors } from './needs-studies/needs-study-timeline/needs-study-timeline.reactors';
import { ScoreNeedsStudyController } from './needs-studies/score-needs-study/score-needs-study.controller';
import { ScoreNeedsStudyHandler } from './needs-studies/score-needs-study/score-needs-study.handler';
import { StudiesDueController } from './needs-studies/studies-due/studies-due.controller';
import { ListStudiesDueHandler } from './needs-studies/studies-due/studies-due.handler';
import { StudyFactorsController } from './needs-studies/study-factors/study-factors.controller';
import { PARTNER_NOTIFIER, TellPartnerReactor } from './notifications/tell-partner.reactor';
import { GetPartnerRequestController } from './partner-requests/get-partner-request/get-partner-request.controller';
import { GetPartnerRequestHandler } from './partner-requests/get-partner-request/get-partner-request.handler';
import { ListMyPartnerRequestsHandler, ListPartnerRequestsHandler } from './partner-requests/list-partner-requests/list-partner-requests.handler';
import { PartnerRequestsController } from './partner-requests/list-partner-requests/partner-requests.controller';
import { PartnerRequestRow, PartnerRequestRowSchema } from './partner-requests/projection/partner-request-row.schema';
import { PartnerRequestsProjection } from './partner-requests/projection/partner-requests.projection';
import { PartnerRequestReader } from './partner-requests/read/partner-request-reader';
import { SubmitPartnerRequestController } from './partner-requests/submit-partner-request/submit-partner-request.controller';
import { SubmitPartnerRequestHandler } from './partner-requests/submit-partner-request/submit-partner-request.handler';
import { PartnerAllocationPolicies } from './policies/partner-allocation-policies';
import { RecordDemandOnSubmissionReactor } from './record-demand-on-submission/record-demand-on-submission.reactor';

/** The HTTP routes; the lists (with the literal `/partner-requests/mine`) before the `{id}` route. */
export const httpControllers = [
  PartnerRequestsController,
  SubmitPartnerRequestController,
  GetPartnerRequestController,
  ScoreNeedsStudyController,
  StudiesDueController,
  StudyFactorsController,
  ...agreementControllers,
  ...allocationRounds.controllers,
  ...impactReports.controllers,
];

/** @nestjs/cqrs command handlers: every write endpoint's command. */
export const commandHandlers = [SubmitPartnerRequestHandler, ScoreNeedsStudyHandler, ...allocationRounds.commandHandlers];

/** @nestjs/cqrs query handlers: every read endpoint's query, answered from the projection or PartnerRequestReader. */
export const queryHandlers = [
  ListPartnerRequestsHandler,
  ListMyPartnerRequestsHandler,
  GetPartnerRequestHandler,
  ListStudiesDueHandler,
  ...allocationRounds.queryHandlers,
];

/** The read port onto a partner request's stream. */
export const readers = [PartnerRequestReader];

/** What reacts to events: demand per service, the study's timeline, telling the partner. */
export const reactors = [RecordDemandOnSubmissionReactor, NeedsStudyTimelineReactors, TellPartnerReactor];

/** Read models kept from events. */
export const projections = [PartnerRequestsProjection];

@Module({
  imports: [
    ServiceKitModule.forRoot({ serviceName: 'partner-allocation' }),
    EnginesModule.forRoot({ context: 'partner-allocation', consumes: ['intake', 'partner-allocation'] }),
    CqrsModule.forRoot(),
    MongooseModule.forFeature([
      { name: PartnerRequestRow.name, schema: PartnerRequestRowSchema },
      ...agreementFeatures,
      ...allocationRounds.models,
      ...impactReports.models,
    ]),
    TemporalModule.forRoot({
      taskQueue: partnerAllocationTaskQueue,
      workflowsPath: WORKFLOWS_PATH,
      searchAttributes: REVIEW_SEARCH_ATTRIBUTES,
      activities: {
        // Temporal activities that record facts go through the one command path too.
        useFactory: (
          commands: AggregateCommands,
          writer: EventWriter,
          candidates: RoundCandidates,
          rows: AllocationRoundRows,
          policies: PartnerAllocationPolicies,
        ) => ({
          ...createNeedsStudyTimelineActivities(commands),
          ...createAgreementTimelineActivities(commands),
          ...createAllocationRoundActivities(commands, writer, candidates, rows),
          ...createImpactReportTimelineActivities(commands, writer, (tenantId) => policies.impactReportPolicy(tenantId)),
        }),
        inject: [AggregateCommands, EventWriter, RoundCandidates, AllocationRoundRows, PartnerAllocationPolicies],
      },
    }),
  ],
  controllers: httpControllers,
  providers: [
    PartnerAllocationPolicies,
    ...commandHandlers,
    ...queryHandlers,
    ...readers,
    ...reactors,
    ...projections,
    ...agreementProviders,
    ...allocationRounds.providers,
    ...impactReports.providers,
    {
      // The platform's one outbox (the schema intake reads the outbox from), sealed per request (docs/adr/0038).
      provide: PARTNER_NOTIFIER,
      inject: [PG_POOL, PG_SCHEMA_OWNER, PersonalDataProtector],
      useFactory: async (pool: Pool, owner: SchemaOwner, personalData: PersonalDataProtector) => {
        const outbox = new PostgresOutbox(pool, `${atharInstance()}_notifications`, outboxSealer(personalData));
        await outbox.ensureSchema(owner);
        const config = atharConfig();
        return new ChannelNotifier(outbox, config.ATHAR_SMTP_URL ? { url: config.ATHAR_SMTP_URL, from: config.ATHAR_MAIL_FROM } : null);
      },
    },
  ],
})
export class PartnerAllocationModule {}
