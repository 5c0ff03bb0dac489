import { randomUUID } from 'node:crypto';
import { ConflictException } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { openInquiry } from '@athar/domain-intake';
import { AggregateCommands } from '@athar/service-kit';
import { TenantRegistry } from '@athar/tenancy';
import type { InquiryDto } from '../inquiries.dto';
import { inquiryAggregate, inquiryStream } from '../inquiry-streams';
import { OpenInquiryCommand } from './open-inquiry.command';

@CommandHandler(OpenInquiryCommand)
export class OpenInquiryHandler implements ICommandHandler<OpenInquiryCommand, InquiryDto> {
  constructor(
    private readonly commands: AggregateCommands,
    private readonly tenants: TenantRegistry,
  ) {}

  async execute({ principal, body }: OpenInquiryCommand): Promise<InquiryDto> {
    const now = new Date();
    const data = openInquiry(
      { inquiryId: randomUUID(), channel: body.channel, question: body.question, contact: body.contact },
      this.tenants.get(principal.tenantId).channels,
      now,
    );
    const { revision } = await this.commands.handle(inquiryAggregate, {
      streamId: inquiryStream(principal.tenantId, data.inquiryId),
      tenantId: principal.tenantId,
      cause: { kind: 'request', principal, channel: body.channel },
      decide: (state) => {
        // A fresh id: a stream already there is a collision, never a second inquiry on it.
        if (state.status !== 'none') throw new ConflictException({ code: 'inquiry-exists', message: { ar: 'الاستفسار موجود', en: 'The inquiry exists' } });
        return { events: [{ type: 'InquiryOpened', version: 1, data }], result: undefined };
      },
      now,
    });
    const hasContact = data.contact.name !== null || data.contact.mobile !== null || (data.contact.email ?? null) !== null;
    return {
      inquiryId: data.inquiryId,
      status: 'open',
      channel: data.channel,
      question: data.question,
      openedAt: data.openedAt,
      answer: null,
      hasContact,
      revision: revision as number,
    };
  }
}
