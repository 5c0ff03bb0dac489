import { ForbiddenException } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { Model } from 'mongoose';
import { instantRange, keysetPage, type SortKey } from '@athar/service-kit';
import { WorkItem } from '../work-item.schema';
import { SUPERVISORS, type WorkItemDto, type WorkQueuePageDto } from '../work-queue.dto';
import { ListWorkQueueQuery } from './list-work-queue.query';

/** New tasks (no due date) first, oldest first; then expiring ones by due date; the row id breaks ties (docs/adr/0029). */
const SORT: readonly SortKey[] = [
  { field: 'dueBy', direction: 1, kind: 'date', nullable: true },
  { field: 'openedAt', direction: 1, kind: 'date' },
  { field: '_id', direction: 1, kind: 'string' },
];

const toDto = (row: WorkItem): WorkItemDto => ({
  kind: row.kind,
  role: row.role,
  status: row.status,
  caseId: row.caseId,
  documentId: row.documentId ?? null,
  documentType: row.documentType ?? null,
  reason: row.reason,
  details: row.details ?? [],
  openedAt: new Date(row.openedAt).toISOString(),
  dueBy: row.dueBy ? new Date(row.dueBy).toISOString() : null,
  outcome: row.outcome ?? null,
});

/** Reads the work queue projection (WorkQueueProjection); a role sees its own queue, supervisors any (Tuwaiq 6-2, 6-4). */
@QueryHandler(ListWorkQueueQuery)
export class ListWorkQueueHandler implements IQueryHandler<ListWorkQueueQuery, WorkQueuePageDto> {
  constructor(@InjectModel(WorkItem.name) private readonly items: Model<WorkItem>) {}

  async execute({ principal, role, filters }: ListWorkQueueQuery): Promise<WorkQueuePageDto> {
    if (!principal.roles.some((r) => r === role || (SUPERVISORS as readonly string[]).includes(r))) {
      throw new ForbiddenException({ code: 'queue-of-another-role', message: { ar: 'هذه قائمة مهام دور آخر', en: "This is another role's queue" } });
    }
    const { rows, nextCursor, total } = await keysetPage(this.items, {
      list: `work-queue:${role}`,
      filter: {
        tenantId: principal.tenantId,
        role,
        status: filters.status ?? 'open',
        ...(filters.kind ? { kind: filters.kind } : {}),
        ...instantRange('dueBy', filters.dueAfter, filters.dueBefore),
        ...instantRange('openedAt', filters.openedFrom, filters.openedTo),
      },
      sort: SORT,
      limit: filters.limit ?? 20,
      cursor: filters.cursor,
      filters: { ...filters, status: filters.status ?? 'open' },
    });
    return { items: rows.map(toDto), nextCursor, total };
  }
}
