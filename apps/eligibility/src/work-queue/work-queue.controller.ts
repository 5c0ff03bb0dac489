import { Controller, ForbiddenException, Get, Param, ParseEnumPipe, Query } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional } from 'class-validator';
import type { Model } from 'mongoose';
import type { Principal } from '@athar/identity';
import { CurrentPrincipal, DueWindowQuery, instantRange, keysetPage, PageOf, Roles, type SortKey } from '@athar/service-kit';
import { WorkItem } from './work-item.schema';

const QUEUE_ROLES = ['services-officer', 'social-researcher'] as const;
type QueueRole = (typeof QUEUE_ROLES)[number];
/** May look at any role's queue: to supervise, not to act. */
const SUPERVISORS = ['executive-director', 'tenant-admin', 'auditor'] as const;

const KINDS = ['document-verification', 'eligibility-lapsed'] as const;

/** New tasks (no due date) first, oldest first; then expiring ones by due date; the row id breaks ties (docs/adr/0029). */
const SORT: readonly SortKey[] = [
  { field: 'dueBy', direction: 1, kind: 'date', nullable: true },
  { field: 'openedAt', direction: 1, kind: 'date' },
  { field: '_id', direction: 1, kind: 'string' },
];

export class WorkQueueQuery extends DueWindowQuery({ default: 20, max: 100 }) {
  @ApiPropertyOptional({ enum: ['open', 'done'], default: 'open' }) @IsOptional() @IsIn(['open', 'done']) status?: 'open' | 'done';
  @ApiPropertyOptional({ enum: KINDS, description: 'Only documents to verify, or only lapsed beneficiaries to follow up' })
  @IsOptional()
  @IsIn(KINDS)
  kind?: (typeof KINDS)[number];
  @ApiPropertyOptional({ description: 'Only tasks opened at or after this instant (ISO 8601)' }) @IsOptional() @IsISO8601({ strict: true }) openedFrom?: string;
  @ApiPropertyOptional({ description: 'Only tasks opened before this instant (ISO 8601)' }) @IsOptional() @IsISO8601({ strict: true }) openedTo?: string;
}

export class WorkItemDto {
  @ApiProperty({ enum: KINDS }) kind!: string;
  @ApiProperty({ enum: QUEUE_ROLES }) role!: string;
  @ApiProperty({ enum: ['open', 'done'] }) status!: string;
  @ApiProperty() caseId!: string;
  @ApiPropertyOptional({ nullable: true, type: String }) documentId!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) documentType!: string | null;
  @ApiProperty({ description: 'attached, expiring, periodic-review' }) reason!: string;
  @ApiProperty({
    description: 'Why a lapsed beneficiary needs follow-up (Arabic and English)',
    type: 'array',
    items: { type: 'object', required: ['ar', 'en'], properties: { ar: { type: 'string' }, en: { type: 'string' } } },
  })
  details!: Array<{ ar: string; en: string }>;
  @ApiProperty() openedAt!: string;
  @ApiPropertyOptional({ nullable: true, type: String }) dueBy!: string | null;
  @ApiPropertyOptional({ nullable: true, type: Object }) outcome!: WorkItem['outcome'];
}

export class WorkQueuePageDto extends PageOf(WorkItemDto) {}

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

/** A queue per role (Tuwaiq 6-2, 6-4): the services officer's and the social researcher's. */
@ApiTags('work queues')
@Controller('work-queues')
export class WorkQueueController {
  constructor(@InjectModel(WorkItem.name) private readonly items: Model<WorkItem>) {}

  @Get(':role')
  @Roles(...QUEUE_ROLES, ...SUPERVISORS)
  @ApiOperation({
    summary:
      "A role's queue of verification and follow-up tasks: new documents first, oldest first; then expiring ones by due date; filtered, in keyset pages with a total.",
  })
  @ApiOkResponse({ type: WorkQueuePageDto })
  async list(
    @CurrentPrincipal() principal: Principal,
    @Param('role', new ParseEnumPipe(QUEUE_ROLES)) role: QueueRole,
    @Query() query: WorkQueueQuery,
  ): Promise<WorkQueuePageDto> {
    if (!principal.roles.some((r) => r === role || (SUPERVISORS as readonly string[]).includes(r))) {
      throw new ForbiddenException({ code: 'queue-of-another-role', message: { ar: 'هذه قائمة مهام دور آخر', en: "This is another role's queue" } });
    }
    const { rows, nextCursor, total } = await keysetPage(this.items, {
      list: `work-queue:${role}`,
      filter: {
        tenantId: principal.tenantId,
        role,
        status: query.status ?? 'open',
        ...(query.kind ? { kind: query.kind } : {}),
        ...instantRange('dueBy', query.dueAfter, query.dueBefore),
        ...instantRange('openedAt', query.openedFrom, query.openedTo),
      },
      sort: SORT,
      limit: query.limit ?? 20,
      cursor: query.cursor,
      filters: { ...query, status: query.status ?? 'open' },
    });
    return { items: rows.map(toDto), nextCursor, total };
  }
}
