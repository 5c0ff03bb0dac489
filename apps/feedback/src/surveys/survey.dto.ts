import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsObject, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

/** Arabic and English of a survey's text (named apart from complaints' `BilingualDto`: one OpenAPI document, one schema per name). */
export class BilingualTextDto {
  @ApiProperty() ar!: string;
  @ApiProperty() en!: string;
}

export class SurveyQuestionDto {
  @ApiProperty() id!: string;
  @ApiProperty({ type: BilingualTextDto }) text!: BilingualTextDto;
  @ApiProperty({ enum: ['csat', 'nps', 'effort', 'free-text'] }) scale!: string;
  @ApiPropertyOptional({ description: 'Lowest score (scale questions)' }) min?: number;
  @ApiPropertyOptional({ description: 'Highest score (scale questions)' }) max?: number;
  @ApiProperty() optional!: boolean;
}

/** What the public survey page shows: no case, no name, no tenant data beyond the survey's title. */
export class PublicSurveyDto {
  @ApiProperty({ type: BilingualTextDto }) title!: BilingualTextDto;
  @ApiProperty({ type: [SurveyQuestionDto] }) questions!: SurveyQuestionDto[];
  @ApiProperty({ description: 'ISO instant the link closes' }) closesAt!: string;
}

export class SurveyAnswerDto {
  @ApiProperty({
    description: 'Scores by question id (CSAT 1–5, NPS 0–10, effort 1–7)',
    type: 'object',
    additionalProperties: { type: 'integer' },
    example: { overall: 5, recommend: 9, effort: 2 },
  })
  @IsObject()
  scores!: Record<string, unknown>;

  @ApiPropertyOptional({
    description: 'Free-text answers by question id (at most 2000 characters; markup removed)',
    type: 'object',
    additionalProperties: { type: 'string', maxLength: 2000 },
    example: { comment: 'خدمة ممتازة' },
  })
  @IsOptional()
  @IsObject()
  texts?: Record<string, unknown>;
}

export class SurveyAnsweredDto {
  @ApiProperty() answeredAt!: string;
}

export class ContentRatingDto {
  @ApiProperty({ example: 'job-readiness-guide' })
  @IsString()
  @Matches(/^[a-z][a-z0-9-]{1,62}$/)
  contentItemId!: string;

  @ApiProperty({ example: 'website' })
  @IsString()
  @MaxLength(63)
  @Matches(/^[a-z][a-z0-9-]{1,62}$/)
  channel!: string;

  @ApiProperty({ minimum: 1, maximum: 5, example: 4 })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(5)
  rating!: number;
}

export class ContentRatedDto {
  @ApiProperty() ratingId!: string;
}

export const SCALE_LIMITS = { csat: [1, 5], nps: [0, 10], effort: [1, 7] } as const;
export const isScale = (scale: string): scale is keyof typeof SCALE_LIMITS => scale in SCALE_LIMITS;
