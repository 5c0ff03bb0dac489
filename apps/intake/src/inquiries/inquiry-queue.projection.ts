import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import type { InquiryAnsweredV1, InquiryOpenedV1, RecordedEvent } from '@athar/contracts';
import { applyIfNewer, EventHandlers } from '@athar/service-kit';
import { InquiryQueueEntry } from './inquiry-queue.schema';

@Injectable()
export class InquiryQueueProjection implements OnModuleInit {
  constructor(
    private readonly handlers: EventHandlers,
    @InjectModel(InquiryQueueEntry.name) private readonly queue: Model<InquiryQueueEntry>,
  ) {}

  onModuleInit(): void {
    this.handlers.on('InquiryOpened', async (event) => {
      const data = event.data as InquiryOpenedV1;
      await this.apply(event, data.inquiryId, {
        tenantId: event.tenantId,
        inquiryId: data.inquiryId,
        status: 'open',
        channel: data.channel,
        question: data.question,
        hasContact: data.contact.name !== null || data.contact.mobile !== null,
        openedAt: new Date(data.openedAt),
      });
    });
    this.handlers.on('InquiryAnswered', async (event) => {
      const data = event.data as InquiryAnsweredV1;
      await this.apply(event, data.inquiryId, { status: 'answered', answer: data.answer, answeredBy: data.answeredBy, answeredAt: new Date(data.answeredAt) });
    });
  }

  private apply(event: RecordedEvent, inquiryId: string, fields: Partial<InquiryQueueEntry>): Promise<void> {
    return applyIfNewer(this.queue, `${event.tenantId}:${inquiryId}`, event.globalPosition, { ...fields, revision: event.revision });
  }
}
