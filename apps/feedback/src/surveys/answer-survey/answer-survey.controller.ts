import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiGoneResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Public } from '@athar/service-kit';
import { PublicSurveyDto, SurveyAnswerDto, SurveyAnsweredDto } from '../survey.dto';
import { AnswerSurveyCommand, GetPublicSurveyQuery } from './answer-survey.command';

/**
 * The survey link the applicant received by SMS or email (Tuwaiq 2-2; docs/adr/0041): no login, the
 * token alone (random, single-use, expiring; only its hash is kept). Limited per address like every
 * public endpoint (docs/adr/0030).
 */
@ApiTags('public')
@Public()
@Controller('public/surveys')
export class AnswerSurveyController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get(':token')
  @ApiOperation({ summary: "The survey's title and questions (Arabic and English) behind a link; nothing about the case or the person." })
  @ApiOkResponse({ type: PublicSurveyDto })
  @ApiNotFoundResponse({ description: 'Unknown, forged or malformed link (nothing more is said)' })
  @ApiConflictResponse({ description: 'survey-already-answered: the survey took its one answer' })
  @ApiGoneResponse({ description: 'survey-closed: the link expired' })
  @ApiTooManyRequestsResponse({ description: 'Over the per-address limit; Retry-After says when to try again' })
  get(@Param('token') token: string): Promise<PublicSurveyDto> {
    return this.queries.execute(new GetPublicSurveyQuery(token));
  }

  @Post(':token/answer')
  @HttpCode(HttpStatus.CREATED)
  @ApiOperation({ summary: 'The one answer a survey takes. It names no person and stays when the case’s personal data is erased.' })
  @ApiCreatedResponse({ type: SurveyAnsweredDto })
  @ApiNotFoundResponse({ description: 'Unknown, forged or malformed link (nothing more is said)' })
  @ApiConflictResponse({ description: 'survey-already-answered: a replayed link' })
  @ApiGoneResponse({ description: 'survey-closed: the link expired' })
  @ApiUnprocessableEntityResponse({
    description: 'Field-level reasons: a score out of its scale, an unknown question, a required answer missing, text over 2000 characters',
  })
  @ApiTooManyRequestsResponse({ description: 'Over the per-address limit; Retry-After says when to try again' })
  answer(@Param('token') token: string, @Body() body: SurveyAnswerDto): Promise<SurveyAnsweredDto> {
    return this.commands.execute(new AnswerSurveyCommand(token, body.scores, body.texts ?? {}));
  }
}
