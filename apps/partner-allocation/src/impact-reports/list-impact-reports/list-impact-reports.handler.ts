import { InjectModel } from '@nestjs/mongoose';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { Model } from 'mongoose';
import { keysetPage, type SortKey } from '@athar/service-kit';
import type { ImpactReportDto, ImpactReportPageDto } from '../impact-report.dto';
import { impactReportNotFound } from '../impact-reports-stream';
import { ImpactReportRow } from '../projection/impact-report-row.schema';
import { GetImpactReportQuery, ListImpactReportsQuery, ListMyImpactReportsQuery } from './list-impact-reports.query';

/** The earliest due first; the report id breaks ties (docs/adr/0029). */
const EARLIEST_FIRST: readonly SortKey[] = [
  { field: 'period', direction: 1, kind: 'string' },
  { field: 'reportId', direction: 1, kind: 'string' },
];

@QueryHandler(ListImpactReportsQuery)
export class ListImpactReportsHandler implements IQueryHandler<ListImpactReportsQuery, ImpactReportPageDto> {
  constructor(@InjectModel(ImpactReportRow.name) private readonly rows: Model<ImpactReportRow>) {}

  async execute({ principal, filters }: ListImpactReportsQuery): Promise<ImpactReportPageDto> {
    const page = await keysetPage(this.rows, {
      list: 'impact-reports',
      filter: {
        tenantId: principal.tenantId,
        ...(filters.status ? { status: filters.status } : {}),
        ...(filters.agreementId ? { agreementId: filters.agreementId } : {}),
        ...(filters.partner ? { partnerKey: filters.partner } : {}),
      },
      sort: EARLIEST_FIRST,
      limit: filters.limit ?? 50,
      cursor: filters.cursor,
      filters: { ...filters },
    });
    return { items: page.rows.map((row) => row.view), nextCursor: page.nextCursor, total: page.total };
  }
}

/** The partner tenant's own report periods, matched against the token's tenant only (docs/adr/0038); an outside body's never appear. */
@QueryHandler(ListMyImpactReportsQuery)
export class ListMyImpactReportsHandler implements IQueryHandler<ListMyImpactReportsQuery, ImpactReportPageDto> {
  constructor(@InjectModel(ImpactReportRow.name) private readonly rows: Model<ImpactReportRow>) {}

  async execute({ principal, filters }: ListMyImpactReportsQuery): Promise<ImpactReportPageDto> {
    const page = await keysetPage(this.rows, {
      list: 'my-impact-reports',
      filter: {
        partnerTenantId: principal.tenantId,
        ...(filters.status ? { status: filters.status } : {}),
        ...(filters.agreementId ? { agreementId: filters.agreementId } : {}),
      },
      sort: EARLIEST_FIRST,
      limit: filters.limit ?? 50,
      cursor: filters.cursor,
      filters: { ...filters },
    });
    return { items: page.rows.map((row) => row.view), nextCursor: page.nextCursor, total: page.total };
  }
}

/** Staff see their association's; a partner-applicant sees a period of an agreement its tenant is the partner of; anything else is a 404. */
@QueryHandler(GetImpactReportQuery)
export class GetImpactReportHandler implements IQueryHandler<GetImpactReportQuery, ImpactReportDto> {
  constructor(@InjectModel(ImpactReportRow.name) private readonly rows: Model<ImpactReportRow>) {}

  async execute({ principal, reportId }: GetImpactReportQuery): Promise<ImpactReportDto> {
    const filter = principal.roles.includes('partner-applicant')
      ? { reportId, partnerTenantId: principal.tenantId }
      : { reportId, tenantId: principal.tenantId };
    const row = await this.rows.findOne(filter).lean().exec();
    if (!row) throw impactReportNotFound();
    return row.view;
  }
}
