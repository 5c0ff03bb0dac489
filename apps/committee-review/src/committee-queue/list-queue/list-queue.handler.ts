import { InjectModel } from '@nestjs/mongoose';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { Model } from 'mongoose';
import { queuePageByDeadline } from '../by-deadline';
import { OPEN_STAGES, type CommitteeQueueItemDto, type CommitteeQueuePageDto, type QueueEligibilityDto } from '../committee-queue.dto';
import { CommitteeQueueEntry } from '../committee-queue.schema';
import { ListQueueQuery } from './list-queue.query';

/** Reads the committee queue projection (CommitteeQueueProjection). */
@QueryHandler(ListQueueQuery)
export class ListQueueHandler implements IQueryHandler<ListQueueQuery, CommitteeQueuePageDto> {
  constructor(@InjectModel(CommitteeQueueEntry.name) private readonly queue: Model<CommitteeQueueEntry>) {}

  async execute({ principal, filters }: ListQueueQuery): Promise<CommitteeQueuePageDto> {
    const { rows, nextCursor, total } = await queuePageByDeadline(this.queue, 'committee-queue', principal.tenantId, filters, OPEN_STAGES);
    return { items: rows.map(toItem), nextCursor, total };
  }
}

const iso = (at: Date | string | undefined): string | null => (at ? new Date(at).toISOString() : null);

function toItem(row: CommitteeQueueEntry): CommitteeQueueItemDto {
  return {
    caseId: row.caseId,
    serviceId: row.serviceId ?? null,
    committeeId: row.committeeId ?? null,
    round: row.round ?? null,
    stage: String(row.stage),
    deadline: iso(row.deadline),
    remindersSent: row.remindersSent ?? [],
    escalated: row.escalated,
    votes: (row.votes ?? []).map((v) => ({ memberId: v.memberId, role: v.role, vote: v.vote, reasonId: v.reasonId })),
    recused: row.recused ?? [],
    quorumAttainable: row.quorumAttainable,
    eligibility: eligibilityOf(row.eligibility),
    verifiedDocuments: (row.verifiedDocuments ?? []).map((d) => ({
      documentId: d.documentId,
      documentType: d.documentType,
      method: d.method,
      verifiedAt: d.verifiedAt,
    })),
  };
}

/** The row's parts are written by different events: a part not applied yet is null, never absent. */
function eligibilityOf(e: CommitteeQueueEntry['eligibility']): QueueEligibilityDto | null {
  if (!e) return null;
  return {
    outcome: e.outcome ?? null,
    stage: e.stage ?? null,
    assessedOutcome: e.assessedOutcome ?? null,
    policyVersion: e.policyVersion ?? null,
    criteria: (e.criteria ?? []).map((c) => ({ criterionId: c.criterionId, met: c.met, reason: { ar: c.reason.ar, en: c.reason.en } })),
    assessedAt: e.assessedAt ?? null,
    override: e.override ? { from: e.override.from, to: e.override.to, reason: e.override.reason, by: e.override.by, at: e.override.at } : null,
    review: e.review
      ? {
          result: e.review.result,
          round: e.review.round,
          reviewedAt: e.review.reviewedAt,
          reasons: (e.review.reasons ?? []).map((r) => ({ ar: r.ar, en: r.en })),
        }
      : null,
  };
}
