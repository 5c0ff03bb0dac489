import { Injectable } from '@nestjs/common';
import type { ReviewState } from '@athar/domain-committee-review';
import { EventWriter } from '@athar/service-kit';
import { reviewStateOf, reviewStreamId, type ReviewEventType } from '../review-stream';

/** A case's review as its stream says now, and the stream's revision (what If-Match expects). */
export interface ReviewSnapshot {
  state: ReviewState;
  revision: number;
}

/**
 * The one read port onto the review stream outside the command path. What reads it: a single review's
 * detail (GET /reviews/{caseId}: no projection holds the votes with their reasons and dates), the
 * committee queue's rebuild on each review event (the newest revision wins), and the reactors that need
 * the case's service when the event that woke them does not carry it (ReconsiderationRequested,
 * ApplicationAccepted). Nothing else in committee-review loads a stream to read.
 */
@Injectable()
export class ReviewReader {
  constructor(private readonly writer: EventWriter) {}

  /** The review, or null when the case has none (no stream). */
  async snapshot(tenantId: string, caseId: string): Promise<ReviewSnapshot | null> {
    const { history } = await this.writer.load<ReviewEventType>(reviewStreamId(tenantId, caseId));
    if (history.length === 0) return null;
    return { state: reviewStateOf(history), revision: history[history.length - 1].revision };
  }

  /** The service the case's review was opened for, or undefined when no review was opened. */
  async serviceOf(tenantId: string, caseId: string): Promise<string | undefined> {
    return (await this.snapshot(tenantId, caseId))?.state.serviceId;
  }
}
