import { Controller, Get, Query } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import type { Model } from 'mongoose';
import type { Principal } from '@athar/identity';
import { CurrentPrincipal, Roles } from '@athar/service-kit';
import { CommitteeQueueEntry } from './committee-queue.schema';

const OPEN_STAGES = ['under-review', 'at-risk', 'deadline-breached'] as const;

export class CommitteeQueueQuery {
  @ApiPropertyOptional({ enum: OPEN_STAGES, description: 'Only cases at this stage (default: every undecided case)' })
  @IsOptional()
  @IsIn(OPEN_STAGES)
  stage?: (typeof OPEN_STAGES)[number];
  @ApiPropertyOptional({ example: 'research-committee' }) @IsOptional() @Matches(/^[a-z][a-z0-9-]{1,62}$/) committeeId?: string;
  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200) limit?: number;
}

/** The committee's queue (issue 5): undecided cases, nearest deadline first, with why they are eligible and which documents were verified. */
@ApiTags('committee')
@Controller('committee/queue')
export class CommitteeQueueController {
  constructor(@InjectModel(CommitteeQueueEntry.name) private readonly queue: Model<CommitteeQueueEntry>) {}

  @Get()
  @Roles('committee-member', 'committee-chair', 'executive-director', 'auditor')
  @ApiOperation({ summary: "The tenant's undecided cases ordered by deadline, with the eligibility explanation and verified documents." })
  async list(@CurrentPrincipal() principal: Principal, @Query() query: CommitteeQueueQuery) {
    const rows = await this.queue
      .find({
        tenantId: principal.tenantId,
        stage: query.stage ?? { $in: [...OPEN_STAGES] },
        ...(query.committeeId ? { committeeId: query.committeeId } : {}),
      })
      .sort({ deadline: 1, caseId: 1 })
      .limit(query.limit ?? 50)
      .lean()
      .exec();
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
    };
  }
}
