import { Query } from '@nestjs/cqrs';
import type { Principal } from '@athar/identity';
import type { PartnerRequestDto } from '../partner-request.dto';

/** One partner request of the caller's association, in full. */
export class GetPartnerRequestQuery extends Query<PartnerRequestDto> {
  constructor(
    readonly principal: Principal,
    readonly partnerRequestId: string,
  ) {
    super();
  }
}
