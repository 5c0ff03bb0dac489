import { Body, Controller, HttpCode, HttpStatus, NotFoundException, Param, Post } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsIn, Matches } from 'class-validator';
import type { Model } from 'mongoose';
import { ERASURE_REASONS, type BeneficiaryDataErasedV1, type ErasureReason } from '@athar/contracts';
import type { Principal } from '@athar/identity';
import { CurrentPrincipal, Roles, ParseIdPipe } from '@athar/service-kit';
import { PersonKeys } from '../applications/submit-application/person-keys';
import { BeneficiaryErasure } from './beneficiary-erasure';
import { PersonCases } from './person-cases.schema';

export class ErasePersonalDataDto {
  @ApiProperty({ enum: ERASURE_REASONS })
  @IsIn(ERASURE_REASONS)
  reason!: ErasureReason;
}

export class ErasePersonDto extends ErasePersonalDataDto {
  @ApiProperty({ description: 'National ID or iqama of the person to erase in every case of this association', example: '1000000008' })
  @Matches(/^[12]\d{9}$/, { message: 'expected a 10-digit national ID or iqama' })
  nationalId!: string;
}

const notFound = (code: string, ar: string, en: string) => new NotFoundException({ code, message: { ar, en } });

/** Erasure of a beneficiary's personal data (crypto-shredding, docs/adr/0013): one case, or every case of the person. */
@ApiTags('personal data')
@Controller()
export class ErasePersonalDataController {
  constructor(
    private readonly erasure: BeneficiaryErasure,
    private readonly keys: PersonKeys,
    @InjectModel(PersonCases.name) private readonly people: Model<PersonCases>,
  ) {}

  @Post('cases/:caseId/personal-data/erasure')
  @HttpCode(HttpStatus.OK)
  @Roles('tenant-admin')
  @ApiOperation({ summary: "Erase the beneficiary's personal data in this case: destroys its data key; personal fields read \"[erased]\" from then on." })
  async erase(
    @CurrentPrincipal() principal: Principal,
    @Param('caseId', ParseIdPipe) caseId: string,
    @Body() body: ErasePersonalDataDto,
  ): Promise<BeneficiaryDataErasedV1 & { documentsRemoved: number }> {
    const erased = await this.erasure.eraseCase(principal, caseId, body.reason);
    if (!erased) throw notFound('case-not-found', 'الحالة غير موجودة', 'Case not found');
    return erased;
  }

  @Post('beneficiaries/personal-data/erasure')
  @HttpCode(HttpStatus.OK)
  @Roles('tenant-admin')
  @ApiOperation({ summary: 'Erase a person in every case they have with this association (found by the keyed hash of their ID, never by the ID itself).' })
  async erasePerson(@CurrentPrincipal() principal: Principal, @Body() body: ErasePersonDto): Promise<{ cases: Array<BeneficiaryDataErasedV1 & { documentsRemoved: number }> }> {
    const person = await this.people.findOne({ _id: `${principal.tenantId}:${this.keys.person(body.nationalId)}`, tenantId: principal.tenantId }).lean().exec();
    const cases: Array<BeneficiaryDataErasedV1 & { documentsRemoved: number }> = [];
    for (const caseId of person?.caseIds ?? []) {
      const erased = await this.erasure.eraseCase(principal, caseId, body.reason);
      if (erased) cases.push(erased);
    }
    if (cases.length === 0) throw notFound('person-not-found', 'لا توجد حالات لهذا الشخص لدى الجمعية', 'This association holds no case of this person');
    return { cases };
  }
}
