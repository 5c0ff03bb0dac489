import { Command, Query } from '@nestjs/cqrs';
import type { PublicSurveyDto, SurveyAnsweredDto } from '../survey.dto';

export class AnswerSurveyCommand extends Command<SurveyAnsweredDto> {
  constructor(
    readonly token: string,
    readonly scores: Record<string, unknown>,
    readonly texts: Record<string, unknown>,
  ) {
    super();
  }
}

export class GetPublicSurveyQuery extends Query<PublicSurveyDto> {
  constructor(readonly token: string) {
    super();
  }
}
