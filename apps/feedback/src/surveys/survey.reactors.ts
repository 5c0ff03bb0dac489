import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { WorkflowNotFoundError } from '@temporalio/client';
import type { Model } from 'mongoose';
import { riyadhMonth, type Metric } from '@athar/domain-feedback';
import { CASE_STAFF_ROLES } from '@athar/identity';
import type { Notifier } from '@athar/notifier';
import { AggregateCommands, EventHandlers, facts } from '@athar/service-kit';
import { startWorkflowOnce, TemporalRuntime } from '@athar/temporal-kit';
import { TenantRegistry, type SurveyDefinition } from '@athar/tenancy';
import { caseSearchAttributes, satisfactionSurveyWorkflowId, surveyAnsweredSignal, type satisfactionSurveyTimeline } from '@athar/workflows';
import { SurveyContacts, surveyRoute } from './survey-contacts';
import { SURVEY_NOTIFIER } from './survey-notifier.token';
import { SurveyAnswerRow, SurveySentRow } from './survey-records.schema';
import { SurveyRemarks } from './survey-remarks';
import { surveySettings } from './survey-settings';
import { surveyAggregate, surveyIdFor, surveyStreamId } from './survey-stream';

/** The survey definition a trigger sends for a service: the first of the policy's surveys that names it (or names no service). */
export function definitionFor(surveys: readonly SurveyDefinition[], trigger: SurveyDefinition['trigger'], serviceId: string): SurveyDefinition | null {
  return surveys.find((s) => s.trigger === trigger && (s.serviceIds.length === 0 || s.serviceIds.includes(serviceId))) ?? null;
}

/** An answer's value per dashboard measure: the survey's first question of each scale (the staff question apart). */
export function metricValues(definition: SurveyDefinition | undefined, scores: Record<string, number>): Partial<Record<Metric, number>> {
  const values: Partial<Record<Metric, number>> = {};
  for (const question of definition?.questions ?? []) {
    const score = scores[question.id];
    if (score === undefined || question.scale === 'free-text') continue;
    const metric: Metric = question.aboutStaff ? 'staffCsat' : question.scale;
    if (values[metric] === undefined) values[metric] = score;
  }
  return values;
}

/**
 * The survey's life around its stream (Tuwaiq 2-2; docs/adr/0041): the applicant's route kept sealed at
 * submission, the survey sent when the programme ends (ServiceDeliveryEnded) and its workflow started,
 * the workflow told when the answer lands, and the dashboards' rows kept.
 */
@Injectable()
export class SurveyReactors implements OnModuleInit {
  private readonly logger = new Logger(SurveyReactors.name);

  constructor(
    private readonly handlers: EventHandlers,
    private readonly commands: AggregateCommands,
    private readonly temporal: TemporalRuntime,
    private readonly tenants: TenantRegistry,
    private readonly contacts: SurveyContacts,
    @Inject(SURVEY_NOTIFIER) private readonly notifier: Notifier,
    @InjectModel(SurveySentRow.name) private readonly sentRows: Model<SurveySentRow>,
    @InjectModel(SurveyAnswerRow.name) private readonly answerRows: Model<SurveyAnswerRow>,
    private readonly remarks: SurveyRemarks,
  ) {}

