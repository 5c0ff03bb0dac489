import { InjectModel } from '@nestjs/mongoose';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { Model } from 'mongoose';
import { keysetPage, type SortKey } from '@athar/service-kit';
import { AgreementRow } from '../projection/agreement-row.schema';
import type { AgreementPageDto } from './list-agreements.dto';
import { ListAgreementsQuery, ListMyAgreementsQuery } from './list-agreements.query';

/** Newest first; the agreement id breaks ties (docs/adr/0029). */
const NEWEST_FIRST: readonly SortKey[] = [
  { field: 'draftedAt', direction: -1, kind: 'date' },
  { field: 'agreementId', direction: -1, kind: 'string' },
];

@QueryHandler(ListAgreementsQuery)
export class ListAgreementsHandler implements IQueryHandler<ListAgreementsQuery, AgreementPageDto> {
  constructor(@InjectModel(AgreementRow.name) private readonly rows: Model<AgreementRow>) {}

  async execute({ principal, filters }: ListAgreementsQuery): Promise<AgreementPageDto> {
    const page = await keysetPage(this.rows, {
      list: 'partner-agreements',
      filter: { tenantId: principal.tenantId, ...(filters.state ? { state: filters.state } : {}) },
      sort: NEWEST_FIRST,
      limit: filters.limit ?? 50,
      cursor: filters.cursor,
      filters: { ...filters },
    });
    return { items: page.rows.map((row) => row.view), nextCursor: page.nextCursor, total: page.total };
  }
}

/**
 * The partner tenant's own agreements, with whichever association: found by the partner tenant in the
 * row, matched against the token's tenant only (docs/adr/0038); an outside body's never appear.
 */
@QueryHandler(ListMyAgreementsQuery)
export class ListMyAgreementsHandler implements IQueryHandler<ListMyAgreementsQuery, AgreementPageDto> {
  constructor(@InjectModel(AgreementRow.name) private readonly rows: Model<AgreementRow>) {}

  async execute({ principal, filters }: ListMyAgreementsQuery): Promise<AgreementPageDto> {
    const page = await keysetPage(this.rows, {
      list: 'my-partner-agreements',
      filter: { partnerTenantId: principal.tenantId, ...(filters.state ? { state: filters.state } : {}) },
      sort: NEWEST_FIRST,
      limit: filters.limit ?? 50,
      cursor: filters.cursor,
      filters: { ...filters },
    });
    return { items: page.rows.map((row) => row.view), nextCursor: page.nextCursor, total: page.total };
  }
}
