import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import type { RecordedEvent } from '@athar/contracts';
import { EventHandlers } from '@athar/service-kit';
import { CaseMilestones } from './case-milestones.schema';

type MilestoneField = 'received' | 'submitted' | 'eligibilityDecided' | 'reviewOpened' | 'committeeDecided' | 'deliveryOpened' | 'deliveryEnded' | 'surveyed';

/**
 * The read model of process mining (docs/adr/0050): per case, the first instant of each milestone,
 * from the integration events of intake, eligibility, committee-review and feedback. Each milestone is
 * the earliest instant any of its events carries ($min), so a redelivery, a replay from the topics'
 * start or events in any order leave the same row; the query never scans the event store.
 */
@Injectable()
export class ProcessMiningProjection implements OnModuleInit {
  constructor(
    private readonly handlers: EventHandlers,
    @InjectModel(CaseMilestones.name) private readonly rows: Model<CaseMilestones>,
  ) {}

  onModuleInit(): void {
    this.handlers.on('ApplicationDrafted', async (event) => {
      const d = event.data;
      await this.reach(event, d.caseId, { received: d.draftedAt }, { caseNumber: d.caseNumber, channel: d.channel, serviceId: d.serviceId });
    });
    this.handlers.on('ApplicationSubmitted', async (event) => {
      const s = event.data;
      // Received when drafted; a request submitted in one step was received at its submission (the earlier wins).
      await this.reach(
        event,
        s.caseId,
        { received: s.submittedAt, submitted: s.submittedAt },
        { caseNumber: s.caseNumber, channel: s.channel, serviceId: s.serviceId },
      );
    });
    this.handlers.on('EligibilityAssessed', async (event) => {
      const a = event.data;
      await this.reach(event, a.caseId, { eligibilityDecided: a.assessedAt }, { notEligible: a.outcome !== 'eligible' });
    });
    this.handlers.on('ReviewOpened', (event) => this.reach(event, event.data.caseId, { reviewOpened: event.data.openedAt }, {}));
    this.handlers.on('ApplicationAccepted', (event) => this.decided(event, event.data.caseId, event.data.decidedAt, event.data.round, false));
    this.handlers.on('ApplicationRejected', (event) => this.decided(event, event.data.caseId, event.data.decidedAt, event.data.round, true));
    this.handlers.on('ServiceDeliveryOpened', (event) => this.reach(event, event.data.caseId, { deliveryOpened: event.data.openedAt }, {}));
    this.handlers.on('ServiceDeliveryEnded', (event) => this.reach(event, event.data.caseId, { deliveryEnded: event.data.endedAt }, {}));
    // a case's survey only (an inquiry's survey is about no case; docs/adr/0041)
    this.handlers.on('SatisfactionSurveyAnswered', async (event) => {
      if (event.data.subject.kind === 'case') await this.reach(event, event.data.subject.id, { surveyed: event.data.answeredAt }, {});
    });
  }

  /** The first decision is the milestone; the standing decision (latest round) says whether the path ended in a refusal. */
  private async decided(event: RecordedEvent, caseId: string, decidedAt: string, round: number, refused: boolean): Promise<void> {
    await this.reach(event, caseId, { committeeDecided: decidedAt }, {});
    await this.rows
      .updateOne(
        { _id: this.id(event, caseId), $or: [{ decisionRound: null }, { decisionRound: { $lte: round } }] },
        { $set: { refused, decisionRound: round } },
      )
      .exec();
  }

  private id(event: RecordedEvent, caseId: string): string {
    return `${event.tenantId}:${caseId}`;
  }

  /** Keeps the earliest instant of each milestone given, and the row's first and last instants; creates the row. */
  private async reach(
    event: RecordedEvent,
    caseId: string,
    milestones: Partial<Record<MilestoneField, string>>,
    facts: Partial<CaseMilestones>,
  ): Promise<void> {
    const instants = Object.values(milestones).map((at) => new Date(at).getTime());
    const min: Record<string, Date> = { firstAt: new Date(Math.min(...instants)) };
    for (const [field, at] of Object.entries(milestones)) min[field] = new Date(at);
    const write = () =>
      this.rows
        .updateOne(
          { _id: this.id(event, caseId) },
          {
            $min: min,
            $max: { lastAt: new Date(Math.max(...instants)) },
            ...(Object.keys(facts).length > 0 ? { $set: facts } : {}),
            $setOnInsert: { tenantId: event.tenantId, caseId },
          },
          { upsert: true },
        )
        .exec();
    try {
      await write();
    } catch (error) {
      // Two topics creating the row at once: the loser's upsert is retried as an update.
      if ((error as { code?: number }).code !== 11000) throw error;
      await write();
    }
  }
}
