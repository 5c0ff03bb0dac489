import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { Bilingual } from '@athar/contracts';

export interface QueueCriterion {
  criterionId: string;
  met: boolean;
  reason: Bilingual;
}

export interface QueueDocument {
  documentId: string;
  documentType: string;
  method: string;
  verifiedAt: string;
}

export interface QueueVote {
  memberId: string;
  role: string;
  vote: string;
  reasonId: string;
}

/**
 * One case as the committee sees it: the review's state (rebuilt from the review stream on each of its
 * events), the eligibility explanation and the verified documents (from eligibility's events).
 */
@Schema({ collection: 'committee_queue', versionKey: false })
export class CommitteeQueueEntry {
  /** `${tenantId}:${caseId}` */
  @Prop({ type: String, required: true }) _id!: string;
  @Prop({ required: true, index: true }) tenantId!: string;
  @Prop({ required: true }) caseId!: string;
  @Prop() serviceId?: string;
  @Prop() committeeId?: string;
  @Prop() round?: number;
  /** under-review, at-risk, deadline-breached, accepted, rejected; absent until the review opens. */
  @Prop({ index: true }) stage?: string;
  @Prop() deadline?: Date;
  @Prop({ type: [Number], default: [] }) remindersSent!: number[];
  @Prop({ default: false }) escalated!: boolean;
  @Prop({ type: [Object], default: [] }) votes!: QueueVote[];
  @Prop({ type: [String], default: [] }) recused!: string[];
  @Prop({ default: true }) quorumAttainable!: boolean;
  /** Revision of the review stream last applied. */
  @Prop({ default: -1 }) reviewRevision!: number;
  /**
   * Why the case is (or is not) eligible, as it stands: the assessment and, when a researcher replaced
   * it, the override (who, why, when); the latest periodic review. `stage` as in eligibility's case view.
   */
  @Prop({ type: Object }) eligibility?: {
    outcome: string;
    stage: string;
    assessedOutcome: string;
    policyVersion: number | null;
    criteria: QueueCriterion[];
    assessedAt: string;
    override?: { from: string; to: string; reason: string; by: string; at: string };
    review?: { result: 'reconfirmed' | 'lapsed'; round: string; reviewedAt: string; reasons: Bilingual[] };
  };
  /** Global position of the last eligibility decision applied (assessed, overridden, reconfirmed, lapsed). */
  @Prop({ type: Number }) eligibilityPosition?: number;
  @Prop({ type: [Object], default: [] }) verifiedDocuments!: QueueDocument[];
  /** Per document id, the global position of the last verification or rejection applied (the latest fact wins). */
  @Prop({ type: Object }) documentPositions?: Record<string, number>;
}
export const CommitteeQueueEntrySchema = SchemaFactory.createForClass(CommitteeQueueEntry);
CommitteeQueueEntrySchema.index({ tenantId: 1, stage: 1, deadline: 1 });
/** The keyset order of the queue (docs/adr/0029). */
CommitteeQueueEntrySchema.index({ tenantId: 1, deadline: 1, caseId: 1 });
