import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import type { RecordedEvent } from '@athar/contracts';
import { PersonalDataProtector } from '@athar/personal-data';
import { applyIfNewer, EventHandlers } from '@athar/service-kit';
import { mobileDigest } from '../erasure/mobile-digest';
import { InquiryQueueEntry } from './inquiry-queue.schema';

@Injectable()
export class InquiryQueueProjection implements OnModuleInit {
  constructor(
    private readonly handlers: EventHandlers,
    private readonly personalData: PersonalDataProtector,
    @InjectModel(InquiryQueueEntry.name) private readonly queue: Model<InquiryQueueEntry>,
  ) {}

  onModuleInit(): void {
    this.handlers.on('InquiryOpened', async (event) => {
      const data = event.data;
      await this.apply(event, data.inquiryId, {
        tenantId: event.tenantId,
        inquiryId: data.inquiryId,
        status: 'open',
        channel: data.channel,
        question: data.question,
        hasContact: data.contact.name !== null || data.contact.mobile !== null || (data.contact.email ?? null) !== null,
        contactDigest: mobileDigest(this.personalData, event.tenantId, data.contact.mobile),
        openedAt: new Date(data.openedAt),
      });
    });
    this.handlers.on('InquiryAnswered', async (event) => {
      const data = event.data;
      await this.apply(event, data.inquiryId, { status: 'answered', answer: data.answer, answeredBy: data.answeredBy, answeredAt: new Date(data.answeredAt) });
    });
    this.handlers.on('SubjectDataErased', async (event) => {
      const data = event.data;
      if (!data.keyId.startsWith('inquiry:')) return;
      // Its own stream, not the inquiry's: the queue's revision (If-Match for answering) is unchanged.
      await this.queue
        .updateOne(
          { _id: `${event.tenantId}:${data.keyId.slice('inquiry:'.length)}` },
          { $set: { personalDataErasedAt: new Date(data.erasedAt), contactDigest: null } },
        )
        .exec();
    });
  }

  private apply(event: RecordedEvent, inquiryId: string, fields: Partial<InquiryQueueEntry>): Promise<void> {
    return applyIfNewer(this.queue, `${event.tenantId}:${inquiryId}`, event.globalPosition, { ...fields, revision: event.revision });
  }
}
