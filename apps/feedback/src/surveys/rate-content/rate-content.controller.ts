import { Body, Controller, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiNotFoundResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { Public } from '@athar/service-kit';
import { ContentRatedDto, ContentRatingDto } from '../survey.dto';
import { RateContentCommand } from './rate-content.handler';

@ApiTags('public')
@Public()
@Controller('public/:tenantId/content-ratings')
export class RateContentController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(HttpStatus.CREATED)
  @ApiOperation({ summary: 'An anonymous rating (1–5) of a published content item, by channel (Tuwaiq 2-2, indirect beneficiaries). No personal data.' })
  @ApiCreatedResponse({ type: ContentRatedDto })
  @ApiNotFoundResponse({ description: 'No such association, or it offers no content rating' })
  @ApiUnprocessableEntityResponse({ description: 'Field-level reasons: unknown content item or channel, rating outside 1–5' })
  @ApiTooManyRequestsResponse({ description: 'Over the per-address limit; Retry-After says when to try again' })
  rate(@Param('tenantId') tenantId: string, @Body() body: ContentRatingDto): Promise<ContentRatedDto> {
    return this.commands.execute(new RateContentCommand(tenantId, body.contentItemId, body.channel, body.rating));
  }
}
