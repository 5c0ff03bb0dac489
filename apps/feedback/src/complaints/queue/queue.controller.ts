import { Controller, Get, Param, Query } from '@nestjs/common';
import { IQueryHandler, Query as CqrsQuery, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { InjectModel } from '@nestjs/mongoose';
import { ApiExtraModels, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Model } from 'mongoose';
import { complaintNotFound, complaintVisibilityFilter, maySeeComplaint } from '@athar/domain-feedback';
import type { Principal } from '@athar/identity';
import { CurrentPrincipal, keysetPage, ParseIdPipe, Roles, type SortKey } from '@athar/service-kit';
import { BilingualDto } from '../complaint.dto';
import { ComplaintReader } from '../complaint-stream';
import { ComplaintRow } from '../projection/complaint-row.schema';
import { complaintRowFrom } from '../projection/complaints.projection';
import { ComplaintDetailDto, ComplaintItemDto, ComplaintQueuePageDto, ComplaintQueueQuery } from './queue.dto';

const QUEUE_ROLES = ['relations-officer', 'social-researcher', 'services-officer', 'executive-director'] as const;
const BY_DEADLINE: readonly SortKey[] = [
  { field: 'resolveBy', direction: 1, kind: 'date' },
  { field: 'complaintId', direction: 1, kind: 'string' },
];

export class ListComplaintsQuery extends CqrsQuery<ComplaintQueuePageDto> {
  constructor(
    readonly principal: Principal,
    readonly filters: ComplaintQueueQuery,
  ) {
    super();
  }
}
export class GetComplaintQuery extends CqrsQuery<ComplaintDetailDto> {
  constructor(
    readonly principal: Principal,
    readonly complaintId: string,
  ) {
    super();
  }
}

export const complaintItem = (row: Omit<ComplaintRow, '_id'>): ComplaintItemDto => ({
  complaintId: row.complaintId,
  reference: row.reference,
  channel: row.channel,
  categoryId: row.categoryId,
  priority: row.priority,
  routing: row.routing,
  concernsKind: row.concernsKind,
  concernsId: row.concernsId ?? null,
  serviceId: row.serviceId ?? null,
  anonymous: row.anonymous,
  status: row.status,
  serviceLevel: row.serviceLevel,
  assignee: row.assignee ?? null,
  round: row.round,
  filedAt: new Date(row.filedAt).toISOString(),
  resolveBy: new Date(row.resolveBy).toISOString(),
  resolvedAt: row.resolvedAt ? new Date(row.resolvedAt).toISOString() : null,
  escalated: row.escalated,
  issueId: row.issueId ?? null,
  rating: row.rating ?? null,
});

/** The queues: only what the caller may see (a safeguarding complaint never in a general list; docs/adr/0042). */
@QueryHandler(ListComplaintsQuery)
export class ListComplaintsHandler implements IQueryHandler<ListComplaintsQuery, ComplaintQueuePageDto> {
  constructor(@InjectModel(ComplaintRow.name) private readonly rows: Model<ComplaintRow>) {}

  async execute({ principal, filters }: ListComplaintsQuery): Promise<ComplaintQueuePageDto> {
    const view = filters.view ?? 'all';
    const filter: Record<string, unknown> = {
      tenantId: principal.tenantId,
      ...complaintVisibilityFilter(principal),
      ...(view === 'mine' ? { assignee: principal.userId } : {}),
      ...(view === 'breached' ? { serviceLevel: 'breached' } : {}),
      ...(view === 'escalated' ? { escalated: true, status: { $nin: ['resolved', 'closed'] } } : {}),
      ...(filters.priority ? { priority: filters.priority } : {}),
      ...(filters.status ? { status: filters.status } : {}),
      ...(filters.categoryId ? { categoryId: filters.categoryId } : {}),
      ...(filters.serviceId ? { serviceId: filters.serviceId } : {}),
    };
    const page = await keysetPage(this.rows, {
      list: 'complaints',
      filter,
      sort: BY_DEADLINE,
      limit: filters.limit ?? 50,
      cursor: filters.cursor,
      filters: { ...filters },
    });
    return { items: page.rows.map(complaintItem), nextCursor: page.nextCursor, total: page.total };
  }
}

/**
 * One complaint, read from its stream alone: status, service level, assignee, words, answer and
 * `revision` are all as of the same event (the revision of the last event read; the queue's row may lag
 * behind it, so it is not mixed in). No ETag: the lifecycle commands take no expected revision.
 */
@QueryHandler(GetComplaintQuery)
export class GetComplaintHandler implements IQueryHandler<GetComplaintQuery, ComplaintDetailDto> {
  constructor(private readonly reader: ComplaintReader) {}

  async execute({ principal, complaintId }: GetComplaintQuery): Promise<ComplaintDetailDto> {
    const snapshot = await this.reader.complaint(principal.tenantId, complaintId);
    const filed = snapshot?.state.filed;
    if (!snapshot || !filed || !snapshot.state.resolveBy) throw complaintNotFound();
    const { state, revision } = snapshot;
    const row = complaintRowFrom(principal.tenantId, complaintId, state, revision, Date.now());
    if (!maySeeComplaint(principal, { routing: row.routing as never, concernedStaffId: row.concernedStaffId })) throw complaintNotFound();
    return {
      ...complaintItem(row),
      text: filed.text,
      response: state.response,
      reachableBySms: Boolean(filed.complainant?.mobile),
      revision,
    };
  }
}

@ApiTags('complaints')
@ApiExtraModels(BilingualDto)
@Controller('complaints')
export class ComplaintQueueController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @Roles(...QUEUE_ROLES)
  @ApiOperation({
    summary:
      'Complaints the caller may see, nearest resolution deadline first: `view` mine, breached or escalated; filters by priority, status, category and service; keyset pages with a total.',
  })
  @ApiOkResponse({ type: ComplaintQueuePageDto })
  list(@CurrentPrincipal() principal: Principal, @Query() query: ComplaintQueueQuery): Promise<ComplaintQueuePageDto> {
    return this.queries.execute(new ListComplaintsQuery(principal, query));
  }

  @Get(':complaintId')
  @Roles(...QUEUE_ROLES)
  @ApiOperation({ summary: 'One complaint with its words and answer (never the complainant’s contact)' })
  @ApiOkResponse({ type: ComplaintDetailDto })
  @ApiNotFoundResponse({ description: 'No such complaint, or one the caller may not see' })
  get(@CurrentPrincipal() principal: Principal, @Param('complaintId', ParseIdPipe) complaintId: string): Promise<ComplaintDetailDto> {
    return this.queries.execute(new GetComplaintQuery(principal, complaintId));
  }
}
