import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import type { RecordedEvent } from '@athar/contracts';
import { providedFields } from '@athar/domain-intake';
import { applyIfNewer, CaseViews, EventHandlers, projectIntoCaseView } from '@athar/service-kit';
import { ApplicationListEntry, type ApplicationDecision } from './application-list.schema';

/** The applicant account behind an event, or null when staff (or a service) recorded it. */
const applicantAccount = (event: RecordedEvent): string | null => (event.actor.role === 'applicant' ? event.actor.id : null);

/**
 * Intake's views of an application, fed by its own events from Kafka: the case view (once submitted)
 * and the staff queue, drafts included with what their checklist is made of (field names and document
 * types, never the applicant's data).
 */
@Injectable()
export class ApplicationViewProjection implements OnModuleInit, OnApplicationBootstrap {
  private readonly logger = new Logger('ApplicationViewProjection');

  constructor(
    private readonly handlers: EventHandlers,
    private readonly views: CaseViews,
    @InjectModel(ApplicationListEntry.name) private readonly list: Model<ApplicationListEntry>,
  ) {}

  onModuleInit(): void {
    projectIntoCaseView(this.handlers, this.views, 'ApplicationSubmitted', (data) => ({
      stage: 'submitted',
      details: { serviceId: data.serviceId, channel: data.channel, submittedAt: data.submittedAt, expectedResponseBy: data.expectedResponseBy },
    }));
    this.handlers.on('ApplicationDrafted', async (event) => {
      const data = event.data;
      const id = `${event.tenantId}:${data.caseId}`;
      await applyIfNewer(this.list, id, event.globalPosition, {
        tenantId: event.tenantId,
        caseId: data.caseId,
        caseNumber: data.caseNumber,
        status: 'draft',
        channel: data.channel,
        serviceId: data.serviceId,
        createdAt: new Date(data.draftedAt),
        queuedAt: new Date(data.draftedAt),
        lastActivityAt: new Date(data.draftedAt),
        providedFields: providedFields(data.applicant),
      });
      await this.noteOwner(id, applicantAccount(event));
    });
    this.handlers.on('ApplicationDetailsUpdated', async (event) => {
      const data = event.data;
      await this.updateIfNewer(`${event.tenantId}:${data.caseId}`, event.globalPosition, {
        $set: { providedFields: providedFields(data.applicant), lastActivityAt: new Date(data.updatedAt) },
      });
    });
    this.handlers.on('DocumentAttached', async (event) => {
      const data = event.data;
      await this.updateIfNewer(`${event.tenantId}:${data.caseId}`, event.globalPosition, {
        $addToSet: { documents: data.documentType },
        $set: { lastActivityAt: new Date(data.attachedAt) },
      });
    });
    this.handlers.on('ApplicationSubmitted', async (event) => {
      const data = event.data;
      const id = `${event.tenantId}:${data.caseId}`;
      await applyIfNewer(this.list, id, event.globalPosition, {
        tenantId: event.tenantId,
        caseId: data.caseId,
        caseNumber: data.caseNumber,
        status: 'submitted',
        channel: data.channel,
        serviceId: data.serviceId,
        submittedAt: new Date(data.submittedAt),
        expectedResponseBy: new Date(data.expectedResponseBy),
        queuedAt: new Date(data.submittedAt),
        lastActivityAt: new Date(data.submittedAt),
      });
      // Submitted without a draft: the submitter opened it. After a draft, the draft's opener stays the owner.
      await this.noteOwner(id, applicantAccount(event));
    });
    // The committee's decision, as the applicant is told it (TellCommitteeDecisionReactor texts it; Tuwaiq 6-3, 6-4):
    // what the applicant's follow-up shows, with the reasons and until when a refusal may be reconsidered.
    this.handlers.on('ApplicationAccepted', async (event) => {
      const data = event.data;
      await this.decided(`${event.tenantId}:${data.caseId}`, {
        outcome: 'accepted',
        round: data.round,
        decidedAt: new Date(data.decidedAt),
        reasons: data.reasons.map((reason) => ({ ar: reason.text.ar, en: reason.text.en })),
        reconsiderationUntil: null,
      });
    });
    this.handlers.on('ApplicationRejected', async (event) => {
      const data = event.data;
      await this.decided(`${event.tenantId}:${data.caseId}`, {
        outcome: 'rejected',
        round: data.round,
        decidedAt: new Date(data.decidedAt),
        reasons: data.reasons.map((reason) => ({ ar: reason.text.ar, en: reason.text.en })),
        reconsiderationUntil: data.reconsiderationUntil ? new Date(data.reconsiderationUntil) : null,
      });
    });
    // A reconsideration asked for: the request is under review again, the earlier round's decision no longer its answer.
    this.handlers.on('ReconsiderationRequested', async (event) => {
      const data = event.data;
      const id = `${event.tenantId}:${data.caseId}`;
      await this.upsertOnce(
        id,
        { $or: [{ reconsiderationRound: { $exists: false } }, { reconsiderationRound: { $lt: data.round } }] },
        { reconsiderationRound: data.round },
      );
      await this.list.updateOne({ _id: id, 'decision.round': { $lt: data.round } } as never, { $unset: { decision: '' } }).exec();
    });
  }

