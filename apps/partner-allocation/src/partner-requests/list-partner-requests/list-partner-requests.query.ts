import { Query } from '@nestjs/cqrs';
import type { Principal } from '@athar/identity';
import type { MyPartnerRequestPageDto, MyPartnerRequestsQuery, PartnerRequestPageDto, PartnerRequestsQuery } from './list-partner-requests.dto';

/** One page of the association's partner requests, newest first, filtered. */
export class ListPartnerRequestsQuery extends Query<PartnerRequestPageDto> {
  constructor(
    readonly principal: Principal,
    readonly filters: PartnerRequestsQuery,
  ) {
    super();
  }
}

/** One page of the requests the caller's association made as a partner, to any association. */
export class ListMyPartnerRequestsQuery extends Query<MyPartnerRequestPageDto> {
  constructor(
    readonly principal: Principal,
    readonly filters: MyPartnerRequestsQuery,
  ) {
    super();
  }
}
