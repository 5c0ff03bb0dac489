import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import type { CaseScoped, RecordedEvent } from '@athar/contracts';
import { quorumAttainable, type ReviewState } from '@athar/domain-committee-review';
import { EventHandlers } from '@athar/service-kit';
import { TenantRegistry } from '@athar/tenancy';
import { votingRules } from '../committees/committee-rules';
import { ReviewReader } from '../reviews/read/review-reader';
import { CommitteeQueueEntry, type QueueDocument } from './committee-queue.schema';

/** Every event of the review stream changes what the committee sees. */
export const REVIEW_EVENT_TYPES = [
  'ReviewOpened',
  'ReviewReminderSent',
  'ReviewDeadlineBreached',
  'ReviewEscalated',
  'ConflictOfInterestDeclared',
  'VoteCast',
  'ApplicationAccepted',
  'ApplicationRejected',
  'ReconsiderationRequested',
] as const;

/**
 * The committee's queue. Review events rebuild the review part from the stream, read through
 * ReviewReader (the newest revision wins, so redelivered or reordered events change nothing); eligibility's events add the explanation
 * and the verified documents, whichever arrives first.
 */
@Injectable()
export class CommitteeQueueProjection implements OnModuleInit {
  constructor(
    private readonly handlers: EventHandlers,
    private readonly reviews: ReviewReader,
    private readonly tenants: TenantRegistry,
    @InjectModel(CommitteeQueueEntry.name) private readonly queue: Model<CommitteeQueueEntry>,
  ) {}

  onModuleInit(): void {
    for (const type of REVIEW_EVENT_TYPES) this.handlers.on(type, (event) => this.rebuildReview(event));
    // The eligibility explanation follows every decision on the case: assessed, overridden by a
    // researcher (why the committee has it), reconfirmed or lapsed at the periodic review.
    this.handlers.on('EligibilityAssessed', async (event) => {
      const a = event.data;
      // The assessment's own facts never change; the standing decision only if nothing newer was applied.
      await this.upsert(event.tenantId, a.caseId, {
        $set: {
          'eligibility.assessedOutcome': a.outcome,
          'eligibility.policyVersion': a.eligibilityPolicyVersion,
          'eligibility.criteria': a.criteria,
          'eligibility.assessedAt': a.assessedAt,
        },
      });
      await this.applyEligibility(event, a.caseId, { 'eligibility.outcome': a.outcome, 'eligibility.stage': `assessed-${a.outcome}` });
    });
    this.handlers.on('EligibilityOverridden', async (event) => {
      const o = event.data;
      await this.applyEligibility(event, o.caseId, {
        'eligibility.outcome': o.to,
        'eligibility.stage': `overridden-${o.to}`,
        'eligibility.override': { from: o.from, to: o.to, reason: o.reason, by: o.overriddenBy, at: o.overriddenAt },
      });
    });
    this.handlers.on('EligibilityReconfirmed', async (event) => {
      const r = event.data;
      await this.applyEligibility(event, r.caseId, {
        'eligibility.stage': 'reconfirmed',
        'eligibility.review': { result: 'reconfirmed', round: r.round, reviewedAt: r.reviewedAt, reasons: [] },
      });
    });
    this.handlers.on('EligibilityLapsed', async (event) => {
      const l = event.data;
      await this.applyEligibility(event, l.caseId, {
        'eligibility.stage': 'lapsed',
        'eligibility.review': { result: 'lapsed', round: l.round, reviewedAt: l.reviewedAt, reasons: l.reasons },
      });
    });
    // The documents as they stand (Tuwaiq 6-2): the latest fact about each document wins, so one
    // rejected after its verification leaves the list and one verified again is listed once.
    this.handlers.on('DocumentVerified', async (event) => {
      const d = event.data;
      await this.applyDocument(event, d.caseId, d.documentId, {
        documentId: d.documentId,
        documentType: d.documentType,
        method: d.method,
        verifiedAt: d.verifiedAt,
      });
    });
    this.handlers.on('DocumentRejected', async (event) => {
      const d = event.data;
      await this.applyDocument(event, d.caseId, d.documentId, null);
    });
  }

