import { CommandHandler, QueryBus, type ICommandHandler } from '@nestjs/cqrs';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { ERASED, type InquiryContactReadV1, type InquiryOpenedV1 } from '@athar/contracts';
import { inquiryReplyRoute } from '@athar/domain-intake';
import { AggregateCommands, facts } from '@athar/service-kit';
import { inquiryNotFound } from '../answer-inquiry/answer-inquiry.handler';
import type { InquiryContactView } from '../inquiries.dto';
import { InquiryQueueEntry } from '../inquiry-queue.schema';
import { inquiryContactReadsAggregate, inquiryContactReadsStream } from '../inquiry-streams';
import { InquiryOpenedQuery } from './inquiry-opened.query';
import { ReadInquiryContactCommand } from './read-inquiry-contact.command';

@CommandHandler(ReadInquiryContactCommand)
export class ReadInquiryContactHandler implements ICommandHandler<ReadInquiryContactCommand, InquiryContactView> {
  constructor(
    private readonly commands: AggregateCommands,
    private readonly queryBus: QueryBus,
    @InjectModel(InquiryQueueEntry.name) private readonly queue: Model<InquiryQueueEntry>,
  ) {}

  async execute({ principal, inquiryId, purpose }: ReadInquiryContactCommand): Promise<InquiryContactView> {
    const opened = await this.queryBus.execute<InquiryOpenedQuery, InquiryOpenedV1 | null>(new InquiryOpenedQuery(principal.tenantId, inquiryId));
    if (!opened) throw inquiryNotFound();
    const now = new Date();
    const read: InquiryContactReadV1 = { inquiryId, readBy: principal.userId, role: principal.roles[0], purpose, readAt: now.toISOString() };
    // Logged before anything is shown (Tuwaiq 5-4, 6-5); its own stream, so the inquiry's revision is unchanged.
    await this.commands.handle(inquiryContactReadsAggregate, {
      streamId: inquiryContactReadsStream(principal.tenantId, inquiryId),
      tenantId: principal.tenantId,
      cause: { kind: 'request', principal, channel: 'system' },
      decide: () => facts({ type: 'InquiryContactRead', version: 1, data: read }),
      now,
    });
    const row = await this.queue
      .findOne({ _id: `${principal.tenantId}:${inquiryId}`, tenantId: principal.tenantId })
      .lean()
      .exec();
    return {
      inquiryId,
      name: opened.contact.name,
      mobile: opened.contact.mobile,
      email: opened.contact.email ?? null,
      replyChannel: inquiryReplyRoute(opened, ERASED)?.channel ?? null,
      personalDataErasedAt: row?.personalDataErasedAt ? new Date(row.personalDataErasedAt).toISOString() : null,
    };
  }
}
