import { NotFoundException } from '@nestjs/common';
import { CommandHandler, QueryBus, type ICommandHandler } from '@nestjs/cqrs';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import type { SubjectDataErasedV1 } from '@athar/contracts';
import { PersonalDataProtector } from '@athar/personal-data';
import { PersonKeys } from '../../applications/submit-application/person-keys';
import { CaseFileQuery, type CaseFile } from '../../documents/case-file';
import { InquiryQueueEntry } from '../../inquiries/inquiry-queue.schema';
import { ReferralView } from '../../referrals/referral-view.schema';
import { BeneficiaryErasure } from '../beneficiary-erasure';
import type { ErasedCase } from '../erasure.dto';
import { mobileDigest } from '../mobile-digest';
import { PersonCases } from '../person-cases.schema';
import { SubjectErasure } from '../subject-erasure';
import { ErasePersonCommand } from './erase-person.command';

export interface ErasedPerson {
  cases: ErasedCase[];
  referrals: SubjectDataErasedV1[];
  inquiries: SubjectDataErasedV1[];
}

/**
 * Erases a person whole, found by keyed hashes, never by the ID or number itself: their mobiles are
 * read first (before their cases' keys are destroyed), then each case is erased, then each referral of
 * theirs, then each inquiry left with one of their mobiles; one command per stream, each recorded once.
 */
@CommandHandler(ErasePersonCommand)
export class ErasePersonHandler implements ICommandHandler<ErasePersonCommand, ErasedPerson> {
  constructor(
    private readonly erasure: BeneficiaryErasure,
    private readonly subjects: SubjectErasure,
    private readonly keys: PersonKeys,
    private readonly queryBus: QueryBus,
    private readonly personalData: PersonalDataProtector,
    @InjectModel(PersonCases.name) private readonly people: Model<PersonCases>,
    @InjectModel(ReferralView.name) private readonly referrals: Model<ReferralView>,
    @InjectModel(InquiryQueueEntry.name) private readonly inquiries: Model<InquiryQueueEntry>,
  ) {}

  async execute({ principal, body }: ErasePersonCommand): Promise<ErasedPerson> {
    const tenantId = principal.tenantId;
    const personKey = this.keys.person(body.nationalId);
    const person = await this.people
      .findOne({ _id: `${tenantId}:${personKey}`, tenantId })
      .lean()
      .exec();
    const caseIds = person?.caseIds ?? [];

    // The person's mobiles, read before their cases' keys are destroyed, find the inquiries they left.
    const mobiles = new Set<string>(body.mobile ? [body.mobile] : []);
    for (const caseId of caseIds) {
      (await this.queryBus.execute<CaseFileQuery, CaseFile>(new CaseFileQuery(tenantId, caseId))).mobiles.forEach((m) => mobiles.add(m));
    }
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
      throw new NotFoundException({
        code: 'person-not-found',
        message: { ar: 'لا توجد لدى الجمعية بيانات لهذا الشخص', en: 'This association holds no case, referral or inquiry of this person' },
      });
    }
    return { cases, referrals, inquiries };
  }
}
