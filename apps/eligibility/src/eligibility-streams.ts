import { streamId, type EventType } from '@athar/contracts';
import {
  evolveAssessment,
  evolveDocuments,
  evolvePolicyReview,
  initialAssessmentState,
  initialPolicyReviewState,
  type AssessmentEventType,
  type AssessmentState,
  type CaseDocuments,
  type PolicyReviewState,
} from '@athar/domain-eligibility';
import type { Aggregate, EventWriter } from '@athar/service-kit';

/** A case's eligibility decision: assessed, overridden, reconfirmed or lapsed. */
export const assessmentStream = (tenantId: string, caseId: string): string => streamId('eligibility', 'assessment', tenantId, caseId);
/** A case's supporting documents: each verification task and its outcome. */
export const documentsStream = (tenantId: string, caseId: string): string => streamId('eligibility', 'documents', tenantId, caseId);
/** A tenant's eligibility policy: its yearly review reminders. */
export const policyStream = (tenantId: string): string => streamId('eligibility', 'policy', tenantId, tenantId);

export const assessmentAggregate: Aggregate<AssessmentState, AssessmentEventType> = {
  initialState: initialAssessmentState,
  evolve: evolveAssessment,
};

export type DocumentsEventType = 'DocumentVerificationRequested' | 'DocumentVerified' | 'DocumentRejected' | 'DocumentVerificationClosed';

/** A case's documents, and the events this stream has reacted to already (a redelivered cause finds its id here). */
export interface DocumentsStreamState {
  documents: CaseDocuments;
  reactedTo: ReadonlySet<string>;
}

export const documentsAggregate: Aggregate<DocumentsStreamState, DocumentsEventType> = {
  initialState: { documents: new Map(), reactedTo: new Set() },
  evolve: (state, event) => ({
    documents: evolveDocuments(state.documents, event),
    reactedTo: event.causationId ? new Set(state.reactedTo).add(event.causationId) : state.reactedTo,
  }),
};

export const policyAggregate: Aggregate<PolicyReviewState, 'EligibilityPolicyReviewDue'> = {
  initialState: initialPolicyReviewState,
  evolve: evolvePolicyReview,
};

/** Another stream's state, read as an input to a command (never written through here). */
export async function foldStream<State, K extends EventType>(writer: EventWriter, aggregate: Aggregate<State, K>, stream: string): Promise<State> {
  const { history } = await writer.load<K>(stream);
  return history.reduce((state, event) => aggregate.evolve(state, event), aggregate.initialState);
}
