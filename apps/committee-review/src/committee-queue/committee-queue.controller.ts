import { Controller, Get, Query } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags, ApiResponse } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import type { FilterQuery, Model } from 'mongoose';
import type { Principal } from '@athar/identity';
import { CurrentPrincipal, DueWindowQuery, instantRange, keysetPage, PageOf, Roles, type SortKey } from '@athar/service-kit';
import { CommitteeQueueEntry } from './committee-queue.schema';

const OPEN_STAGES = ['under-review', 'at-risk', 'deadline-breached'] as const;
/** The cases whose deadline is near or past: what operations watches (docs/adr/0029). */
const WATCHED_STAGES = ['at-risk', 'deadline-breached'] as const;
const SLUG = /^[a-z][a-z0-9-]{1,62}$/;

/** Nearest deadline first; the case id breaks ties (docs/adr/0029). */
const BY_DEADLINE: readonly SortKey[] = [
  { field: 'deadline', direction: 1, kind: 'date', nullable: true },
  { field: 'caseId', direction: 1, kind: 'string' },
];

class CommitteeFiltersQuery extends DueWindowQuery({ default: 50, max: 200 }) {
  @ApiPropertyOptional({ example: 'member-service', description: 'Only cases of this service' }) @IsOptional() @Matches(SLUG) serviceId?: string;
  @ApiPropertyOptional({ example: 'research-committee' }) @IsOptional() @Matches(SLUG) committeeId?: string;
}

export class CommitteeQueueQuery extends CommitteeFiltersQuery {
  @ApiPropertyOptional({
    enum: OPEN_STAGES,
    description: 'Only cases at this stage (default: every undecided case); at-risk and deadline-breached are the cases near or past their deadline',
  })
  @IsOptional()
  @IsIn(OPEN_STAGES)
  stage?: (typeof OPEN_STAGES)[number];
}

export class DeadlineWatchQuery extends CommitteeFiltersQuery {
  @ApiPropertyOptional({ enum: WATCHED_STAGES, description: 'Only at-risk or only breached cases (default: both)' })
  @IsOptional()
  @IsIn(WATCHED_STAGES)
  stage?: (typeof WATCHED_STAGES)[number];
}

/**
 * A case near or past its deadline with no personal data: no name, ID, mobile, case number (the
 * reference the applicant is given and quotes, so it is theirs: docs/adr/0029), vote or member.
 */
export class WatchedCaseDto {
  @ApiProperty({ description: "The case's internal id (not the applicant's case number)" }) caseId!: string;
  @ApiProperty({ nullable: true, type: String }) serviceId!: string | null;
  @ApiProperty({ nullable: true, type: String }) committeeId!: string | null;
  @ApiProperty({ nullable: true, type: Number }) round!: number | null;
  @ApiProperty({ enum: WATCHED_STAGES }) stage!: string;
  @ApiProperty({ nullable: true, type: String }) deadline!: string | null;
  @ApiProperty({ description: 'The deadline passed with no decision' }) breached!: boolean;
  @ApiProperty({ description: 'Escalated to the executive director' }) escalated!: boolean;
}
export class DeadlineWatchPageDto extends PageOf(WatchedCaseDto) {}

function filterOf(tenantId: string, query: CommitteeFiltersQuery & { stage?: string }, stages: readonly string[]): FilterQuery<CommitteeQueueEntry> {
  return {
    tenantId,
    stage: query.stage ?? { $in: [...stages] },
    ...(query.serviceId ? { serviceId: query.serviceId } : {}),
    ...(query.committeeId ? { committeeId: query.committeeId } : {}),
    ...instantRange('deadline', query.dueAfter, query.dueBefore),
  };
}

/** The committee's queue: undecided cases, nearest deadline first, with why they are eligible and which documents were verified. */
@ApiTags('committee')
@Controller('committee')
export class CommitteeQueueController {
  constructor(@InjectModel(CommitteeQueueEntry.name) private readonly queue: Model<CommitteeQueueEntry>) {}

  /** One page of the queue's rows in the given stages, nearest deadline first (docs/adr/0029). */
  private byDeadline(
    list: string,
    principal: Principal,
    query: CommitteeFiltersQuery & { stage?: string; limit?: number; cursor?: string },
    stages: readonly string[],
  ) {
    return keysetPage(this.queue, {
      list,
      filter: filterOf(principal.tenantId, query, stages),
      sort: BY_DEADLINE,
      limit: query.limit ?? 50,
      cursor: query.cursor,
      filters: { ...query },
    });
  }

  @Get('queue')
  @Roles('committee-member', 'committee-chair', 'executive-director', 'auditor')
  @ApiResponse({
    status: 200,
    description: 'Done',
    schema: {
      type: 'object',
      required: ['items', 'nextCursor', 'total'],
      properties: { items: { type: 'array', items: { type: 'object' } }, nextCursor: { type: 'string', nullable: true }, total: { type: 'integer' } },
    },
  })
  @ApiOperation({
    summary: "The tenant's undecided cases by deadline, with the eligibility explanation and verified documents; filtered, in keyset pages with a total.",
  })
  async list(@CurrentPrincipal() principal: Principal, @Query() query: CommitteeQueueQuery) {
    const { rows, nextCursor, total } = await this.byDeadline('committee-queue', principal, query, OPEN_STAGES);
    return {
      items: rows.map((row) => ({
        caseId: row.caseId,
        serviceId: row.serviceId,
        committeeId: row.committeeId,
        round: row.round,
        stage: row.stage,
        deadline: row.deadline ? new Date(row.deadline).toISOString() : null,
        remindersSent: row.remindersSent,
        escalated: row.escalated,
        votes: row.votes,
        recused: row.recused,
        quorumAttainable: row.quorumAttainable,
        eligibility: row.eligibility ?? null,
        verifiedDocuments: row.verifiedDocuments,
      })),
      nextCursor,
      total,
    };
  }

  /** Operations watch the deadlines without seeing whose case it is (their full view comes later). */
  @Get('deadlines')
  @Roles('operations', 'committee-member', 'committee-chair', 'executive-director', 'auditor')
  @ApiOperation({
    summary: 'Cases at risk of missing, or past, their review deadline, nearest deadline first, without personal data; filtered, in keyset pages with a total.',
  })
  @ApiOkResponse({ type: DeadlineWatchPageDto })
  async deadlines(@CurrentPrincipal() principal: Principal, @Query() query: DeadlineWatchQuery): Promise<DeadlineWatchPageDto> {
    const { rows, nextCursor, total } = await this.byDeadline('committee-deadlines', principal, query, WATCHED_STAGES);
    return {
      items: rows.map((row) => ({
        caseId: row.caseId,
        serviceId: row.serviceId ?? null,
        committeeId: row.committeeId ?? null,
        round: row.round ?? null,
        stage: String(row.stage),
        deadline: row.deadline ? new Date(row.deadline).toISOString() : null,
        breached: row.stage === 'deadline-breached',
        escalated: row.escalated,
      })),
      nextCursor,
      total,
    };
  }
}
