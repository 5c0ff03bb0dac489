import { InjectModel } from '@nestjs/mongoose';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { Model } from 'mongoose';
import type { Bilingual } from '@athar/contracts';
import { keysetPage, type SortKey } from '@athar/service-kit';
import { PartnerRequestRow } from '../projection/partner-request-row.schema';
import type { MyPartnerRequestPageDto, PartnerRequestPageDto } from './list-partner-requests.dto';
import { ListMyPartnerRequestsQuery, ListPartnerRequestsQuery } from './list-partner-requests.query';

/** Newest first; the request id breaks ties (docs/adr/0029). */
const NEWEST_FIRST: readonly SortKey[] = [
  { field: 'submittedAt', direction: -1, kind: 'date' },
  { field: 'partnerRequestId', direction: -1, kind: 'string' },
];

@QueryHandler(ListPartnerRequestsQuery)
export class ListPartnerRequestsHandler implements IQueryHandler<ListPartnerRequestsQuery, PartnerRequestPageDto> {
  constructor(@InjectModel(PartnerRequestRow.name) private readonly rows: Model<PartnerRequestRow>) {}

  async execute({ principal, filters }: ListPartnerRequestsQuery): Promise<PartnerRequestPageDto> {
    const page = await keysetPage(this.rows, {
      list: 'partner-requests',
      filter: {
        tenantId: principal.tenantId,
        ...(filters.stage ? { stage: filters.stage } : {}),
        ...(filters.serviceId ? { serviceId: filters.serviceId } : {}),
        ...(filters.regionId ? { regionId: filters.regionId } : {}),
      },
      sort: NEWEST_FIRST,
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
        governorateId: row.governorateId,
        expectedBeneficiaries: row.expectedBeneficiaries,
        submittedAt: new Date(row.submittedAt).toISOString(),
        studyDeadline: new Date(row.studyDeadline).toISOString(),
        studyTotal: row.study ? row.study.total : null,
      })),
      nextCursor: page.nextCursor,
      total: page.total,
    };
  }
}

const STATUS: Record<string, Bilingual> = {
  'study-pending': { ar: 'قيد دراسة الاحتياج', en: 'Needs study under way' },
  'study-overdue': { ar: 'تأخرت دراسة الاحتياج عن موعدها', en: 'The needs study is past its due date' },
  studied: { ar: 'اكتملت دراسة الاحتياج، بانتظار جولة التوزيع', en: 'Needs study done; awaiting the allocation round' },
};

/**
 * The partner tenant's own requests, to whichever association: found by the partner tenant named in
 * the row, never by anything the caller sends (docs/adr/0038). No scores, no assessor.
 */
@QueryHandler(ListMyPartnerRequestsQuery)
export class ListMyPartnerRequestsHandler implements IQueryHandler<ListMyPartnerRequestsQuery, MyPartnerRequestPageDto> {
  constructor(@InjectModel(PartnerRequestRow.name) private readonly rows: Model<PartnerRequestRow>) {}

  async execute({ principal, filters }: ListMyPartnerRequestsQuery): Promise<MyPartnerRequestPageDto> {
    const page = await keysetPage(this.rows, {
      list: 'my-partner-requests',
      filter: { partnerTenantId: principal.tenantId, partnerKind: 'tenant' },
      sort: NEWEST_FIRST,
      limit: filters.limit ?? 50,
      cursor: filters.cursor,
      filters: { ...filters },
    });
    return {
      items: page.rows.map((row) => ({
        partnerRequestId: row.partnerRequestId,
        allocatingTenantId: row.tenantId,
        stage: row.stage,
        serviceId: row.serviceId,
        expectedBeneficiaries: row.expectedBeneficiaries,
        submittedAt: new Date(row.submittedAt).toISOString(),
        studyDeadline: new Date(row.studyDeadline).toISOString(),
        studyCompletedAt: row.study ? row.study.completedAt : null,
        status: STATUS[row.stage] ?? { ar: row.stage, en: row.stage },
      })),
      nextCursor: page.nextCursor,
      total: page.total,
    };
  }
}
