import { Injectable, Logger } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { caseDataKeyId, ERASED, type ApplicantRecordV2 } from '@athar/contracts';
import { PersonalDataProtector } from '@athar/personal-data';
import type { TenantPolicy } from '@athar/tenancy';
import { SurveyContact } from './survey-records.schema';

export interface SurveyRoute {
  channel: 'sms' | 'email';
  to: string;
}

const CONTEXT = 'feedback:survey-contact';

/**
 * Where a survey link goes (the applicant's channel, docs/adr/0025): email when the tenant offers it, the
 * applicant gave an address and prefers email or came by email; otherwise SMS. null: nobody to tell.
 */
export function surveyRoute(
  policy: TenantPolicy,
  caseChannel: string,
  applicant: Pick<ApplicantRecordV2, 'mobile' | 'email' | 'preferredChannel'>,
  emailDeliverable: boolean,
): SurveyRoute | null {
  const email = applicant.email && applicant.email !== ERASED ? applicant.email : null;
  const wantsEmail = caseChannel === 'email' || applicant.preferredChannel === 'email';
  if (email && wantsEmail && emailDeliverable && policy.channels.includes('email')) return { channel: 'email', to: email };
  if (!applicant.mobile || applicant.mobile === ERASED) return null;
  return { channel: 'sms', to: applicant.mobile };
}

/**
 * The applicant's route for a case, kept sealed with the case's data key: erasing the case (intake's
 * erasure destroys `case:<id>`) makes it unreadable here too, and the next read deletes it.
 */
@Injectable()
export class SurveyContacts {
  private readonly logger = new Logger(SurveyContacts.name);

  constructor(
    private readonly personalData: PersonalDataProtector,
    @InjectModel(SurveyContact.name) private readonly contacts: Model<SurveyContact>,
  ) {}

  /** `servedBy`: the staff member who recorded the request (kept as it was when omitted, on a later update of the details). */
  async remember(tenantId: string, caseId: string, caseChannel: string, route: SurveyRoute | null, servedBy?: string | null): Promise<void> {
    const id = `${tenantId}:${caseId}`;
    if (!route) {
      await this.contacts.deleteOne({ _id: id }).exec();
      return;
    }
    let sealed: Buffer;
    try {
      sealed = await this.personalData.sealBytes(tenantId, caseDataKeyId(caseId), Buffer.from(JSON.stringify(route), 'utf8'), CONTEXT);
    } catch (error) {
      if ((error as Error).name === 'PersonalDataErasedError') return;
      throw error;
    }
    await this.contacts
      .updateOne(
        { _id: id },
        { $set: { tenantId, caseId, caseChannel, sealed: sealed.toString('base64'), updatedAt: new Date(), ...(servedBy === undefined ? {} : { servedBy }) } },
        { upsert: true },
      )
      .exec();
  }

  /** The staff member who served the applicant at intake, or null (applied on their own, or nothing kept). */
  async servedBy(tenantId: string, caseId: string): Promise<string | null> {
    return (await this.contacts.findById(`${tenantId}:${caseId}`).lean().exec())?.servedBy ?? null;
  }

  async caseChannel(tenantId: string, caseId: string): Promise<string | null> {
    return (await this.contacts.findById(`${tenantId}:${caseId}`).lean().exec())?.caseChannel ?? null;
  }

  /** The route, or null when none was kept or the case's personal data was erased (then the record goes too). */
  async routeOf(tenantId: string, caseId: string): Promise<SurveyRoute | null> {
    const id = `${tenantId}:${caseId}`;
    const doc = await this.contacts.findById(id).lean().exec();
    if (!doc) return null;
    try {
      const opened = await this.personalData.openBytes(tenantId, caseDataKeyId(caseId), Buffer.from(doc.sealed, 'base64'), CONTEXT);
      return JSON.parse(opened.toString('utf8')) as SurveyRoute;
    } catch (error) {
      if ((error as Error).name !== 'PersonalDataErasedError') throw error;
      this.logger.log({ caseId }, 'survey contact erased with the case');
      await this.contacts.deleteOne({ _id: id }).exec();
      return null;
    }
  }
}
