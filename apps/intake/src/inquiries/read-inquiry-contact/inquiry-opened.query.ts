import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { InquiryOpenedV1 } from '@athar/contracts';
import { EventWriter } from '@athar/service-kit';
import { inquiryStream } from '../inquiry-streams';

/**
 * The inquiry as it was opened, contact details included. They are personal data sealed in the event
 * (docs/adr/0013) and kept in no read model, so this query reads them from the inquiry's stream.
 */
export class InquiryOpenedQuery {
  constructor(
    readonly tenantId: string,
    readonly inquiryId: string,
  ) {}
}

@QueryHandler(InquiryOpenedQuery)
export class InquiryOpenedQueryHandler implements IQueryHandler<InquiryOpenedQuery, InquiryOpenedV1 | null> {
  constructor(private readonly writer: EventWriter) {}

  async execute({ tenantId, inquiryId }: InquiryOpenedQuery): Promise<InquiryOpenedV1 | null> {
    const { history } = await this.writer.load<'InquiryOpened'>(inquiryStream(tenantId, inquiryId));
    return history.find((e) => e.type === 'InquiryOpened')?.data ?? null;
  }
}
