import { InjectModel } from '@nestjs/mongoose';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { Model } from 'mongoose';
import { keysetPage, type SortKey } from '@athar/service-kit';
import { AllocationRoundRow } from '../projection/allocation-round-row.schema';
import type { AllocationRoundPageDto } from './list-allocation-rounds.dto';
import { ListAllocationRoundsQuery } from './list-allocation-rounds.query';

/** The latest close first; the round id breaks ties (docs/adr/0029). */
const LATEST_CLOSE_FIRST: readonly SortKey[] = [
  { field: 'closesAt', direction: -1, kind: 'date' },
  { field: 'roundId', direction: -1, kind: 'string' },
];

const iso = (date: Date | null | undefined): string | null => (date ? new Date(date).toISOString() : null);

@QueryHandler(ListAllocationRoundsQuery)
export class ListAllocationRoundsHandler implements IQueryHandler<ListAllocationRoundsQuery, AllocationRoundPageDto> {
  constructor(@InjectModel(AllocationRoundRow.name) private readonly rows: Model<AllocationRoundRow>) {}

  async execute({ principal, filters }: ListAllocationRoundsQuery): Promise<AllocationRoundPageDto> {
    const page = await keysetPage(this.rows, {
      list: 'allocation-rounds',
      filter: {
        tenantId: principal.tenantId,
        ...(filters.status ? { status: filters.status } : {}),
        ...(filters.serviceId ? { serviceId: filters.serviceId } : {}),
      },
      sort: LATEST_CLOSE_FIRST,
      limit: filters.limit ?? 50,
      cursor: filters.cursor,
      filters: { ...filters },
    });
    return {
      items: page.rows.map((row) => ({
        roundId: row.roundId,
        serviceId: row.serviceId,
        unit: row.unit,
        capacity: row.capacity,
        status: row.status,
        opensAt: iso(row.opensAt)!,
        closesAt: iso(row.closesAt)!,
        closedAt: iso(row.closedAt),
        requestCount: row.requestCount ?? null,
        allocated: row.allocated ?? null,
        approvedAt: iso(row.approvedAt),
      })),
      nextCursor: page.nextCursor,
      total: page.total,
    };
  }
}
