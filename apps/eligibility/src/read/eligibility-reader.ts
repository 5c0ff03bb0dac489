import { Injectable } from '@nestjs/common';
import type { EligibilityPolicyReviewDueV1, RecordedEvent, RecordedEventOf } from '@athar/contracts';
import { EventWriter } from '@athar/service-kit';
import { assessmentStream, documentsAggregate, documentsStream, foldStream, policyStream, type DocumentsStreamState } from '../eligibility-streams';

/**
 * The one read port onto eligibility's streams outside the command path. What reads it: the case view's
 * rebuild (AssessmentViewProjection: the case's two streams, whatever order the events arrive in) and
 * the policy in force's yearly reviews (GET /eligibility/policy: only the policy stream holds them),
 * and the documents attached to a case when its submission is assessed (AssessOnSubmissionReactor:
 * ApplicationSubmitted does not carry them, and their events came first on the same partition).
 * Nothing else in eligibility loads a stream to read.
 */
@Injectable()
export class EligibilityReader {
  constructor(private readonly writer: EventWriter) {}

  /** A case's assessment and documents streams as they stand (empty histories when there are none). */
  async caseStreams(tenantId: string, caseId: string): Promise<{ assessment: RecordedEvent[]; documents: RecordedEvent[] }> {
    const [assessment, documents] = await Promise.all([
      this.writer.load(assessmentStream(tenantId, caseId)),
      this.writer.load(documentsStream(tenantId, caseId)),
    ]);
    return { assessment: assessment.history, documents: documents.history };
  }

  /** The yearly reviews (Tuwaiq 6-4) a policy version has been due for, oldest first. */
  async reviewsDue(tenantId: string, version: number): Promise<EligibilityPolicyReviewDueV1[]> {
    const { history } = await this.writer.load(policyStream(tenantId));
    return history
      .filter((e): e is RecordedEventOf<'EligibilityPolicyReviewDue'> => e.type === 'EligibilityPolicyReviewDue' && e.data.eligibilityPolicyVersion === version)
      .map((e) => e.data);
  }

  /** A case's documents as its documents stream says now. */
  async caseDocuments(tenantId: string, caseId: string): Promise<DocumentsStreamState['documents']> {
    return (await foldStream(this.writer, documentsAggregate, documentsStream(tenantId, caseId))).documents;
  }
}
