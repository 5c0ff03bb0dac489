import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { PartnerAgreementReader } from '../agreement-reader';
import type { PartnerAgreementDto } from '../agreement.dto';
import { agreementNotFound } from '../partner-agreement-stream';
import { GetAgreementQuery } from './get-agreement.query';

/** From the stream of the caller's own association: another association's agreement answers like a missing one. */
@QueryHandler(GetAgreementQuery)
export class GetAgreementHandler implements IQueryHandler<GetAgreementQuery, PartnerAgreementDto> {
  constructor(private readonly reader: PartnerAgreementReader) {}

  async execute({ principal, agreementId }: GetAgreementQuery): Promise<PartnerAgreementDto> {
    const snapshot = await this.reader.snapshot(principal.tenantId, agreementId);
    if (!snapshot) throw agreementNotFound();
    return snapshot.view;
  }
}
