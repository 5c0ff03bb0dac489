import { Body, Controller, Headers, HttpCode, HttpStatus, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiHeader, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Principal } from '@athar/identity';
import { CurrentPrincipal, ParseIdPipe, revisionFromIfMatch, Roles } from '@athar/service-kit';
import { FactorScoreViewDto } from '../../partner-requests/partner-request.dto';
import { ScoreNeedsStudyCommand } from './score-needs-study.command';
import { ScoreNeedsStudyDto } from './score-needs-study.dto';

/** The study as recorded. */
export class NeedsStudyReceiptDto {
  @ApiProperty({ format: 'uuid' }) partnerRequestId!: string;
  @ApiProperty({ type: [FactorScoreViewDto] }) factors!: FactorScoreViewDto[];
  @ApiProperty({ type: 'integer', minimum: 0 }) total!: number;
  @ApiProperty({ type: 'integer', minimum: 1 }) maxTotal!: number;
  @ApiProperty({ description: "The assessor's user id (from the token)" }) assessedBy!: string;
  @ApiProperty({ format: 'date-time' }) completedAt!: string;
  @ApiProperty({ description: 'Completed after its deadline' }) late!: boolean;
  @ApiProperty({ type: 'integer', minimum: 0, description: "The request's revision after the study (also the ETag)" }) revision!: number;
}

@ApiTags('needs-studies')
@Controller('partner-requests')
export class ScoreNeedsStudyController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':partnerRequestId/needs-study')
  @HttpCode(HttpStatus.CREATED)
  @Roles('empowerment-team')
  @ApiHeader({ name: 'If-Match', required: false, description: 'The request revision you saw (GET /partner-requests/{id} ETag); 409 if it changed' })
  @ApiOperation({
    summary: "Record the needs study: every factor of the association's policy scored once on its scale, with evidence documents; 409 once done.",
  })
  @ApiCreatedResponse({ type: NeedsStudyReceiptDto })
  async score(
    @CurrentPrincipal() principal: Principal,
    @Param('partnerRequestId', ParseIdPipe) partnerRequestId: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() body: ScoreNeedsStudyDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<NeedsStudyReceiptDto> {
    const expectedRevision = ifMatch === undefined ? undefined : revisionFromIfMatch(ifMatch);
    const receipt = await this.commandBus.execute<ScoreNeedsStudyCommand, NeedsStudyReceiptDto>(
      new ScoreNeedsStudyCommand(principal, partnerRequestId, body, expectedRevision),
    );
    res.setHeader('ETag', `"${receipt.revision}"`);
    return receipt;
  }
}
