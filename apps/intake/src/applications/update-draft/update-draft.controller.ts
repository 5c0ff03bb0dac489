import { Body, Controller, Headers, Param, Patch, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiHeader, ApiOperation, ApiTags, ApiResponse } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Principal } from '@athar/identity';
import { CurrentPrincipal, revisionFromIfMatch, Roles, ParseIdPipe } from '@athar/service-kit';
import { UpdateDraftCommand } from './update-draft.command';
import { UpdateDraftDto, type UpdateDraftResult } from './update-draft.dto';

/** Completes or corrects a draft's applicant data; the whole record is validated again. */
@ApiTags('applications')
@Controller('applications/:caseId')
export class UpdateDraftController {
  constructor(private readonly commands: CommandBus) {}

  @Patch()
  @Roles('applicant', 'relations-officer', 'social-researcher', 'services-officer')
  @ApiHeader({ name: 'If-Match', required: true, description: 'The revision from GET /applications/{caseId} (ETag)' })
  @ApiResponse({
    status: 200,
    description: 'Done',
    schema: {
      type: 'object',
      required: ['caseId', 'status', 'checklist'],
      properties: {
        caseId: { type: 'string', format: 'uuid' },
        status: { type: 'string', enum: ['draft'] },
        checklist: { type: 'array', items: { type: 'object' } },
      },
    },
  })
  @ApiOperation({ summary: "Add or correct a draft's applicant data; answers with the new checklist (409 if it changed meanwhile)." })
  async update(
    @CurrentPrincipal() principal: Principal,
    @Param('caseId', ParseIdPipe) caseId: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() body: UpdateDraftDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<Omit<UpdateDraftResult, 'revision'>> {
    const expected = revisionFromIfMatch(ifMatch);
    const { revision, ...answer } = await this.commands.execute<UpdateDraftCommand, UpdateDraftResult>(new UpdateDraftCommand(principal, caseId, body, expected));
    res.setHeader('ETag', `"${revision}"`);
    return answer;
  }
}
