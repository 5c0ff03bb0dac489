import { Body, Controller, HttpCode, HttpStatus, NotFoundException, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { ERASURE_REASONS, type BeneficiaryDataErasedV1, type ErasureReason } from '@athar/contracts';
import type { Principal } from '@athar/identity';
import { PersonalDataProtector } from '@athar/personal-data';
import { CurrentPrincipal, EventWriter, Roles } from '@athar/service-kit';
import { loadApplication } from '../applications/application-state';
import { DocumentFiles } from '../documents/document-files';

export class ErasePersonalDataDto {
  @ApiProperty({ enum: ERASURE_REASONS })
  @IsIn(ERASURE_REASONS)
  reason!: ErasureReason;
}

/**
 * Erases a beneficiary (crypto-shredding, docs/adr/0020): the fact is recorded first, with no personal
 * data in it; then the case's data key is destroyed and the document files are deleted. History is
 * not rewritten: every non-personal fact and the hash chain stay as they were. A retry completes it.
 */
@ApiTags('personal data')
@Controller('cases/:caseId/personal-data/erasure')
export class ErasePersonalDataController {
  constructor(
    private readonly writer: EventWriter,
    private readonly personalData: PersonalDataProtector,
    private readonly files: DocumentFiles,
  ) {}

  @Post()
  @HttpCode(HttpStatus.OK)
  @Roles('tenant-admin')
  @ApiOperation({ summary: "Erase the beneficiary's personal data in this case: destroys its data key; personal fields read \"[erased]\" from then on." })
  async erase(
    @CurrentPrincipal() principal: Principal,
    @Param('caseId', new ParseUUIDPipe({ version: '4' })) caseId: string,
    @Body() body: ErasePersonalDataDto,
  ): Promise<BeneficiaryDataErasedV1 & { documentsRemoved: number }> {
    const { state, stream } = await loadApplication(this.writer, principal.tenantId, caseId);
    if (state.status === 'none') throw new NotFoundException({ code: 'case-not-found', message: { ar: 'الحالة غير موجودة', en: 'Case not found' } });
    let erased: BeneficiaryDataErasedV1 = { caseId, reason: body.reason, erasedBy: principal.userId, erasedAt: new Date().toISOString() };
    await this.writer.decideAndAppend(stream, principal.tenantId, { kind: 'request', principal, channel: 'system' }, (history) => {
      const earlier = history.find((e) => e.type === 'BeneficiaryDataErased');
      if (earlier) {
        erased = earlier.data as BeneficiaryDataErasedV1;
        return [];
      }
      return [{ type: 'BeneficiaryDataErased', version: 1, data: erased }];
    });
    await this.personalData.erase(principal.tenantId, caseId);
    const documentsRemoved = await this.files.removeCase(principal.tenantId, caseId);
    return { ...erased, documentsRemoved };
  }
}