  /**
   * Applies a document's verification (or, null, its rejection) if this event is newer (global
   * position) than the last one applied to that document: its entry is removed, then, when verified,
   * added back with this verification. A redelivered or older event changes nothing.
   */
  private async applyDocument(event: RecordedEvent, caseId: string, documentId: string, verification: QueueDocument | null): Promise<void> {
    const id = `${event.tenantId}:${caseId}`;
    const position = Number(event.globalPosition);
    const key = `documentPositions.${/^[A-Za-z0-9_-]+$/.test(documentId) ? documentId : Buffer.from(documentId).toString('base64url')}`;
    await this.upsert(event.tenantId, caseId, {});
    // FerretDB's $pull takes exact values only: the document's entries as read are pulled by value. Its
    // events come from one eligibility stream, in order, so nothing adds an entry for it meanwhile.
    const row = await this.queue.findById(id, { verifiedDocuments: 1 }).lean().exec();
    const stale = (row?.verifiedDocuments ?? []).filter((d) => d.documentId === documentId);
    const claimed = await this.queue
      .updateOne(
        { _id: id, $or: [{ [key]: { $exists: false } }, { [key]: { $lt: position } }] },
        { $set: { [key]: position }, $pullAll: { verifiedDocuments: stale } },
      )
      .exec();
    if (claimed.matchedCount === 0 || !verification) return;
    await this.queue.updateOne({ _id: id, [key]: position }, { $push: { verifiedDocuments: verification } }).exec();
  }

  private async rebuildReview(event: RecordedEvent): Promise<void> {
    const caseId = (event.data as CaseScoped).caseId;
    const snapshot = await this.reviews.snapshot(event.tenantId, caseId);
    if (!snapshot || !this.tenants.find(event.tenantId)) return;
    const { state, revision } = snapshot;
    const rules = state.serviceId ? votingRules(this.tenants.get(event.tenantId), state.serviceId) : undefined;
    const stage = stageOf(state, this.tenants.get(event.tenantId).committeeReview.atRiskFromPercent);
    const review = {
      serviceId: state.serviceId,
      committeeId: rules?.committee.id,
      round: state.round,
      stage,
      deadline: state.deadline ? new Date(state.deadline) : undefined,
      remindersSent: state.remindedPercents,
      escalated: state.escalated,
      votes: state.votes.map((v) => ({ memberId: v.memberId, role: v.role, vote: v.vote, reasonId: v.reason.id })),
      recused: state.recused,
      quorumAttainable: rules ? quorumAttainable(rules.committee, state.recused) : true,
      reviewRevision: revision,
    };
    const id = `${event.tenantId}:${caseId}`;
    const updated = await this.queue.updateOne({ _id: id, reviewRevision: { $lt: revision } }, { $set: review }).exec();
    if (updated.matchedCount > 0) return;
    try {
      await this.queue.create({ _id: id, tenantId: event.tenantId, caseId, ...review });
    } catch (error) {
      if ((error as { code?: number }).code !== 11000) throw error;
      await this.queue.updateOne({ _id: id, reviewRevision: { $lt: revision } }, { $set: review }).exec();
    }
  }

  /**
   * Sets the standing decision only if this event is newer (global position) than the last one applied
   * to it, so a redelivered assessment cannot undo an override. Rows written before the guard existed
   * have no position yet and take any decision event.
   */
  private async applyEligibility(event: RecordedEvent, caseId: string, fields: Record<string, unknown>): Promise<void> {
    const id = `${event.tenantId}:${caseId}`;
    const position = Number(event.globalPosition);
    const update = { $set: { ...fields, eligibilityPosition: position } };
    if ((await this.queue.updateOne({ _id: id, eligibilityPosition: { $lt: position } }, update).exec()).matchedCount > 0) return;
    if ((await this.queue.updateOne({ _id: id, eligibilityPosition: { $exists: false } }, update).exec()).matchedCount > 0) return;
    try {
      await this.queue.create({ _id: id, tenantId: event.tenantId, caseId, reviewRevision: -1, eligibilityPosition: position });
    } catch (error) {
      if ((error as { code?: number }).code !== 11000) throw error;
    }
    await this.queue.updateOne({ _id: id, eligibilityPosition: { $lt: position } }, update).exec();
  }

  private async upsert(tenantId: string, caseId: string, update: Record<string, unknown>): Promise<void> {
    await this.queue
      .updateOne({ _id: `${tenantId}:${caseId}` }, { ...update, $setOnInsert: { tenantId, caseId, reviewRevision: -1 } }, { upsert: true })
      .exec();
  }
}

/** Where the case stands for the committee; at risk once reminded at or past the tenant's at-risk point. */
function stageOf(state: ReviewState, atRiskFromPercent: number): string {
  if (state.status !== 'open') return state.status;
  if (state.breached) return 'deadline-breached';
  return state.remindedPercents.some((p) => p >= atRiskFromPercent) ? 'at-risk' : 'under-review';
}
