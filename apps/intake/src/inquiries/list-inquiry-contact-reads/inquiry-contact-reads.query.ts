import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { InquiryContactReadV1 } from '@athar/contracts';
import { EventWriter } from '@athar/service-kit';
import { inquiryContactReadsStream, inquiryStream } from '../inquiry-streams';

/** Every read of an inquiry's contact details, from its read log; null when there is no such inquiry. */
export class InquiryContactReadsQuery {
  constructor(
    readonly tenantId: string,
    readonly inquiryId: string,
  ) {}
}

@QueryHandler(InquiryContactReadsQuery)
export class InquiryContactReadsQueryHandler implements IQueryHandler<InquiryContactReadsQuery, InquiryContactReadV1[] | null> {
  constructor(private readonly writer: EventWriter) {}

  async execute({ tenantId, inquiryId }: InquiryContactReadsQuery): Promise<InquiryContactReadV1[] | null> {
    const { history } = await this.writer.load<'InquiryContactRead'>(inquiryContactReadsStream(tenantId, inquiryId));
    if (history.length === 0 && (await this.writer.load(inquiryStream(tenantId, inquiryId))).history.length === 0) return null;
    return history.filter((e) => e.type === 'InquiryContactRead').map((e) => e.data);
  }
}
