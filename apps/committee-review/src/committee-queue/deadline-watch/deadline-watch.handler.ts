import { InjectModel } from '@nestjs/mongoose';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { Model } from 'mongoose';
import { queuePageByDeadline } from '../by-deadline';
import { WATCHED_STAGES, type DeadlineWatchPageDto } from '../committee-queue.dto';
import { CommitteeQueueEntry } from '../committee-queue.schema';
import { GetDeadlineWatchQuery } from './deadline-watch.query';

/** Reads the committee queue projection and leaves out every personal field (docs/adr/0029). */
@QueryHandler(GetDeadlineWatchQuery)
export class GetDeadlineWatchHandler implements IQueryHandler<GetDeadlineWatchQuery, DeadlineWatchPageDto> {
  constructor(@InjectModel(CommitteeQueueEntry.name) private readonly queue: Model<CommitteeQueueEntry>) {}

  async execute({ principal, filters }: GetDeadlineWatchQuery): Promise<DeadlineWatchPageDto> {
    const { rows, nextCursor, total } = await queuePageByDeadline(this.queue, 'committee-deadlines', principal.tenantId, filters, WATCHED_STAGES);
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
