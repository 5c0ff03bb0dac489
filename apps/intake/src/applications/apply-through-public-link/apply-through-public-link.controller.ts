import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Req, UseGuards } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOperation, ApiProperty, ApiTags, OmitType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsDefined, IsInt, Min, ValidateNested } from 'class-validator';
import type { Request } from 'express';
import type { Principal } from '@athar/identity';
import { Public } from '@athar/service-kit';
import { TenantRegistry } from '@athar/tenancy';
import { SubmitApplicationCommand } from '../submit-application/submit-application.command';
import { ApplicationReceiptDto, SubmitApplicationDto } from '../submit-application/submit-application.dto';
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

/** Each tenant's public application link (Tuwaiq 5-2, 5-7): applying electronically, without an account. */
@ApiTags('public')
@Public()
@UseGuards(PublicTenantGuard)
@Controller('public/:tenantId')
export class ApplyThroughPublicLinkController {
  constructor(
    private readonly commands: CommandBus,
    private readonly tenants: TenantRegistry,
  ) {}

  @Get('terms')
  @ApiOperation({ summary: 'What the applicant reads before applying: programme terms and the declaration, with their versions.' })
  terms(@Param('tenantId') tenantId: string) {
    const policy = this.tenants.get(tenantId);
    return {
      association: policy.name,
      programmeTerms: { version: policy.programmeTerms.version, text: policy.programmeTerms.text },
      declaration: { version: policy.declaration.version, text: policy.declaration.text },
      services: policy.services.filter((s) => s.beneficiaryType === 'direct').map((s) => ({ id: s.id, name: s.name })),
    };
  }

  @Post('applications')
  @HttpCode(HttpStatus.CREATED)
  @ApiOperation({ summary: "Apply through the association's electronic link: consent to the programme terms is recorded with their version." })
  @ApiCreatedResponse({ type: ApplicationReceiptDto })
  apply(@Req() request: Request & { principal: Principal }, @Body() body: PublicApplicationDto): Promise<ApplicationReceiptDto> {
    const { consent, ...application } = body;
    const client = { userAgent: request.headers['user-agent']?.slice(0, 300) ?? null, ip: request.ip ?? null };
    return this.commands.execute(new SubmitApplicationCommand(request.principal, { ...application, channel: 'website' }, client, consent));
  }
}
