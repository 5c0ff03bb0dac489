import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import type { CaseScoped, RecordedEvent } from '@athar/contracts';
import type { CaseDocumentStatus } from '@athar/domain-committee-review';
import { applyIfNewer, EventHandlers } from '@athar/service-kit';
import { CaseDocument } from './case-document.schema';

/**
 * Where each of a case's documents stands in eligibility's review (Tuwaiq 6-2), from the integration
 * events committee-review already consumes: waiting, verified, rejected, or its task closed by the
 * decision. A later event of the same document wins; a redelivered one changes nothing.
 */
@Injectable()
export class CaseDocumentsProjection implements OnModuleInit {
  constructor(
    private readonly handlers: EventHandlers,
    @InjectModel(CaseDocument.name) private readonly documents: Model<CaseDocument>,
  ) {}

  onModuleInit(): void {
    const track = (type: 'DocumentVerified' | 'DocumentRejected' | 'DocumentVerificationClosed', status: CaseDocumentStatus['status']) =>
      this.handlers.on(type, (event) => this.apply(event, event.data, status));
    // A newly attached document waits for review. A re-verification of a verified one (expiring, periodic
    // review) is about continued eligibility: the document stays verified for the vote.
    this.handlers.on('DocumentVerificationRequested', async (event) => {
      const { data } = event;
      if (data.reason === 'attached') await this.apply(event, data, 'pending');
    });
    track('DocumentVerified', 'verified');
    track('DocumentRejected', 'rejected');
    track('DocumentVerificationClosed', 'closed');
  }

  private apply(event: RecordedEvent, data: CaseScoped & { documentId: string; documentType: string }, status: CaseDocumentStatus['status']): Promise<void> {
    return applyIfNewer(this.documents, `${event.tenantId}:${data.caseId}:${data.documentId}`, event.globalPosition, {
      tenantId: event.tenantId,
      caseId: data.caseId,
      documentId: data.documentId,
      documentType: data.documentType,
      status,
    });
  }

  async of(tenantId: string, caseId: string): Promise<CaseDocumentStatus[]> {
    const rows = await this.documents.find({ tenantId, caseId }).lean().exec();
    return rows.map((r) => ({ documentId: r.documentId, documentType: r.documentType, status: r.status }));
  }
}
