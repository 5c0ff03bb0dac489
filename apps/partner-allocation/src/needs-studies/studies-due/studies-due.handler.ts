import { InjectModel } from '@nestjs/mongoose';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { Model } from 'mongoose';
import { instantRange, keysetPage, type SortKey } from '@athar/service-kit';
import { PartnerRequestRow } from '../../partner-requests/projection/partner-request-row.schema';
import { DUE_STAGES, type StudiesDuePageDto } from './studies-due.dto';
import { ListStudiesDueQuery } from './studies-due.query';

/** Nearest deadline first; the request id breaks ties (docs/adr/0029). */
const BY_DEADLINE: readonly SortKey[] = [
  { field: 'studyDeadline', direction: 1, kind: 'date' },
  { field: 'partnerRequestId', direction: 1, kind: 'string' },
];

@QueryHandler(ListStudiesDueQuery)
export class ListStudiesDueHandler implements IQueryHandler<ListStudiesDueQuery, StudiesDuePageDto> {
  constructor(@InjectModel(PartnerRequestRow.name) private readonly rows: Model<PartnerRequestRow>) {}

  async execute({ principal, filters }: ListStudiesDueQuery): Promise<StudiesDuePageDto> {
    const page = await keysetPage(this.rows, {
      list: 'needs-studies-due',
      filter: {
        tenantId: principal.tenantId,
        stage: filters.stage ?? { $in: [...DUE_STAGES] },
        ...(filters.serviceId ? { serviceId: filters.serviceId } : {}),
        ...instantRange('studyDeadline', undefined, filters.due),
      },
      sort: BY_DEADLINE,
      limit: filters.limit ?? 50,
      cursor: filters.cursor,
      filters: { ...filters },
    });
    return {
      items: page.rows.map((row) => ({
        partnerRequestId: row.partnerRequestId,
        stage: row.stage,
        partner: { kind: row.partnerKind, tenantId: row.partnerTenantId ?? null, name: { ar: row.partnerName.ar, en: row.partnerName.en } },
        serviceId: row.serviceId,
        regionId: row.regionId,
        studyDeadline: new Date(row.studyDeadline).toISOString(),
        remindersSent: row.remindersSent ?? [],
      })),
      nextCursor: page.nextCursor,
      total: page.total,
    };
  }
}
