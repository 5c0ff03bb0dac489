import { Body, Controller, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags, ApiResponse } from '@nestjs/swagger';
import type { Principal } from '@athar/identity';
import { CurrentPrincipal, Roles, ParseIdPipe } from '@athar/service-kit';
import { DeclareConflictOfInterestCommand } from './declare-conflict-of-interest.command';
import { DeclareConflictOfInterestDto, type RecusalReceipt } from './declare-conflict-of-interest.dto';

/** A member who declares a conflict of interest cannot vote on the case (recusal). */
@ApiTags('committee')
@Controller('reviews')
export class DeclareConflictOfInterestController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':caseId/conflicts-of-interest')
  @HttpCode(HttpStatus.OK)
  @Roles('committee-member', 'committee-chair')
  @ApiResponse({
    status: 200,
    description: 'Done',
    schema: {
      type: 'object',
      required: ['caseId', 'memberId', 'recused', 'revision'],
      properties: {
        caseId: { type: 'string', format: 'uuid' },
        memberId: { type: 'string' },
        recused: { type: 'boolean', enum: [true] },
        revision: { type: 'integer' },
      },
    },
  })
  @ApiOperation({ summary: 'Declare a conflict of interest on a case: you will not vote on it (a second declaration changes nothing).' })
  declare(
    @CurrentPrincipal() principal: Principal,
    @Param('caseId', ParseIdPipe) caseId: string,
    @Body() body: DeclareConflictOfInterestDto,
  ): Promise<RecusalReceipt> {
    return this.commandBus.execute<DeclareConflictOfInterestCommand, RecusalReceipt>(new DeclareConflictOfInterestCommand(principal, caseId, body));
  }
}
