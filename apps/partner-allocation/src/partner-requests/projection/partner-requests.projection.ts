import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import type { RecordedEvent } from '@athar/contracts';
import { EventHandlers } from '@athar/service-kit';
import { PartnerRequestReader } from '../read/partner-request-reader';
import { stageOf } from '../partner-request-stream';
import { PartnerRequestRow } from './partner-request-row.schema';

export const PARTNER_REQUEST_EVENT_TYPES = ['PartnerRequestSubmitted', 'NeedsStudyReminderSent', 'NeedsStudyDeadlineBreached', 'NeedsStudyCompleted'] as const;

/**
 * The lists' rows: every event of a request's stream rebuilds its row from the stream (the newest
 * revision wins, so a redelivered or reordered event changes nothing), without the contact.
 */
@Injectable()
export class PartnerRequestsProjection implements OnModuleInit {
  constructor(
    private readonly handlers: EventHandlers,
    private readonly reader: PartnerRequestReader,
    @InjectModel(PartnerRequestRow.name) private readonly rows: Model<PartnerRequestRow>,
  ) {}

  onModuleInit(): void {
    for (const type of PARTNER_REQUEST_EVENT_TYPES) this.handlers.on(type, (event) => this.rebuild(event));
  }

  private async rebuild(event: RecordedEvent): Promise<void> {
    const partnerRequestId = (event.data as { partnerRequestId: string }).partnerRequestId;
    const snapshot = await this.reader.snapshot(event.tenantId, partnerRequestId);
    if (!snapshot?.state.request) return;
    const { state, revision } = snapshot;
    const request = state.request!;
    const row = {
      tenantId: event.tenantId,
      partnerRequestId,
      partnerKind: request.partner.kind,
      partnerTenantId: request.partner.kind === 'tenant' ? request.partner.tenantId : null,
      partnerName: request.partner.name,
      serviceId: request.serviceId,
      regionId: request.region.regionId,
      governorateId: request.region.governorateId,
      expectedBeneficiaries: request.expectedBeneficiaries,
      stage: stageOf(state),
      submittedAt: new Date(request.submittedAt),
      studyDeadline: new Date(request.studyDeadline),
      remindersSent: state.remindedPercents,
      study: state.study
        ? {
            factors: state.study.factors,
            total: state.study.total,
            maxTotal: state.study.maxTotal,
            assessedBy: state.study.assessedBy,
            completedAt: state.study.completedAt,
            late: state.study.late,
          }
        : null,
      revision,
    };
    const id = `${event.tenantId}:${partnerRequestId}`;
    if ((await this.rows.updateOne({ _id: id, revision: { $lt: revision } }, { $set: row }).exec()).matchedCount > 0) return;
    try {
      await this.rows.create({ _id: id, ...row });
    } catch (error) {
      if ((error as { code?: number }).code !== 11000) throw error;
      await this.rows.updateOne({ _id: id, revision: { $lt: revision } }, { $set: row }).exec();
    }
  }
}
