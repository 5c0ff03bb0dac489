import { Query } from '@nestjs/cqrs';
import type { Principal } from '@athar/identity';
import type { ImpactReportPageDto, ImpactReportDto } from '../impact-report.dto';
import type { ImpactReportsQuery, MyImpactReportsQuery } from './list-impact-reports.dto';

/** One page of the association's report periods, the earliest due first. */
export class ListImpactReportsQuery extends Query<ImpactReportPageDto> {
  constructor(
    readonly principal: Principal,
    readonly filters: ImpactReportsQuery,
  ) {
    super();
  }
}
/** One page of the report periods the caller's association owes, with any association. */
export class ListMyImpactReportsQuery extends Query<ImpactReportPageDto> {
  constructor(
    readonly principal: Principal,
    readonly filters: MyImpactReportsQuery,
  ) {
    super();
  }
}
/** One report period of the caller's association (staff), or of an agreement it is the partner of. */
export class GetImpactReportQuery extends Query<ImpactReportDto> {
  constructor(
    readonly principal: Principal,
    readonly reportId: string,
  ) {
    super();
  }
}
