import { Body, Controller, HttpCode, HttpStatus, Param, Post, Req } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';
import type { Request } from 'express';
import type { Principal } from '@athar/identity';
import { CurrentPrincipal, Roles, ParseIdPipe } from '@athar/service-kit';
import { ApplicationReceiptDto, DeclarationDto } from '../submit-application/submit-application.dto';
import { SubmitDraftCommand } from './submit-draft.handler';

export class SubmitDraftDto {
  @ApiProperty({ type: DeclarationDto, description: 'Required: no submission without it (common process step 4)' })
  @IsOptional()
  @ValidateNested()
  @Type(() => DeclarationDto)
  declaration?: DeclarationDto;
}

@ApiTags('applications')
@Controller('applications/:caseId/submit')
export class SubmitDraftController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(HttpStatus.OK)
  @Roles('applicant', 'relations-officer', 'social-researcher', 'services-officer')
  @ApiOperation({ summary: 'Submit a draft whose checklist is complete, with the declaration; 422 lists what is missing.' })
  @ApiOkResponse({ type: ApplicationReceiptDto })
  submit(
    @CurrentPrincipal() principal: Principal,
    @Param('caseId', ParseIdPipe) caseId: string,
    @Body() body: SubmitDraftDto,
    @Req() request: Request,
  ): Promise<ApplicationReceiptDto> {
    const client = { userAgent: request.headers['user-agent']?.slice(0, 300) ?? null, ip: request.ip ?? null };
    return this.commands.execute(new SubmitDraftCommand(principal, caseId, body.declaration, client));
  }
}
