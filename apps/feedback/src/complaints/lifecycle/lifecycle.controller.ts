import { Body, Controller, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { Principal } from '@athar/identity';
import { CurrentPrincipal, ParseIdPipe, Roles } from '@athar/service-kit';
import { AssignComplaintDto, ComplaintActionDto, ReopenComplaintDto, ResolveComplaintDto } from './lifecycle.dto';
import { ComplaintActionCommand, type ComplaintAction } from './lifecycle.commands';

const HANDLERS = ['relations-officer', 'social-researcher', 'services-officer', 'executive-director'] as const;

/** The lifecycle: assigned → under investigation → resolved (complainant told) → closed, or reopened within the policy's period. */
@ApiTags('complaints')
@Controller('complaints/:complaintId')
@ApiNotFoundResponse({ description: 'No such complaint, or one the caller may not see' })
@ApiConflictResponse({ description: 'Not allowed where the complaint stands (Arabic and English)' })
@ApiUnprocessableEntityResponse({ description: 'Field-level reasons in Arabic and English' })
export class ComplaintLifecycleController {
  constructor(private readonly commands: CommandBus) {}

  private run(principal: Principal, complaintId: string, action: ComplaintAction): Promise<ComplaintActionDto> {
    return this.commands.execute(new ComplaintActionCommand(principal, complaintId, action));
  }

  @Post('assignment')
  @HttpCode(HttpStatus.OK)
  @Roles('relations-officer', 'executive-director')
  @ApiOperation({ summary: 'Assign the complaint to a member of staff, who investigates and answers it' })
  @ApiOkResponse({ type: ComplaintActionDto })
  assign(@CurrentPrincipal() p: Principal, @Param('complaintId', ParseIdPipe) id: string, @Body() body: AssignComplaintDto): Promise<ComplaintActionDto> {
    return this.run(p, id, { kind: 'assign', assignee: body.assignee });
  }

  @Post('investigation')
  @HttpCode(HttpStatus.OK)
  @Roles(...HANDLERS)
  @ApiOperation({ summary: 'The assignee (or the executive director) starts the investigation' })
  @ApiOkResponse({ type: ComplaintActionDto })
  investigate(@CurrentPrincipal() p: Principal, @Param('complaintId', ParseIdPipe) id: string): Promise<ComplaintActionDto> {
    return this.run(p, id, { kind: 'investigate' });
  }

  @Post('resolution')
  @HttpCode(HttpStatus.OK)
  @Roles(...HANDLERS)
  @ApiOperation({ summary: 'Resolve with the answer the complainant is told by SMS and email (Arabic then English); late when after its service level' })
  @ApiOkResponse({ type: ComplaintActionDto })
  resolve(@CurrentPrincipal() p: Principal, @Param('complaintId', ParseIdPipe) id: string, @Body() body: ResolveComplaintDto): Promise<ComplaintActionDto> {
    return this.run(p, id, { kind: 'resolve', response: { ar: body.response.ar, en: body.response.en } });
  }

  @Post('closure')
  @HttpCode(HttpStatus.OK)
  @Roles('relations-officer', 'executive-director')
  @ApiOperation({ summary: 'Close a resolved complaint' })
  @ApiOkResponse({ type: ComplaintActionDto })
  close(@CurrentPrincipal() p: Principal, @Param('complaintId', ParseIdPipe) id: string): Promise<ComplaintActionDto> {
    return this.run(p, id, { kind: 'close' });
  }

  @Post('reopening')
  @HttpCode(HttpStatus.OK)
  @Roles('relations-officer', 'executive-director')
  @ApiOperation({ summary: "Reopen a resolved or closed complaint within the policy's period (reopenWithinDays): a new round with its own service level" })
  @ApiOkResponse({ type: ComplaintActionDto })
  reopen(@CurrentPrincipal() p: Principal, @Param('complaintId', ParseIdPipe) id: string, @Body() body: ReopenComplaintDto): Promise<ComplaintActionDto> {
    return this.run(p, id, { kind: 'reopen', reason: body.reason });
  }

  @Post('general-issue')
  @HttpCode(HttpStatus.OK)
  @Roles('relations-officer', 'executive-director')
  @ApiOperation({ summary: "Mark the complaint as of a general nature: it goes to the board's agenda with its similar complaints (Environment Madinah)" })
  @ApiOkResponse({ type: ComplaintActionDto })
  markGeneral(@CurrentPrincipal() p: Principal, @Param('complaintId', ParseIdPipe) id: string): Promise<ComplaintActionDto> {
    return this.run(p, id, { kind: 'mark-general' });
  }
}
