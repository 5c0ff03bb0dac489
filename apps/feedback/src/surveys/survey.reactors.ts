import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { WorkflowNotFoundError } from '@temporalio/client';
import type { Model } from 'mongoose';
import { surveySubjectKeyId, type RecordedEvent, type SurveySubject } from '@athar/contracts';
import { INQUIRY_SERVICE_ID, inquirySurveyCell, riyadhMonth, type Metric, type SurveyCell } from '@athar/domain-feedback';
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

const caseSubject = (id: string): SurveySubject => ({ kind: 'case', id });
const inquirySubject = (id: string): SurveySubject => ({ kind: 'inquiry', id });

/**
 * The survey's life around its stream (Tuwaiq 2-2; docs/adr/0041): the person's route kept sealed at
 * submission (or when an inquiry is opened), the survey sent when the programme ends
 * (ServiceDeliveryEnded) or an inquiry is answered (InquiryAnswered) and its workflow started,
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
      await this.contacts.remember(event.tenantId, caseSubject(caseId), channel, surveyRoute(policy, channel, applicant, emailDeliverable()), servedBy);
    });
    this.handlers.on('ApplicationDetailsUpdated', async (event) => {
      const policy = this.tenants.find(event.tenantId);
      const subject = caseSubject(event.data.caseId);
      const caseChannel = await this.contacts.channelOf(event.tenantId, subject);
      if (!policy?.satisfaction || caseChannel === null) return;
      await this.contacts.remember(event.tenantId, subject, caseChannel, surveyRoute(policy, caseChannel, event.data.applicant, emailDeliverable()));
    });
    // An inquiry's reply route and channel, kept sealed with the inquiry's key (intake erases `inquiry:<id>`).
    // An anonymous inquirer (no contact) or one who left no mobile or email has no route: no survey reaches them.
    this.handlers.on('InquiryOpened', async (event) => {
      const policy = this.tenants.find(event.tenantId);
      if (!policy?.satisfaction?.surveys.some((s) => s.trigger === 'inquiry-answered')) return;
      const { inquiryId, channel, contact } = event.data;
      const route = surveyRoute(policy, channel, { mobile: contact.mobile, email: contact.email }, emailDeliverable());
      await this.contacts.remember(event.tenantId, inquirySubject(inquiryId), channel, route, null);
    });

    this.handlers.on('ServiceDeliveryEnded', async (event) => {
      const { caseId, serviceId, endedAt } = event.data;
      const subject = caseSubject(caseId);
      await this.sendSurvey(event, 'service-delivery-ended', subject, serviceId, endedAt, async (definition) => ({
        cell: { serviceId, department: definition.department, channel: (await this.contacts.channelOf(event.tenantId, subject)) ?? 'unknown' },
        staffId: await this.contacts.servedBy(event.tenantId, subject),
      }));
    });
    this.handlers.on('InquiryAnswered', async (event) => {
      const subject = inquirySubject(event.data.inquiryId);
      // No route kept (anonymous, no mobile or email, erased, or opened before surveys were defined): no survey.
      if (!(await this.contacts.routeOf(event.tenantId, subject))) {
        this.logger.log({ inquiryId: event.data.inquiryId }, 'no survey after the answer: no way to reach the inquirer');
        return;
      }
      await this.sendSurvey(event, 'inquiry-answered', subject, INQUIRY_SERVICE_ID, event.data.answeredAt, async (definition) => ({
        cell: inquirySurveyCell(definition, await this.contacts.channelOf(event.tenantId, subject)),
        staffId: null,
      }));
    });

    this.handlers.on('SatisfactionSurveySent', async (event) => {
      const { surveyId, subject, remindAt, closesAt } = event.data;
      await startWorkflowOnce<typeof satisfactionSurveyTimeline>(this.temporal, 'satisfactionSurveyTimeline', {
        workflowId: satisfactionSurveyWorkflowId(event.tenantId, surveyId),
        args: [{ tenantId: event.tenantId, surveyId, subject, remindAt, closesAt }],
        searchAttributes: caseSearchAttributes(event.tenantId, subject.kind === 'case' ? subject.id : surveySubjectKeyId(subject), 'survey-sent', closesAt),
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
      // The remarks stay sealed with the subject's key here too: erasing the case or inquiry makes them "[erased]" in the dashboards.
      const sealedRemarks = await this.remarks.seal(event.tenantId, a.subject, a.remarks);
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

  /**
   * The one way a survey is sent, whatever its trigger (docs/adr/0041): the policy's definition for the
   * trigger and service, SatisfactionSurveySent once per subject and definition (a redelivery meets the
   * first stream), its reminder and closing instants from the trigger's instant.
   */
  private async sendSurvey(
    event: RecordedEvent,
    trigger: SurveyDefinition['trigger'],
    subject: SurveySubject,
    serviceId: string,
    triggeredAt: string,
    describe: (definition: SurveyDefinition) => Promise<{ cell: SurveyCell; staffId: string | null }>,
  ): Promise<void> {
    const policy = this.tenants.find(event.tenantId);
    const definition = policy?.satisfaction ? definitionFor(policy.satisfaction.surveys, trigger, serviceId) : null;
    if (!policy || !definition) {
      this.logger.log({ trigger, subject: subject.kind, id: subject.id, serviceId }, 'no satisfaction survey for this service');
      return;
    }
    const surveyId = surveyIdFor(event.tenantId, subject, definition.id);
    const sentAt = new Date(triggeredAt);
    const { dayMs } = surveySettings();
    const remindAt = new Date(sentAt.getTime() + definition.reminderAfterDays * dayMs).toISOString();
    const closesAt = new Date(sentAt.getTime() + definition.closesAfterDays * dayMs).toISOString();
    const { cell, staffId } = await describe(definition);
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
                  version: 2,
                  data: {
                    surveyId,
                    subject,
                    definitionId: definition.id,
                    policyVersion: policy.policyVersion,
                    trigger,
                    ...cell,
                    staffId,
                    sentAt: sentAt.toISOString(),
                    remindAt,
                    closesAt,
                  },
                },
              ]),
        ),
    });
  }
}
