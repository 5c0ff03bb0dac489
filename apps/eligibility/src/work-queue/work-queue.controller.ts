import { Controller, ForbiddenException, Get, Param, ParseEnumPipe, Query } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import type { Model } from 'mongoose';
import type { Principal } from '@athar/identity';
import { CurrentPrincipal, Roles } from '@athar/service-kit';
import { WorkItem } from './work-item.schema';

const QUEUE_ROLES = ['services-officer', 'social-researcher'] as const;
type QueueRole = (typeof QUEUE_ROLES)[number];
/** May look at any role's queue: to supervise, not to act. */
const SUPERVISORS = ['executive-director', 'tenant-admin', 'auditor'] as const;

export class WorkQueueQuery {
  @ApiPropertyOptional({ enum: ['open', 'done'], default: 'open' }) @IsOptional() @IsIn(['open', 'done']) status?: 'open' | 'done';
  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100) limit?: number;
  @ApiPropertyOptional({ minimum: 0, default: 0 }) @IsOptional() @Type(() => Number) @IsInt() @Min(0) @Max(100000) offset?: number;
}

export class WorkItemDto {
  @ApiProperty({ enum: ['document-verification', 'eligibility-lapsed'] }) kind!: string;
  @ApiProperty({ enum: QUEUE_ROLES }) role!: string;
  @ApiProperty({ enum: ['open', 'done'] }) status!: string;
  @ApiProperty() caseId!: string;
  @ApiPropertyOptional({ nullable: true, type: String }) documentId!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) documentType!: string | null;
  @ApiProperty({ description: 'attached, expiring, periodic-review' }) reason!: string;
  @ApiProperty({ description: 'Why a lapsed beneficiary needs follow-up (Arabic and English)' }) details!: Array<{ ar: string; en: string }>;
  @ApiProperty() openedAt!: string;
  @ApiPropertyOptional({ nullable: true, type: String }) dueBy!: string | null;
  @ApiPropertyOptional({ nullable: true, type: Object }) outcome!: WorkItem['outcome'];
}

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
  @ApiOperation({ summary: "A role's queue of verification and follow-up tasks: new documents first, oldest first; then expiring ones by due date." })
  @ApiOkResponse({ type: [WorkItemDto] })
  async list(
    @CurrentPrincipal() principal: Principal,
    @Param('role', new ParseEnumPipe(QUEUE_ROLES)) role: QueueRole,
    @Query() query: WorkQueueQuery,
  ): Promise<{ items: WorkItemDto[]; limit: number; offset: number }> {
    if (!principal.roles.some((r) => r === role || (SUPERVISORS as readonly string[]).includes(r))) {
      throw new ForbiddenException({ code: 'queue-of-another-role', message: { ar: 'هذه قائمة مهام دور آخر', en: "This is another role's queue" } });
    }
    const limit = query.limit ?? 20;
    const offset = query.offset ?? 0;
    const rows = await this.items
      .find({ tenantId: principal.tenantId, role, status: query.status ?? 'open' })
      .sort({ dueBy: 1, openedAt: 1, _id: 1 })
      .skip(offset)
      .limit(limit)
      .lean()
      .exec();
    return { items: rows.map(toDto), limit, offset };
  }
}
