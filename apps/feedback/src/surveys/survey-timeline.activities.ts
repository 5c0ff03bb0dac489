import { DomainError, surveySubjectKeyId } from '@athar/contracts';
import { expireSurvey, remindSurvey, standingOf, type SurveyState } from '@athar/domain-feedback';
import type { Notifier } from '@athar/notifier';
import { facts, type AggregateCommands, type EventWriter } from '@athar/service-kit';
import type { TenantRegistry } from '@athar/tenancy';
import type { SatisfactionSurveyActivities, SurveyStanding } from '@athar/workflows';
import type { Model } from 'mongoose';
import type { SurveyContacts } from './survey-contacts';
import { surveyInvitation, surveyLinkUrl, surveyReminder } from './survey-messages';
import type { SurveyLink } from './survey-records.schema';
import { surveySettings } from './survey-settings';
import { surveyAggregate, surveyStreamId } from './survey-stream';
import { newSurveyToken } from './survey-token';

const missing = (surveyId: string) => () => new DomainError('survey-not-found', 'not-found', { ar: 'لا يوجد استبيان', en: `No survey ${surveyId}` });

export interface SurveyTimelineDeps {
  commands: AggregateCommands;
  writer: EventWriter;
  contacts: SurveyContacts;
  links: Model<SurveyLink>;
  notifier: Notifier;
  tenants: TenantRegistry;
}

/**
 * The survey workflow's activities, through the one command path. A link is a fresh random token each
 * time (invitation, reminder): the hash is recorded (event and link row) BEFORE the message goes, so a
 * delivered link always answers; the outbox's idempotency key sends one message per purpose.
 */
export function createSurveyTimelineActivities(deps: SurveyTimelineDeps): SatisfactionSurveyActivities {
  const { commands, writer, contacts, links, notifier, tenants } = deps;

  async function load(tenantId: string, surveyId: string): Promise<SurveyState> {
    const { history } = await writer.load(surveyStreamId(tenantId, surveyId));
    return history.reduce((s, e) => surveyAggregate.evolve(s, e as never), surveyAggregate.initialState);
  }

  async function deliver(tenantId: string, surveyId: string, purpose: 'invitation' | 'reminder'): Promise<SurveyStanding> {
    const state = await load(tenantId, surveyId);
    const sent = state.sent;
    if (!sent) throw missing(surveyId)();
    if (standingOf(state) !== 'open') return standingOf(state);
    const route = await contacts.routeOf(tenantId, sent.subject);
    if (!route) return 'open'; // erased or never known: nobody to tell; the survey closes at its time
    const { token, hash } = newSurveyToken();
    const issuedAt = new Date();
    await commands.handle(surveyAggregate, {
      streamId: surveyStreamId(tenantId, surveyId),
      tenantId,
      cause: (latest) => ({ kind: 'event', event: latest! }),
      whenMissing: missing(surveyId),
      decide: (current) =>
        facts(
          ...(standingOf(current) === 'open'
            ? [
                {
                  type: 'SatisfactionSurveyLinkIssued' as const,
                  version: 2,
                  data: { surveyId, subject: sent.subject, tokenHash: hash, purpose, channel: route.channel, issuedAt: issuedAt.toISOString() },
                },
              ]
            : []),
        ),
      now: issuedAt,
    });
    await links.updateOne({ _id: hash }, { $set: { tenantId, surveyId, issuedAt } }, { upsert: true }).exec();
    const definition = tenants.get(tenantId).satisfaction?.surveys.find((s) => s.id === sent.definitionId);
    const title = definition?.title ?? { ar: 'استبيان رضا المستفيد', en: 'Beneficiary satisfaction survey' };
    const closesOn = sent.closesAt.slice(0, 10);
    const link = surveyLinkUrl(surveySettings().linkBase, token);
    const message = purpose === 'invitation' ? surveyInvitation(title, link, closesOn) : surveyReminder(title, link, closesOn);
    await notifier.send({
      tenantId,
      // sealed in the outbox with the subject's key: erasing the case or inquiry erases the message too
      ...(sent.subject.kind === 'case' ? { caseId: sent.subject.id } : { dataKeyId: surveySubjectKeyId(sent.subject) }),
      channel: route.channel,
      to: route.to,
      subject: message.subject,
      body: message.body,
      correlationId: surveyId,
      idempotencyKey: `satisfaction-survey-${purpose}:${surveyId}`,
    });
    return 'open';
  }

  return {
    sendSurveyInvitation: ({ tenantId, surveyId }) => deliver(tenantId, surveyId, 'invitation'),
    async remindSurvey({ tenantId, surveyId, firedAt }) {
      const outcome = await commands.handle(surveyAggregate, {
        streamId: surveyStreamId(tenantId, surveyId),
        tenantId,
        cause: (latest) => ({ kind: 'event', event: latest! }),
        whenMissing: missing(surveyId),
        decide: (state) => {
          const reminded = remindSurvey(state, new Date(firedAt));
          return facts(...(reminded ? [{ type: 'SatisfactionSurveyReminded' as const, version: 2, data: reminded }] : []));
        },
      });
      // A retried activity finds the reminder recorded: it sends again, and the outbox's key delivers once.
      if (!outcome.state.reminded || standingOf(outcome.state) !== 'open') return standingOf(outcome.state);
      return deliver(tenantId, surveyId, 'reminder');
    },
    async closeSurvey({ tenantId, surveyId, firedAt }) {
      const outcome = await commands.handle(surveyAggregate, {
        streamId: surveyStreamId(tenantId, surveyId),
        tenantId,
        cause: (latest) => ({ kind: 'event', event: latest! }),
        whenMissing: missing(surveyId),
        decide: (state) => {
          const expired = expireSurvey(state, new Date(firedAt));
          return facts(...(expired ? [{ type: 'SatisfactionSurveyExpired' as const, version: 2, data: expired }] : []));
        },
      });
      return standingOf(outcome.state);
    },
  };
}
