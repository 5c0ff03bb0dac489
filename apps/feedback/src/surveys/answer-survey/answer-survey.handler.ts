import { CommandHandler, QueryHandler, type ICommandHandler, type IQueryHandler } from '@nestjs/cqrs';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { answerSurvey, linkRefusal, SCALE_RANGE, type SurveyState } from '@athar/domain-feedback';
import { AggregateCommands, EventWriter } from '@athar/service-kit';
import { TenantRegistry, type SurveyDefinition } from '@athar/tenancy';
import { SurveyLink } from '../survey-records.schema';
import { linkNotFound, surveyAggregate, surveyStreamId } from '../survey-stream';
import { hashSurveyToken, SURVEY_TOKEN_PATTERN } from '../survey-token';
import type { PublicSurveyDto, SurveyAnsweredDto } from '../survey.dto';
import { AnswerSurveyCommand, GetPublicSurveyQuery } from './answer-survey.command';

/** The link's survey: a malformed, unknown or forged token is 404 with nothing more (no tenant, no survey). */
async function surveyOfToken(links: Model<SurveyLink>, token: string): Promise<{ tenantId: string; surveyId: string }> {
  if (!SURVEY_TOKEN_PATTERN.test(token)) throw linkNotFound();
  const link = await links.findById(hashSurveyToken(token)).lean().exec();
  if (!link) throw linkNotFound();
  return { tenantId: link.tenantId, surveyId: link.surveyId };
}

function definitionOf(tenants: TenantRegistry, tenantId: string, state: SurveyState): SurveyDefinition {
  const definition = tenants.find(tenantId)?.satisfaction?.surveys.find((s) => s.id === state.sent?.definitionId);
  if (!definition) throw linkNotFound();
  return definition;
}

/** One answer per survey, through the one command path: replayed 409, closed 410, wrong fields 422 (docs/adr/0041). */
@CommandHandler(AnswerSurveyCommand)
export class AnswerSurveyHandler implements ICommandHandler<AnswerSurveyCommand> {
  constructor(
    private readonly commands: AggregateCommands,
    private readonly tenants: TenantRegistry,
    @InjectModel(SurveyLink.name) private readonly links: Model<SurveyLink>,
  ) {}

  async execute(command: AnswerSurveyCommand): Promise<SurveyAnsweredDto> {
    const { tenantId, surveyId } = await surveyOfToken(this.links, command.token);
    try {
      return await this.answer(command, tenantId, surveyId, false);
    } catch (error) {
      // The case or inquiry was erased after the link left: its key is destroyed, so no remark can be kept under it.
      // The scores are recorded; the remark's question reads "[erased]" like any erased remark.
      if ((error as Error).name !== 'PersonalDataErasedError') throw error;
      return this.answer(command, tenantId, surveyId, true);
    }
  }

  private async answer(command: AnswerSurveyCommand, tenantId: string, surveyId: string, withoutRemarks: boolean): Promise<SurveyAnsweredDto> {
    const outcome = await this.commands.handle(surveyAggregate, {
      streamId: surveyStreamId(tenantId, surveyId),
      tenantId,
      cause: { kind: 'request', principal: { userId: 'public-survey-link', tenantId, roles: ['applicant'] }, channel: 'system' },
      whenMissing: linkNotFound,
      decide: (state) => {
        const answered = answerSurvey(
          state,
          definitionOf(this.tenants, tenantId, state).questions,
          { scores: command.scores, texts: command.texts },
          new Date(),
        );
        const { remarks, ...kept } = answered;
        const data = withoutRemarks || !remarks ? kept : { ...kept, remarks };
        return { events: [{ type: 'SatisfactionSurveyAnswered' as const, version: 3, data }], result: answered.answeredAt };
      },
    });
    return { answeredAt: outcome.result };
  }
}

/** The survey's questions for the public page; an answered link 409, a closed one 410. */
@QueryHandler(GetPublicSurveyQuery)
export class GetPublicSurveyHandler implements IQueryHandler<GetPublicSurveyQuery> {
  constructor(
    private readonly writer: EventWriter,
    private readonly tenants: TenantRegistry,
    @InjectModel(SurveyLink.name) private readonly links: Model<SurveyLink>,
  ) {}

  async execute(query: GetPublicSurveyQuery): Promise<PublicSurveyDto> {
    const { tenantId, surveyId } = await surveyOfToken(this.links, query.token);
    const { history } = await this.writer.load(surveyStreamId(tenantId, surveyId));
    const state = history.reduce((s, e) => surveyAggregate.evolve(s, e as never), surveyAggregate.initialState);
    if (!state.sent) throw linkNotFound();
    const refusal = linkRefusal(state, new Date());
    if (refusal) throw refusal;
    const definition = definitionOf(this.tenants, tenantId, state);
    return {
      title: definition.title,
      closesAt: state.sent.closesAt,
      questions: definition.questions.map((q) => ({
        id: q.id,
        text: q.text,
        scale: q.scale,
        optional: q.optional,
        ...(q.scale === 'free-text' ? {} : { min: SCALE_RANGE[q.scale][0], max: SCALE_RANGE[q.scale][1] }),
      })),
    };
  }
}