  /**
   * A round's decision replaces an earlier round's, never the reverse, and a redelivery changes nothing.
   * The decision comes on committee-review's topic, intake's own events on intake's: in a replay it may come
   * before the row exists. It is then kept on a row with no tenant (listed nowhere) whose position lets
   * intake's events fill it in (applyIfNewer), the decision kept.
   */
  private decided(id: string, decision: ApplicationDecision): Promise<void> {
    return this.upsertOnce(
      id,
      {
        $and: [
          { $or: [{ decision: { $exists: false } }, { 'decision.round': { $lt: decision.round } }] },
          // a reconsideration asked for after this round: this decision is no longer the answer
          { $or: [{ reconsiderationRound: { $exists: false } }, { reconsiderationRound: { $lte: decision.round } }] },
        ],
      },
      { decision },
    );
  }

  private async upsertOnce(id: string, unless: Record<string, unknown>, set: Record<string, unknown>): Promise<void> {
    await this.list
      .updateOne({ _id: id, ...unless } as never, { $set: set, $setOnInsert: { lastPosition: -1 } } as never, { upsert: true })
      .exec()
      .catch((error: { code?: number }) => {
        // The row holds this round or a later one already: nothing to change.
        if (error.code !== 11000) throw error;
      });
  }

  /** Rows written before drafts were listed have no queuedAt: they are ordered by their submission. */
  async onApplicationBootstrap(): Promise<void> {
    const stale = await this.list
      .find({ queuedAt: { $exists: false } }, { _id: 1, submittedAt: 1 })
      .lean()
      .exec();
    for (const row of stale) {
      if (row.submittedAt) await this.list.updateOne({ _id: row._id, queuedAt: { $exists: false } }, { $set: { queuedAt: row.submittedAt } }).exec();
    }
    if (stale.length > 0) this.logger.log({ msg: 'ordered older queue rows by their submission', rows: stale.length });
  }

  /** The first event that opens the case names its owner; later ones (staff completing a draft) do not change it. */
  private async noteOwner(id: string, owner: string | null): Promise<void> {
    await this.list.updateOne({ _id: id, ownerUserId: { $exists: false } }, { $set: { ownerUserId: owner } }).exec();
  }

  /** Changes an existing row once per event (a redelivered or older event changes nothing). */
  private async updateIfNewer(id: string, position: string, update: Record<string, unknown>): Promise<void> {
    const pos = Number(position);
    const set = { ...((update.$set as Record<string, unknown> | undefined) ?? {}), lastPosition: pos };
    await this.list.updateOne({ _id: id, lastPosition: { $lt: pos } }, { ...update, $set: set } as never).exec();
  }
}
