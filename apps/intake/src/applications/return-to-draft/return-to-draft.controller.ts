import { BilingualTextDto } from '../../bilingual-text.dto';
import { DeclarationTextDto } from '../../declaration/declaration-text.dto';
import {
  Body,
  Controller,
  createParamDecorator,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  Post,
  Req,
  Res,
  UploadedFile,
  UseGuards,
  type ExecutionContext,
} from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiAcceptedResponse,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiProperty,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import type { Request, Response } from 'express';
import { IdempotentUpload, Public } from '@athar/service-kit';
import { TenantRegistry } from '@athar/tenancy';
import { AttachDocument, DOCUMENT_UPLOAD_BODY, DOCUMENT_UPLOAD_LIMITS, type UploadedDocument } from '../../documents/attach-document';
import { DocumentSizeInterceptor } from '../../documents/document-size.interceptor';
import { ChecklistItemDto } from '../list-applications/list-applications.dto';
import { serviceChecklist } from '../requirements';
import { ApplicationReceiptDto } from '../submit-application/submit-application.dto';
import { SubmitDraftDto } from '../submit-draft/submit-draft.controller';
import { PublicLinkReturns, RETURN_ASKED, type ReturningApplicant } from '../apply-through-public-link/public-link-returns';
import { RETURN_CODE_HEADER } from '../apply-through-public-link/return-code';
import { ReturnCodeGuard, type ReturningRequest } from '../apply-through-public-link/return-code.guard';
import { PublicTenantGuard } from '../apply-through-public-link/public-tenant.guard';
import { DraftChecklistQuery } from './draft-checklist.query';
import { SubmitReturningDraftCommand } from './return-to-draft.command';

const Returning = createParamDecorator((_data: unknown, context: ExecutionContext): ReturningApplicant => {
  const returning = context.switchToHttp().getRequest<ReturningRequest>().returning;
  if (!returning) throw new Error('ReturnCodeGuard did not run');
  return returning;
});

const CASE_NUMBER_PARAM = { name: 'caseNumber', description: 'The request number from the text message', example: 'TWQ-1447-000123' };
const RETURN_CODE = {
  name: RETURN_CODE_HEADER,
  required: true,
  description: 'The return code from the text message (16 letters and digits; dashes and spaces optional)',
};

export class AskReturnCodeDto {
  @ApiProperty({ example: 'TWQ-1447-000123', description: 'The request number from the text message' }) @IsString() @MaxLength(40) caseNumber!: string;
  @ApiProperty({ example: '0512345678', description: 'The mobile confirmed when applying' }) @IsString() @MaxLength(40) mobile!: string;
}

export class ReturnAskedDto {
  @ApiProperty({ enum: ['received'] }) status!: 'received';
  @ApiProperty({ type: BilingualTextDto, description: 'The same whether or not a code was sent' }) message!: BilingualTextDto;
}

export class ReturningDraftDto {
  @ApiProperty() caseNumber!: string;
  @ApiProperty({ example: 'job-seeker-training' }) serviceId!: string;
  @ApiProperty({ type: BilingualTextDto }) serviceName!: BilingualTextDto;
  @ApiProperty({ type: [ChecklistItemDto], description: 'What is done and what is missing' }) checklist!: ChecklistItemDto[];
  @ApiProperty({ type: DeclarationTextDto, description: 'The declaration to sign when submitting' }) declaration!: DeclarationTextDto;
  @ApiProperty({ description: 'When the return code stops working' }) returnCodeExpiresAt!: string;
}

export class ReturningDocumentDto {
  @ApiProperty() documentId!: string;
  @ApiProperty() documentType!: string;
  @ApiProperty() contentType!: string;
  @ApiProperty() size!: number;
  @ApiProperty() sha256!: string;
  @ApiProperty() attachedAt!: string;
  @ApiProperty({ type: [ChecklistItemDto], description: 'The checklist after this document' }) checklist!: ChecklistItemDto[];
}

/**
 * The way back to a draft for a public-link applicant (docs/adr/0026; Tuwaiq 5-2, 5-7, 6-2): with the
 * return code sent by SMS, see what is missing, attach the documents, sign the declaration and submit,
 * only for the one draft the code was issued for.
 */
