import { Body, Controller, HttpCode, HttpStatus, NotFoundException, Param, Post } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags, ApiResponse } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import type { Model } from 'mongoose';
import { ERASURE_REASONS, streamId, type BeneficiaryDataErasedV1, type ErasureReason, type SubjectDataErasedV1 } from '@athar/contracts';
import type { Principal } from '@athar/identity';
import { PersonalDataProtector } from '@athar/personal-data';
import { CurrentPrincipal, EventWriter, ParseIdPipe, Roles } from '@athar/service-kit';
import { PersonKeys } from '../applications/submit-application/person-keys';
import { InquiryQueueEntry } from '../inquiries/inquiry-queue.schema';
import { ReferralView } from '../referrals/referral-view.schema';
import { BeneficiaryErasure } from './beneficiary-erasure';
import { mobileDigest } from './mobile-digest';
import { PersonCases } from './person-cases.schema';
import { SubjectErasure } from './subject-erasure';

export class ErasePersonalDataDto {
  @ApiProperty({ enum: ERASURE_REASONS })
  @IsIn(ERASURE_REASONS)
  reason!: ErasureReason;
}

export class ErasePersonDto extends ErasePersonalDataDto {
  @ApiProperty({ description: 'National ID or iqama of the person to erase in every case of this association', example: '1000000008' })
  @Matches(/^[12]\d{9}$/, { message: 'expected a 10-digit national ID or iqama' })
  nationalId!: string;

  @ApiPropertyOptional({
    description: "A mobile number of the person's, besides those in their cases: inquiries left with it are erased too",
    example: '0512345678',
  })
  @IsOptional()
  @Matches(/^(05\d{8}|\+9665\d{8})$/, { message: 'expected a Saudi mobile number, 05XXXXXXXX or +9665XXXXXXXX' })
  mobile?: string;
}

type ErasedCase = BeneficiaryDataErasedV1 & { documentsRemoved: number };

const notFound = (code: string, ar: string, en: string) => new NotFoundException({ code, message: { ar, en } });

/** Erasure of a beneficiary's personal data (crypto-shredding, docs/adr/0013): one case, or every case of the person. */
@ApiTags('personal data')
@Controller()
export class ErasePersonalDataController {
  constructor(
    private readonly erasure: BeneficiaryErasure,
    private readonly subjects: SubjectErasure,
    private readonly keys: PersonKeys,
    private readonly writer: EventWriter,
    private readonly personalData: PersonalDataProtector,
    @InjectModel(PersonCases.name) private readonly people: Model<PersonCases>,
    @InjectModel(ReferralView.name) private readonly referrals: Model<ReferralView>,
    @InjectModel(InquiryQueueEntry.name) private readonly inquiries: Model<InquiryQueueEntry>,
  ) {}

  @Post('cases/:caseId/personal-data/erasure')
  @HttpCode(HttpStatus.OK)
  @Roles('tenant-admin')
  @ApiResponse({
    status: 200,
    description: 'Done',
    schema: { type: 'object', required: ['documentsRemoved'], properties: { documentsRemoved: { type: 'integer' } } },
  })
  @ApiOperation({ summary: 'Erase the beneficiary\'s personal data in this case: destroys its data key; personal fields read "[erased]" from then on.' })
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
  @ApiResponse({
    status: 200,
    description: 'Done',
    schema: {
      type: 'object',
      required: ['cases', 'referrals', 'inquiries'],
      properties: {
        cases: { type: 'array', items: { type: 'object' } },
        referrals: { type: 'array', items: { type: 'object' } },
        inquiries: { type: 'array', items: { type: 'object' } },
      },
    },
  })
  @ApiOperation({
    summary:
      'Erase a person in this association: every case, every referral of them (made here, and then the copy the receiving association holds; or received here with their ID), and every inquiry left with their mobile. Found by keyed hashes, never by the ID or number itself.',
  })
  async erasePerson(
    @CurrentPrincipal() principal: Principal,
    @Body() body: ErasePersonDto,
  ): Promise<{ cases: ErasedCase[]; referrals: SubjectDataErasedV1[]; inquiries: SubjectDataErasedV1[] }> {
    const tenantId = principal.tenantId;
    const personKey = this.keys.person(body.nationalId);
    const person = await this.people
      .findOne({ _id: `${tenantId}:${personKey}`, tenantId })
      .lean()
      .exec();
    const caseIds = person?.caseIds ?? [];

    // The person's mobiles, read before their cases' keys are destroyed, find the inquiries they left.
    const mobiles = new Set<string>(body.mobile ? [body.mobile] : []);
    for (const caseId of caseIds) (await this.caseMobiles(tenantId, caseId)).forEach((m) => mobiles.add(m));
    const digests = [...mobiles].map((m) => mobileDigest(this.personalData, tenantId, m)).filter((d): d is string => d !== null);

    const cases: ErasedCase[] = [];
    for (const caseId of caseIds) {
      const erased = await this.erasure.eraseCase(principal, caseId, body.reason);
      if (erased) cases.push(erased);
    }
    const cause = { kind: 'request' as const, principal, channel: 'system' as const };
    const fact = { reason: body.reason, erasedBy: principal.userId };
    const referrals: SubjectDataErasedV1[] = [];
    for (const row of await this.referrals.find({ tenantId, personKey }).lean().exec()) {
      // A referral made here to an association on the platform: that association erases its copy too.
      const forwardTo = row.direction === 'outgoing' && row.counterpart.kind === 'tenant' ? String(row.counterpart.tenantId) : null;
      referrals.push(await this.subjects.erase(tenantId, `referral:${row.referralId}`, cause, { ...fact, forwardTo }));
    }
    const inquiries: SubjectDataErasedV1[] = [];
    for (const row of digests.length === 0
      ? []
      : await this.inquiries
          .find({ tenantId, contactDigest: { $in: digests } })
          .lean()
          .exec()) {
      inquiries.push(await this.subjects.erase(tenantId, `inquiry:${row.inquiryId}`, cause, { ...fact, forwardTo: null }));
    }
    if (cases.length + referrals.length + inquiries.length === 0) {
      throw notFound('person-not-found', 'لا توجد لدى الجمعية بيانات لهذا الشخص', 'This association holds no case, referral or inquiry of this person');
    }
    return { cases, referrals, inquiries };
  }

  /** Every mobile number the case's events give for the applicant (decrypted; none once erased). */
  private async caseMobiles(tenantId: string, caseId: string): Promise<string[]> {
    const { history } = await this.writer.load(streamId('intake', 'application', tenantId, caseId));
    return history.map((e) => (e.data as { applicant?: { mobile?: unknown } }).applicant?.mobile).filter((m): m is string => typeof m === 'string');
  }
}
