import { Injectable, Logger } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { ERASED, surveySubjectKeyId, type ApplicantRecordV2, type SurveySubject } from '@athar/contracts';
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
 * applicant (or inquirer) gave an address and prefers email or came by email; otherwise SMS. null: nobody
 * to tell (no mobile, or an anonymous inquirer who left no contact).
 */
export function surveyRoute(
  policy: TenantPolicy,
  caseChannel: string,
  applicant: { mobile: string | null; email?: string | null; preferredChannel?: ApplicantRecordV2['preferredChannel'] },
  emailDeliverable: boolean,
): SurveyRoute | null {
  const email = applicant.email && applicant.email !== ERASED ? applicant.email : null;
  const wantsEmail = caseChannel === 'email' || applicant.preferredChannel === 'email';
  if (email && wantsEmail && emailDeliverable && policy.channels.includes('email')) return { channel: 'email', to: email };
  if (!applicant.mobile || applicant.mobile === ERASED) return null;
  return { channel: 'sms', to: applicant.mobile };
}

/** The record's id: a case's as it always was (`tenant:caseId`), any other subject's with its kind (`tenant:inquiry:<id>`). */
const recordId = (tenantId: string, subject: SurveySubject): string =>
  subject.kind === 'case' ? `${tenantId}:${subject.id}` : `${tenantId}:${subject.kind}:${subject.id}`;

/**
 * The person's route for a survey's subject, kept sealed with the subject's data key (a case's from the
 * application events, an inquiry's from InquiryOpened): erasing it (intake's erasure destroys `case:<id>`
 * or `inquiry:<id>`) makes it unreadable here too, and the next read deletes it.
 */
@Injectable()
export class SurveyContacts {
  private readonly logger = new Logger(SurveyContacts.name);

  constructor(
    private readonly personalData: PersonalDataProtector,
    @InjectModel(SurveyContact.name) private readonly contacts: Model<SurveyContact>,
  ) {}

  /**
   * `channel`: the channel the subject came through (the dashboards' channel dimension). `servedBy`: the
   * staff member who recorded the request (kept as it was when omitted, on a later update of the details).
   */
  async remember(tenantId: string, subject: SurveySubject, channel: string, route: SurveyRoute | null, servedBy?: string | null): Promise<void> {
    const id = recordId(tenantId, subject);
    if (!route) {
      await this.contacts.deleteOne({ _id: id }).exec();
      return;
    }
    let sealed: Buffer;
    try {
      sealed = await this.personalData.sealBytes(tenantId, surveySubjectKeyId(subject), Buffer.from(JSON.stringify(route), 'utf8'), CONTEXT);
    } catch (error) {
      if ((error as Error).name === 'PersonalDataErasedError') return;
      throw error;
    }
    const ids = subject.kind === 'case' ? { caseId: subject.id } : { subjectKind: subject.kind, subjectId: subject.id };
    await this.contacts
      .updateOne(
        { _id: id },
        {
          $set: {
            tenantId,
            ...ids,
            caseChannel: channel,
            sealed: sealed.toString('base64'),
            updatedAt: new Date(),
            ...(servedBy === undefined ? {} : { servedBy }),
          },
        },
        { upsert: true },
      )
      .exec();
  }

  /** The staff member who served the applicant at intake, or null (applied on their own, an inquiry, or nothing kept). */
  async servedBy(tenantId: string, subject: SurveySubject): Promise<string | null> {
    return (await this.contacts.findById(recordId(tenantId, subject)).lean().exec())?.servedBy ?? null;
  }

  /** The channel the subject came through, or null when nothing was kept (no route, or never seen). */
  async channelOf(tenantId: string, subject: SurveySubject): Promise<string | null> {
    return (await this.contacts.findById(recordId(tenantId, subject)).lean().exec())?.caseChannel ?? null;
  }

  /** The route, or null when none was kept or the subject's personal data was erased (then the record goes too). */
  async routeOf(tenantId: string, subject: SurveySubject): Promise<SurveyRoute | null> {
    const id = recordId(tenantId, subject);
    const doc = await this.contacts.findById(id).lean().exec();
    if (!doc) return null;
    try {
      const opened = await this.personalData.openBytes(tenantId, surveySubjectKeyId(subject), Buffer.from(doc.sealed, 'base64'), CONTEXT);
      return JSON.parse(opened.toString('utf8')) as SurveyRoute;
    } catch (error) {
      if ((error as Error).name !== 'PersonalDataErasedError') throw error;
      this.logger.log({ subject: subject.kind, id: subject.id }, 'survey contact erased with its subject');
      await this.contacts.deleteOne({ _id: id }).exec();
      return null;
    }
  }
}
