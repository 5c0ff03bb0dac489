import { InjectModel } from '@nestjs/mongoose';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { Model } from 'mongoose';
import { keysetPage, type SortKey } from '@athar/service-kit';
import { myRoundLine } from '../get-allocation-round/get-allocation-round.handler';
import { AllocationRoundRow } from '../projection/allocation-round-row.schema';
import { AllocationRoundReader } from '../read/allocation-round-reader';
import type { MyAllocationRoundItemDto, MyAllocationRoundPageDto } from './list-my-allocation-rounds.dto';
import { ListMyAllocationRoundsQuery } from './list-my-allocation-rounds.query';

/** The latest close first; the round id breaks ties (docs/adr/0029). */
const LATEST_CLOSE_FIRST: readonly SortKey[] = [
  { field: 'closesAt', direction: -1, kind: 'date' },
  { field: 'roundId', direction: -1, kind: 'string' },
];

/**
 * The rounds, at any association, whose proposal holds a request of the caller's tenant (ADR 0038: the
 * filter is the token's tenant only). Each item is the partner's own line read from the round's stream,
 * as `my-allocation` answers it: no other partner's request, name or score, the share, rank and reasons
 * once approved.
 */
@QueryHandler(ListMyAllocationRoundsQuery)
export class ListMyAllocationRoundsHandler implements IQueryHandler<ListMyAllocationRoundsQuery, MyAllocationRoundPageDto> {
  constructor(
    @InjectModel(AllocationRoundRow.name) private readonly rows: Model<AllocationRoundRow>,
    private readonly reader: AllocationRoundReader,
  ) {}

  async execute({ principal, filters }: ListMyAllocationRoundsQuery): Promise<MyAllocationRoundPageDto> {
    const page = await keysetPage(this.rows, {
      list: 'my-allocation-rounds',
      filter: {
        partnerTenantIds: principal.tenantId,
        ...(filters.allocatingTenantId ? { tenantId: filters.allocatingTenantId } : {}),
        ...(filters.status ? { status: filters.status } : {}),
      },
      sort: LATEST_CLOSE_FIRST,
      limit: filters.limit ?? 20,
      cursor: filters.cursor,
      filters: { ...filters },
    });
    const items: MyAllocationRoundItemDto[] = [];
    for (const row of page.rows) {
      const snapshot = await this.reader.snapshot(row.tenantId, row.roundId);
      const line = snapshot ? myRoundLine(snapshot.state, row.tenantId, row.roundId, principal.tenantId) : null;
      if (line) items.push(line);
    }
    return { items, nextCursor: page.nextCursor, total: page.total };
  }
}
