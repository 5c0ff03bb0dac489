import { Query } from '@nestjs/cqrs';
import type { Principal } from '@athar/identity';
import type { PartnerAgreementDto } from '../agreement.dto';

export class GetAgreementQuery extends Query<PartnerAgreementDto> {
  constructor(
    readonly principal: Principal,
    readonly agreementId: string,
  ) {
    super();
  }
}
