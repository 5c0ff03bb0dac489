import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import type { RecordedEvent } from '@athar/contracts';
import { applyIfNewer, EventHandlers } from '@athar/service-kit';
import { WorkItem } from './work-item.schema';

const documentItem = (tenantId: string, caseId: string, documentId: string) => `${tenantId}:document-verification:${caseId}:${documentId}`;
const lapseItem = (tenantId: string, caseId: string) => `${tenantId}:eligibility-lapsed:${caseId}:-`;

/** The queues per role: opened by a task event, closed by its outcome. */
@Injectable()
export class WorkQueueProjection implements OnModuleInit {
  constructor(
    private readonly handlers: EventHandlers,
    @InjectModel(WorkItem.name) private readonly items: Model<WorkItem>,
  ) {}

  onModuleInit(): void {
    this.handlers.on('DocumentVerificationRequested', (event) => {
      const data = event.data;
      return this.apply(event, documentItem(event.tenantId, data.caseId, data.documentId), {
        tenantId: event.tenantId,
        kind: 'document-verification',
        role: data.role,
        status: 'open',
        caseId: data.caseId,
        documentId: data.documentId,
        documentType: data.documentType,
        reason: data.reason,
        details: [],
        openedAt: new Date(data.requestedAt),
        dueBy: data.dueBy ? new Date(data.dueBy) : null,
        outcome: null,
      });
    });
    this.handlers.on('DocumentVerified', (event) => {
      const data = event.data;
      return this.apply(event, documentItem(event.tenantId, data.caseId, data.documentId), {
        status: 'done',
        outcome: { decision: 'verified', by: data.verifiedBy, at: data.verifiedAt, method: data.method, validUntil: data.validUntil },
      });
    });
    this.handlers.on('DocumentRejected', (event) => {
      const data = event.data;
      return this.apply(event, documentItem(event.tenantId, data.caseId, data.documentId), {
        status: 'done',
        outcome: { decision: 'rejected', by: data.rejectedBy, at: data.rejectedAt, method: data.method, reason: data.reason },
      });
    });
    this.handlers.on('DocumentVerificationClosed', (event) => {
      const data = event.data;
      return this.apply(event, documentItem(event.tenantId, data.caseId, data.documentId), {
        status: 'done',
        details: [
          data.decision === 'accepted'
            ? { ar: 'أُغلقت المهمة: قبلت اللجنة الطلب', en: 'Closed: the committee accepted the request' }
            : { ar: 'أُغلقت المهمة: رفضت اللجنة الطلب', en: 'Closed: the committee rejected the request' },
        ],
        outcome: { decision: 'closed', by: 'committee-review', at: data.closedAt, reason: `${data.reason}:${data.decision}` },
      });
    });
    this.handlers.on('EligibilityLapsed', (event) => {
      const data = event.data;
      return this.apply(event, lapseItem(event.tenantId, data.caseId), {
        tenantId: event.tenantId,
        kind: 'eligibility-lapsed',
        role: 'social-researcher',
        status: 'open',
        caseId: data.caseId,
        documentId: null,
        documentType: null,
        reason: 'periodic-review',
        details: data.reasons,
        openedAt: new Date(data.reviewedAt),
        dueBy: null,
        outcome: null,
      });
    });
    this.handlers.on('EligibilityReconfirmed', async (event) => {
      const data = event.data;
      await this.closeLapse(event, data.caseId, { decision: 'reconfirmed', by: event.actor.id, at: data.reviewedAt });
    });
    this.handlers.on('EligibilityOverridden', async (event) => {
      const data = event.data;
      await this.closeLapse(event, data.caseId, { decision: `overridden-${data.to}`, by: data.overriddenBy, at: data.overriddenAt, reason: data.reason });
    });
  }

  /** A lapse follow-up is done once the beneficiary is reconfirmed or a researcher decides. */
  private async closeLapse(event: RecordedEvent, caseId: string, outcome: NonNullable<WorkItem['outcome']>): Promise<void> {
    const position = Number(event.globalPosition);
    await this.items
      .updateOne(
        { _id: lapseItem(event.tenantId, caseId), status: 'open', lastPosition: { $lt: position } },
        { $set: { status: 'done', outcome, lastPosition: position } },
      )
      .exec();
  }

  private apply(event: RecordedEvent, id: string, fields: Partial<WorkItem>): Promise<void> {
    return applyIfNewer(this.items, id, event.globalPosition, fields);
  }
}
