import { Body, Controller, HttpCode, HttpStatus, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiConflictResponse, ApiOperation, ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import { ReachRecordedDto } from '../reach.dto';
import type { Response } from 'express';
import { DomainError, type ReachRecordedV1 } from '@athar/contracts';
import type { Principal } from '@athar/identity';
import { CurrentPrincipal, Roles } from '@athar/service-kit';
import { RecordReachDto } from '../reach.controller';
import { RecordReachCommand } from './record-reach.command';

@ApiTags('reach')
@Controller('reach')
export class RecordReachController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post()
  @HttpCode(HttpStatus.CREATED)
  @Roles('empowerment-team', 'relations-officer', 'tenant-admin')
  @ApiCreatedResponse({ type: ReachRecordedDto })
  @ApiOperation({
    summary: 'Record how many people a content item reached on a channel over a period (no personal data); one figure per item, channel and period.',
  })
  @ApiConflictResponse({
    description:
      '`reach-already-recorded`: a figure stands for this item, channel and period; correct it with POST /reach/corrections (also in the Link header)',
  })
  async record(
    @CurrentPrincipal() principal: Principal,
    @Body() body: RecordReachDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ReachRecordedV1> {
    try {
      return await this.commandBus.execute<RecordReachCommand, ReachRecordedV1>(new RecordReachCommand(principal, body));
    } catch (error) {
      if (error instanceof DomainError && error.code === 'reach-already-recorded') response.setHeader('Link', '</reach/corrections>; rel="edit"');
      throw error;
    }
  }
}
