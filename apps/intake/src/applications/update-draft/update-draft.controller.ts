import { Body, Controller, Headers, NotFoundException, Param, Patch, Res } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiProperty, ApiTags, PartialType, ApiResponse } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, ValidateNested } from 'class-validator';
import type { Response } from 'express';
import { DomainError, type ApplicationDetailsUpdatedV2 } from '@athar/contracts';
import { contactProblems, validateApplicant } from '@athar/domain-intake';
import type { Principal } from '@athar/identity';
import { CurrentPrincipal, EventWriter, revisionFromIfMatch, Roles, ParseIdPipe } from '@athar/service-kit';
import { TenantRegistry } from '@athar/tenancy';
import { loadApplication } from '../application-state';
import { serviceChecklist } from '../requirements';
import { ApplicantDto } from '../submit-application/submit-application.dto';

export class ApplicantPatchDto extends PartialType(ApplicantDto) {}

export class UpdateDraftDto {
  @ApiProperty({ type: ApplicantPatchDto, description: 'Only the fields to add or correct' })
  @IsDefined()
  @ValidateNested()
  @Type(() => ApplicantPatchDto)
  applicant!: ApplicantPatchDto;
}

/** Completes or corrects a draft's applicant data; the whole record is validated again. */
@ApiTags('applications')
@Controller('applications/:caseId')
export class UpdateDraftController {
  constructor(
    private readonly writer: EventWriter,
    private readonly tenants: TenantRegistry,
  ) {}

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
  ) {
    const expected = revisionFromIfMatch(ifMatch);
    const { state, stream } = await loadApplication(this.writer, principal.tenantId, caseId, principal);
    if (state.status === 'none' || !state.draft)
      throw new NotFoundException({ code: 'case-not-found', message: { ar: 'الطلب غير موجود', en: 'Application not found' } });
    if (state.status === 'submitted') {
      throw new DomainError('already-submitted', 'conflict', { ar: 'لا يُعدَّل طلب بعد تقديمه', en: 'A submitted application cannot be changed here' });
    }
    const current = state.draft.applicant;
    // The stored record keeps dates as Gregorian ISO days; as input they are Gregorian dates again.
    const asInput = {
      fullName: current.fullName,
      nationalId: current.nationalId,
      mobile: current.mobile,
      email: current.email,
      preferredChannel: current.preferredChannel,
      nationalAddress: current.nationalAddress,
      qualification: current.qualification,
      employmentStatus: current.employmentStatus,
      idExpiry: current.idExpiry ? { calendar: 'gregorian' as const, date: current.idExpiry } : undefined,
      birthDate: current.birthDate ? { calendar: 'gregorian' as const, date: current.birthDate } : undefined,
    };
    const patch = Object.fromEntries(Object.entries(body.applicant).filter(([, v]) => v !== undefined));
    const applicant = validateApplicant({ ...asInput, ...patch }, new Date());
    if (applicant.nationalId !== current.nationalId) {
      throw new DomainError(
        'identity-change',
        'invalid',
        { ar: 'لا يُغيَّر رقم الهوية في طلب قائم؛ قدّم طلباً جديداً', en: 'The ID number of an existing request cannot change; file a new request' },
        [{ field: 'applicant.nationalId', reasons: [{ ar: 'غير قابل للتعديل', en: 'cannot be changed' }] }],
      );
    }
    const contact = contactProblems(state.draft.channel, applicant, this.tenants.get(principal.tenantId).channels);
    if (contact.length > 0)
      throw new DomainError('applicant-invalid', 'invalid', { ar: 'بيانات مقدم الطلب غير صحيحة', en: "The applicant's data is not valid" }, contact);
    const updated: ApplicationDetailsUpdatedV2 = { caseId, applicant, updatedAt: new Date().toISOString() };
    const result = await this.writer.append(
      stream,
      principal.tenantId,
      { kind: 'request', principal, channel: state.draft.channel },
      [{ type: 'ApplicationDetailsUpdated', version: 2, data: updated }],
      expected,
    );
    res.setHeader('ETag', `"${result.nextExpectedRevision}"`);
    return { caseId, status: 'draft', checklist: serviceChecklist(this.tenants.get(principal.tenantId), state.draft.serviceId, applicant, state.documents) };
  }
}
