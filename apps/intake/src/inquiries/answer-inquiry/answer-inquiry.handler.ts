import { NotFoundException } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { answerInquiry } from '@athar/domain-intake';
import { AggregateCommands, facts } from '@athar/service-kit';
import { inquiryAggregate, inquiryStream } from '../inquiry-streams';
import { AnswerInquiryCommand, type AnswerInquiryResult } from './answer-inquiry.command';

export const inquiryNotFound = () => new NotFoundException({ code: 'inquiry-not-found', message: { ar: 'الاستفسار غير موجود', en: 'Inquiry not found' } });

@CommandHandler(AnswerInquiryCommand)
export class AnswerInquiryHandler implements ICommandHandler<AnswerInquiryCommand, AnswerInquiryResult> {
  constructor(private readonly commands: AggregateCommands) {}

  async execute({ principal, inquiryId, body, expectedRevision }: AnswerInquiryCommand): Promise<AnswerInquiryResult> {
    const now = new Date();
    const { revision } = await this.commands.handle(inquiryAggregate, {
      streamId: inquiryStream(principal.tenantId, inquiryId),
      tenantId: principal.tenantId,
      cause: { kind: 'request', principal, channel: 'system' },
      expectedRevision,
      whenMissing: inquiryNotFound,
      decide: (state) => facts({ type: 'InquiryAnswered', version: 1, data: answerInquiry(state, inquiryId, body.answer, principal.userId, now) }),
      now,
    });
    return { inquiryId, status: 'answered', revision: revision as number };
  }
}
