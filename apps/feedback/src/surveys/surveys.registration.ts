import type { Pool } from 'pg';
import { getModelToken } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import type { SchemaOwner } from '@athar/event-store';
import { ChannelNotifier, PostgresOutbox, type Notifier } from '@athar/notifier';
import { outboxSealer, PersonalDataProtector } from '@athar/personal-data';
import { AggregateCommands, atharConfig, atharInstance, EventWriter, PG_POOL, PG_SCHEMA_OWNER } from '@athar/service-kit';
import { TenantRegistry } from '@athar/tenancy';
import { DashboardsController } from '../dashboards/dashboards.controller';
import { ContentRatingsHandler, SatisfactionDashboardHandler, StaffDashboardHandler } from '../dashboards/dashboards.handler';
import { AnswerSurveyController } from './answer-survey/answer-survey.controller';
import { AnswerSurveyHandler, GetPublicSurveyHandler } from './answer-survey/answer-survey.handler';
import { ContentRatingsProjection } from './rate-content/content-ratings.projection';
import { RateContentController } from './rate-content/rate-content.controller';
import { RateContentHandler } from './rate-content/rate-content.handler';
import { SurveyContacts } from './survey-contacts';
import { SurveyRemarks } from './survey-remarks';
import { SURVEY_NOTIFIER } from './survey-notifier.token';
import { SurveyLink, surveyModels } from './survey-records.schema';
import { createSurveyTimelineActivities } from './survey-timeline.activities';
import { SurveyReactors } from './survey.reactors';

// Satisfaction surveys, content ratings and their dashboards (docs/adr/0041), registered in the feedback
// module as one group so the module's own lists stay short (the complaints slice registers its own).

export const surveyControllers = [AnswerSurveyController, RateContentController, DashboardsController];

export const surveyProviders = [
  AnswerSurveyHandler,
  GetPublicSurveyHandler,
  RateContentHandler,
  SatisfactionDashboardHandler,
  StaffDashboardHandler,
  ContentRatingsHandler,
  SurveyContacts,
  SurveyRemarks,
  SurveyReactors,
  ContentRatingsProjection,
  {
    // The platform's one outbox (the schema intake reads the outbox from), sealed per case (docs/adr/0013).
    provide: SURVEY_NOTIFIER,
    inject: [PG_POOL, PG_SCHEMA_OWNER, PersonalDataProtector],
    useFactory: async (pool: Pool, owner: SchemaOwner, personalData: PersonalDataProtector): Promise<Notifier> => {
      const outbox = new PostgresOutbox(pool, `${atharInstance()}_notifications`, outboxSealer(personalData));
      await outbox.ensureSchema(owner);
      const config = atharConfig();
      return new ChannelNotifier(outbox, config.ATHAR_SMTP_URL ? { url: config.ATHAR_SMTP_URL, from: config.ATHAR_MAIL_FROM } : null);
    },
  },
];

export const surveyFeatures = surveyModels;

/** The survey workflow's activities, for the feedback worker. */
export const surveyActivities = {
  useFactory: (
    commands: AggregateCommands,
    writer: EventWriter,
    contacts: SurveyContacts,
    links: Model<SurveyLink>,
    notifier: Notifier,
    tenants: TenantRegistry,
  ) => createSurveyTimelineActivities({ commands, writer, contacts, links, notifier, tenants }),
  inject: [AggregateCommands, EventWriter, SurveyContacts, getModelToken(SurveyLink.name), SURVEY_NOTIFIER, TenantRegistry],
};
