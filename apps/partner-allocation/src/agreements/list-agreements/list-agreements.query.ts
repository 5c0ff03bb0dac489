import { Query } from '@nestjs/cqrs';
import type { Principal } from '@athar/identity';
import type { AgreementPageDto, AgreementsQuery, MyAgreementsQuery } from './list-agreements.dto';

/** One page of the association's agreements, newest first, by state. */
export class ListAgreementsQuery extends Query<AgreementPageDto> {
  constructor(
    readonly principal: Principal,
    readonly filters: AgreementsQuery,
  ) {
    super();
  }
}

/** One page of the agreements the caller's association is the partner of, with any association. */
export class ListMyAgreementsQuery extends Query<AgreementPageDto> {
  constructor(
    readonly principal: Principal,
    readonly filters: MyAgreementsQuery,
  ) {
    super();
  }
}
