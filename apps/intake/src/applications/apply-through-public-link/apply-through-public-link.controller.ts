import { Body, Controller, Get, Headers, HttpCode, HttpStatus, Inject, Param, ParseUUIDPipe, Post, Req, Res, UseGuards } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiGoneResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOperation,
  ApiProperty,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnprocessableEntityResponse,
  OmitType,
  ApiResponse,
} from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsDefined, IsInt, IsString, Matches, Min, ValidateNested } from 'class-validator';
import type { Request, Response } from 'express';
import { CommandBus } from '@nestjs/cqrs';
import { Public } from '@athar/service-kit';
import { TenantRegistry } from '@athar/tenancy';
import { SubmitApplicationDto } from '../submit-application/submit-application.dto';
import { PUBLIC_LINK_CHALLENGE, STAMP_HEADER, type PublicLinkChallenge } from './challenge';
import { ApplyThroughPublicLinkCommand } from './apply-through-public-link.command';
import { ConfirmPublicApplicationCommand } from './confirm-public-application.command';
import { answeringRetryAfter } from './public-link-limits';
import type { PendingConfirmation, PublicReceipt } from './public-link-pending';
import { PublicTenantGuard } from './public-tenant.guard';

export class ProgrammeTermsConsentDto {
  @ApiProperty({ example: true }) @IsBoolean() accepted!: boolean;
  @ApiProperty({ example: 1, description: 'The version shown (GET /public/{tenantId}/terms)' }) @IsInt() @Min(1) termsVersion!: number;
}

/** The link form: the channel is the association's website; consent to the programme terms is required. */
export class PublicApplicationDto extends OmitType(SubmitApplicationDto, ['channel'] as const) {
  @ApiProperty({ type: ProgrammeTermsConsentDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => ProgrammeTermsConsentDto)
  consent!: ProgrammeTermsConsentDto;
}

export class ConfirmationCodeDto {
  @ApiProperty({ example: '482913', description: 'The 6-digit code sent by SMS to the mobile on the request; Arabic-Indic digits accepted' })
  @IsString()
  @Matches(/^[0-9٠-٩]{6}$/, { message: 'code: 6 digits' })
  code!: string;
}

export class PendingConfirmationDto implements PendingConfirmation {
  @ApiProperty({ format: 'uuid', description: 'Send the code to POST /public/{tenantId}/confirmations/{confirmationId}' }) confirmationId!: string;
  @ApiProperty({ description: 'When the code stops working (10 minutes)' }) expiresAt!: string;
  @ApiProperty({ description: 'Arabic with English beside it' }) message!: { ar: string; en: string };
}

export class PublicReceiptDto implements PublicReceipt {
  @ApiProperty({ enum: ['received'] }) status!: 'received';
  @ApiProperty({ description: 'The same for every confirmed request: the case number comes by SMS' }) message!: { ar: string; en: string };
}

/**
 * Each tenant's public application link (Tuwaiq 5-2, 5-7): applying electronically, without an
 * account, in two steps so that every case has a confirmed mobile behind it (docs/adr/0024).
 */
@ApiTags('public')
@Public()
@UseGuards(PublicTenantGuard)
@Controller('public/:tenantId')
export class ApplyThroughPublicLinkController {
  constructor(
    private readonly commands: CommandBus,
    private readonly tenants: TenantRegistry,
    @Inject(PUBLIC_LINK_CHALLENGE) private readonly challenge: PublicLinkChallenge,
  ) {}

  @Get('terms')
  @ApiResponse({ status: 200, description: 'Done', schema: { type: 'object' } })
  @ApiOperation({
    summary:
      'What the applicant reads before applying: programme terms and the declaration, with their versions (and the proof-of-work challenge, when one is configured).',
  })
  terms(@Param('tenantId') tenantId: string) {
    const policy = this.tenants.get(tenantId);
    return {
      association: policy.name,
      programmeTerms: { version: policy.programmeTerms.version, text: policy.programmeTerms.text },
      declaration: { version: policy.declaration.version, text: policy.declaration.text },
      services: policy.services.filter((s) => s.beneficiaryType === 'direct').map((s) => ({ id: s.id, name: s.name })),
      challenge: this.challenge.describe(tenantId),
    };
  }

  @Post('applications')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({
    summary:
      "Apply through the association's electronic link: the request is checked as a submission is, kept sealed, and a one-time code is sent by SMS to the mobile given; it becomes a case once the code is sent back.",
  })
  @ApiHeader({ name: 'X-Athar-Stamp', required: false, description: 'A solved proof-of-work stamp, when GET …/terms names a challenge' })
  @ApiAcceptedResponse({ type: PendingConfirmationDto })
  @ApiUnprocessableEntityResponse({ description: 'Field-level reasons in Arabic and English' })
  @ApiTooManyRequestsResponse({ description: 'Over the per-address or per-mobile limit; Retry-After says when to try again' })
  apply(
    @Param('tenantId') tenantId: string,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
    @Body() body: PublicApplicationDto,
    @Headers(STAMP_HEADER) stamp?: string,
  ): Promise<PendingConfirmationDto> {
    const { consent, ...application } = body;
    const client = { userAgent: request.headers['user-agent']?.slice(0, 300) ?? null, ip: request.ip ?? null };
    return answeringRetryAfter(
      response,
      this.commands.execute(new ApplyThroughPublicLinkCommand(tenantId, { ...application, channel: 'website' }, consent, client, stamp)),
    );
  }

  @Post('confirmations/:confirmationId')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({
    summary:
      'Confirm the mobile with the code sent to it: the request becomes a case (or draft) and its number is sent by SMS. Five wrong codes lock it; a code lasts 10 minutes.',
  })
  @ApiAcceptedResponse({ type: PublicReceiptDto })
  @ApiUnprocessableEntityResponse({ description: 'Wrong code (attempts left), or the request no longer passes its checks' })
  @ApiNotFoundResponse({ description: 'No request awaits confirmation under this id' })
  @ApiGoneResponse({ description: 'The code expired' })
  confirm(
    @Param('tenantId') tenantId: string,
    @Param('confirmationId', new ParseUUIDPipe({ version: '4' })) confirmationId: string,
    @Body() body: ConfirmationCodeDto,
  ): Promise<PublicReceiptDto> {
    return this.commands.execute(new ConfirmPublicApplicationCommand(tenantId, confirmationId, body.code));
  }
}
