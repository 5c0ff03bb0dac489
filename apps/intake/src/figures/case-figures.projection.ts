import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import type { RecordedEvent } from '@athar/contracts';
import { EventHandlers } from '@athar/service-kit';
import { CaseFigure } from './case-figures.schema';

/**
 * The director's and the board's figures (case-figures.ts), kept by intake because it is the one
 * service that consumes every fact they need: its own drafts and submissions (the channel), and
 * eligibility's and committee-review's topics (assessment, review opened with its window, decision,
 * reconsideration, delivery). Each event sets only its own facts, and the same event sets the same
 * values again, so a redelivery or a replay from the start of the topics rebuilds the same rows.
 */
@Injectable()
export class CaseFiguresProjection implements OnModuleInit {
  constructor(
    private readonly handlers: EventHandlers,
    @InjectModel(CaseFigure.name) private readonly figures: Model<CaseFigure>,
  ) {}

  onModuleInit(): void {
    this.handlers.on('ApplicationDrafted', async (event) => {
      const d = event.data;
      const drafted = new Date(d.draftedAt);
      await this.set(event, d.caseId, { channel: d.channel, serviceId: d.serviceId, draftedAt: drafted, receivedAt: drafted });
    });
    this.handlers.on('ApplicationSubmitted', async (event) => {
      const s = event.data;
      const submitted = new Date(s.submittedAt);
      await this.set(event, s.caseId, { channel: s.channel, serviceId: s.serviceId, submittedAt: submitted });
      // Received when drafted; a request submitted in one step was received at its submission.
      await this.figures.updateOne({ _id: this.id(event, s.caseId), draftedAt: null }, { $set: { receivedAt: submitted } }).exec();
    });
    this.handlers.on('EligibilityAssessed', async (event) => {
      await this.set(event, event.data.caseId, { assessedAt: new Date(event.data.assessedAt) });
    });
    this.handlers.on('ReviewOpened', async (event) => {
      const r = event.data;
      await this.set(event, r.caseId, {
        reviewOpenedAt: new Date(r.openedAt),
        reviewDeadline: new Date(r.deadline),
        windowStart: new Date(r.submittedAt),
      });
    });
    this.handlers.on('ApplicationAccepted', (event) => this.decided(event, event.data.caseId, 'accepted', event.data.round, event.data.decidedAt));
    this.handlers.on('ApplicationRejected', (event) => this.decided(event, event.data.caseId, 'refused', event.data.round, event.data.decidedAt));
    this.handlers.on('ReconsiderationRequested', async (event) => {
      const { caseId, round } = event.data;
      await this.set(event, caseId, {});
      await this.figures
        .updateOne(
          { _id: this.id(event, caseId), $or: [{ reconsiderationRound: null }, { reconsiderationRound: { $lt: round } }] },
          { $set: { reconsiderationRound: round } },
        )
        .exec();
    });
    this.handlers.on('ServiceDeliveryOpened', async (event) => {
      await this.set(event, event.data.caseId, { deliveryOpenedAt: new Date(event.data.openedAt) });
    });
  }

  /** The decision of a round; a later round's stands over an earlier one's, whichever arrives last. */
  private async decided(event: RecordedEvent, caseId: string, decision: 'accepted' | 'refused', round: number, decidedAt: string): Promise<void> {
    await this.set(event, caseId, round === 1 ? { firstDecidedAt: new Date(decidedAt) } : {});
    await this.figures
      .updateOne(
        { _id: this.id(event, caseId), $or: [{ decisionRound: null }, { decisionRound: { $lte: round } }] },
        { $set: { decision, decisionRound: round } },
      )
      .exec();
  }

  private id(event: RecordedEvent, caseId: string): string {
    return `${event.tenantId}:${caseId}`;
  }

  /** Sets facts on the case's row, creating it; two topics creating it at once: the loser's upsert is retried as an update. */
  private async set(event: RecordedEvent, caseId: string, fields: Partial<CaseFigure>): Promise<void> {
    const write = () =>
      this.figures
        .updateOne(
          { _id: this.id(event, caseId) },
          { ...(Object.keys(fields).length > 0 ? { $set: fields } : {}), $setOnInsert: { tenantId: event.tenantId, caseId } },
          { upsert: true },
        )
        .exec();
    try {
      await write();
    } catch (error) {
      if ((error as { code?: number }).code !== 11000) throw error;
      await write();
    }
  }
}