  onModuleInit(): void {
    const emailDeliverable = (): boolean => this.notifier.supports?.('email') ?? true;
    this.handlers.on('ApplicationSubmitted', async (event) => {
      const policy = this.tenants.find(event.tenantId);
      if (!policy?.satisfaction || event.data.beneficiaryType !== 'direct') return;
      const { caseId, channel, applicant } = event.data;
      // the staff member who recorded the request with the applicant: whom the survey's staff question is about
      const servedBy = (CASE_STAFF_ROLES as readonly string[]).includes(event.actor.role) ? event.actor.id : null;
      await this.contacts.remember(event.tenantId, caseId, channel, surveyRoute(policy, channel, applicant, emailDeliverable()), servedBy);
    });
    this.handlers.on('ApplicationDetailsUpdated', async (event) => {
      const policy = this.tenants.find(event.tenantId);
      const caseChannel = await this.contacts.caseChannel(event.tenantId, event.data.caseId);
      if (!policy?.satisfaction || caseChannel === null) return;
      await this.contacts.remember(event.tenantId, event.data.caseId, caseChannel, surveyRoute(policy, caseChannel, event.data.applicant, emailDeliverable()));
    });

    this.handlers.on('ServiceDeliveryEnded', async (event) => {
      const policy = this.tenants.find(event.tenantId);
      const definition = policy?.satisfaction ? definitionFor(policy.satisfaction.surveys, 'service-delivery-ended', event.data.serviceId) : null;
      if (!policy || !definition) {
        this.logger.log({ caseId: event.data.caseId, serviceId: event.data.serviceId }, 'no satisfaction survey for this service');
        return;
      }
      const { caseId, serviceId } = event.data;
      const surveyId = surveyIdFor(event.tenantId, caseId, definition.id);
      const sentAt = new Date(event.data.endedAt);
      const { dayMs } = surveySettings();
      const remindAt = new Date(sentAt.getTime() + definition.reminderAfterDays * dayMs).toISOString();
      const closesAt = new Date(sentAt.getTime() + definition.closesAfterDays * dayMs).toISOString();
      const channel = (await this.contacts.caseChannel(event.tenantId, caseId)) ?? 'unknown';
      const staffId = await this.contacts.servedBy(event.tenantId, caseId);
      await this.commands.handle(surveyAggregate, {
        streamId: surveyStreamId(event.tenantId, surveyId),
        tenantId: event.tenantId,
        cause: { kind: 'event', event },
        decide: (state) =>
          facts(
            ...(state.sent
              ? []
              : [
                  {
                    type: 'SatisfactionSurveySent' as const,
                    version: 1,
                    data: {
                      surveyId,
                      caseId,
                      definitionId: definition.id,
                      policyVersion: policy.policyVersion,
                      trigger: 'service-delivery-ended' as const,
                      serviceId,
                      department: definition.department,
                      channel,
                      staffId,
                      sentAt: sentAt.toISOString(),
                      remindAt,
                      closesAt,
                    },
                  },
                ]),
          ),
      });
    });

    this.handlers.on('SatisfactionSurveySent', async (event) => {
      const { surveyId, caseId, remindAt, closesAt } = event.data;
      await startWorkflowOnce<typeof satisfactionSurveyTimeline>(this.temporal, 'satisfactionSurveyTimeline', {
        workflowId: satisfactionSurveyWorkflowId(event.tenantId, surveyId),
        args: [{ tenantId: event.tenantId, surveyId, caseId, remindAt, closesAt }],
        searchAttributes: caseSearchAttributes(event.tenantId, caseId, 'survey-sent', closesAt),
      });
      const { serviceId, department, channel, staffId, sentAt } = event.data;
      await this.sentRows
        .updateOne(
          { _id: `${event.tenantId}:${surveyId}` },
          { $set: { tenantId: event.tenantId, serviceId, department, channel, staffId, month: riyadhMonth(sentAt) } },
          { upsert: true },
        )
        .exec();
    });

    this.handlers.on('SatisfactionSurveyAnswered', async (event) => {
      const a = event.data;
      const definition = this.tenants.find(event.tenantId)?.satisfaction?.surveys.find((s) => s.id === a.definitionId);
      // The remarks stay sealed with the case's key here too: erasing the case makes them "[erased]" in the dashboards.
      const sealedRemarks = await this.remarks.seal(event.tenantId, a.caseId, a.remarks);
      await this.answerRows
        .updateOne(
          { _id: `${event.tenantId}:${a.surveyId}` },
          {
            $set: {
              tenantId: event.tenantId,
              surveyId: a.surveyId,
              serviceId: a.serviceId,
              department: a.department,
              channel: a.channel,
              staffId: a.staffId,
              month: riyadhMonth(a.answeredAt),
              answeredAt: a.answeredAt,
              values: metricValues(definition, a.scores),
              remarkIds: a.remarkIds,
              sealedRemarks,
            },
          },
          { upsert: true },
        )
        .exec();
      try {
        await this.temporal.client.workflow.getHandle(satisfactionSurveyWorkflowId(event.tenantId, a.surveyId)).signal(surveyAnsweredSignal);
      } catch (error) {
        if (!(error instanceof WorkflowNotFoundError)) throw error; // already closed
      }
    });
  }
}
