import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import type { RecordedEvent } from '@athar/contracts';
import { givenAttributes } from '@athar/domain-eligibility';
import { applyIfNewer, EventHandlers } from '@athar/service-kit';
import { Beneficiary } from './beneficiary.schema';

@Injectable()
export class BeneficiaryProjection implements OnModuleInit {
  constructor(
    private readonly handlers: EventHandlers,
    @InjectModel(Beneficiary.name) private readonly beneficiaries: Model<Beneficiary>,
  ) {}

  onModuleInit(): void {
    this.handlers.on('ApplicationSubmitted', async (event) => {
      const data = event.data;
      // The application's facts never change, so they are set whatever the order of arrival.
      await this.beneficiaries
        .updateOne(
          { _id: `${event.tenantId}:${data.caseId}` },
          {
            $set: {
              tenantId: event.tenantId,
              caseId: data.caseId,
              caseNumber: data.caseNumber,
              serviceId: data.serviceId,
              submittedAt: new Date(data.submittedAt),
              applicant: givenAttributes(data.applicant),
            },
            $setOnInsert: { lastPosition: 0 },
          },
          { upsert: true },
        )
        .exec();
    });
    // The committee's decisions come in order on the review stream; a later round may accept after a rejection.
    this.handlers.on('ApplicationAccepted', (event) => this.setCommitteeDecision(event, true));
    this.handlers.on('ApplicationRejected', (event) => this.setCommitteeDecision(event, false));
    this.handlers.on('EligibilityAssessed', (event) => this.apply(event, event.data.caseId, { outcome: event.data.outcome }));
    this.handlers.on('EligibilityOverridden', (event) => this.apply(event, event.data.caseId, { outcome: event.data.to, standing: null }));
    this.handlers.on('EligibilityReconfirmed', (event) => this.apply(event, (event.data as { caseId: string }).caseId, { standing: 'confirmed' }));
    this.handlers.on('EligibilityLapsed', (event) => this.apply(event, (event.data as { caseId: string }).caseId, { standing: 'lapsed' }));
  }

  private async setCommitteeDecision(event: RecordedEvent, accepted: boolean): Promise<void> {
    const { caseId } = event.data as { caseId: string };
    await this.beneficiaries
      .updateOne(
        { _id: `${event.tenantId}:${caseId}` },
        { $set: { tenantId: event.tenantId, caseId, accepted }, $setOnInsert: { lastPosition: 0 } },
        { upsert: true },
      )
      .exec();
  }

  /** Decisions and reviews come from one stream: the newest wins, a redelivery changes nothing. */
  private apply(event: RecordedEvent, caseId: string, fields: Partial<Beneficiary>): Promise<void> {
    return applyIfNewer(this.beneficiaries, `${event.tenantId}:${caseId}`, event.globalPosition, fields);
  }
}