@ApiTags('public')
@Public()
@UseGuards(PublicTenantGuard, ReturnCodeGuard)
@Controller('public/:tenantId/drafts/:caseNumber')
@ApiParam({ name: 'tenantId', example: 'tuwaiq' })
@ApiParam(CASE_NUMBER_PARAM)
@ApiHeader(RETURN_CODE)
@ApiUnauthorizedResponse({
  description: 'The code does not open this draft (wrong, older, another case or tenant, expired, or the case is submitted): one answer for all',
})
@ApiTooManyRequestsResponse({ description: 'Over the per-address limit; Retry-After says when to try again' })
export class ReturnToDraftController {
  constructor(
    private readonly tenants: TenantRegistry,
    private readonly attachments: AttachDocument,
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get()
  @ApiOperation({ summary: 'The draft a return code opens: what is missing, and the declaration to sign.' })
  @ApiOkResponse({ type: ReturningDraftDto })
  view(@Returning() returning: ReturningApplicant): ReturningDraftDto {
    const policy = this.tenants.get(returning.principal.tenantId);
    const draft = returning.state.draft;
    if (!draft) throw new Error('ReturnCodeGuard admits drafts only');
    const service = policy.services.find((s) => s.id === draft.serviceId);
    return {
      caseNumber: returning.caseNumber,
      serviceId: draft.serviceId,
      serviceName: service?.name ?? { ar: draft.serviceId, en: draft.serviceId },
      checklist: serviceChecklist(policy, draft.serviceId, draft.applicant, returning.state.documents),
      declaration: { version: policy.declaration.version, text: policy.declaration.text },
      returnCodeExpiresAt: returning.codeExpiresAt.toISOString(),
    };
  }

  @Post('documents')
  @HttpCode(HttpStatus.CREATED)
  @IdempotentUpload(DocumentSizeInterceptor, FileInterceptor('file', DOCUMENT_UPLOAD_LIMITS))
  @ApiConsumes('multipart/form-data')
  @ApiBody(DOCUMENT_UPLOAD_BODY)
  @ApiOperation({ summary: 'Attach a document to the draft (PDF, JPEG or PNG by content, 5 MiB at most; sealed under the case key like every upload).' })
  @ApiCreatedResponse({ type: ReturningDocumentDto })
  @ApiUnprocessableEntityResponse({ description: 'Field-level reasons in Arabic and English' })
  async attach(
    @Returning() returning: ReturningApplicant,
    @UploadedFile() file: UploadedDocument | undefined,
    @Body() body: { documentType?: string },
  ): Promise<ReturningDocumentDto> {
    const { principal, caseId } = returning;
    const attached = await this.attachments.attach(principal, caseId, file, body?.documentType);
    const checklist = (await this.queries.execute(new DraftChecklistQuery(principal, caseId))) ?? [];
    const { documentId, documentType, contentType, size, sha256, attachedAt } = attached;
    return { documentId, documentType, contentType, size, sha256, attachedAt, checklist };
  }

  @Post('submit')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Sign the declaration and submit the draft once nothing is missing (422 lists what is); the return code is spent.' })
  @ApiOkResponse({ type: ApplicationReceiptDto })
  @ApiUnprocessableEntityResponse({ description: 'What is still missing, or the declaration, field by field' })
  submit(@Returning() returning: ReturningApplicant, @Body() body: SubmitDraftDto, @Req() request: Request): Promise<ApplicationReceiptDto> {
    const client = { userAgent: request.headers['user-agent']?.slice(0, 300) ?? null, ip: request.ip ?? null };
    return this.commands.execute(new SubmitReturningDraftCommand(returning, body.declaration, client));
  }
}

/** A fresh return code, by SMS to the mobile confirmed for the draft (docs/adr/0026). */
@ApiTags('public')
@Public()
@UseGuards(PublicTenantGuard)
@Controller('public/:tenantId/return-codes')
export class AskReturnCodeController {
  constructor(private readonly returns: PublicLinkReturns) {}

  @Post()
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({
    summary: 'Ask for a new return code with the request number and the mobile confirmed for it; the answer is the same whether or not one was sent.',
  })
  @ApiAcceptedResponse({ type: ReturnAskedDto })
  @ApiUnprocessableEntityResponse({ description: 'Field-level reasons in Arabic and English' })
  @ApiTooManyRequestsResponse({ description: 'Over the per-address or per-mobile limit; Retry-After says when to try again' })
  ask(
    @Param('tenantId') tenantId: string,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
    @Body() body: AskReturnCodeDto,
  ): Promise<typeof RETURN_ASKED> {
    return this.returns.askAgain(tenantId, body.caseNumber, body.mobile, request.ip, response);
  }
}
