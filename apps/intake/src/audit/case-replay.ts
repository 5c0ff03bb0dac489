import { streamId, type BoundedContext, type RecordedEvent } from '@athar/contracts';
import {
  evolveReview,
  evolveServiceDelivery,
  initialReviewState,
  initialServiceDeliveryState,
  type ReviewEvent,
  type ReviewState,
  type ServiceDeliveryEvent,
  type ServiceDeliveryState,
} from '@athar/domain-committee-review';
import {
  evolveAssessment,
  evolveDocuments,
  initialAssessmentState,
  type AssessmentState,
  type CaseDocuments,
  type DocumentState,
} from '@athar/domain-eligibility';
import { evolveApplication, initialApplicationState, type ApplicationState, type ApplicationStreamEvent } from '@athar/domain-intake';

/**
 * Every stream a case id names, per service (docs/auditors-guide.md): the replay reads these, read-only,
 * from the one event store the five services share (ADR 0044).
 */
export const CASE_STREAMS: ReadonlyArray<{ context: BoundedContext; aggregate: string }> = [
  { context: 'intake', aggregate: 'application' },
  { context: 'intake', aggregate: 'record-reads' },
  { context: 'eligibility', aggregate: 'assessment' },
  { context: 'eligibility', aggregate: 'documents' },
  { context: 'committee-review', aggregate: 'review' },
  { context: 'committee-review', aggregate: 'delivery' },
  { context: 'partner-allocation', aggregate: 'demand' },
  { context: 'feedback', aggregate: 'file' },
];

export const caseStreamIds = (tenantId: string, caseId: string): string[] => CASE_STREAMS.map((s) => streamId(s.context, s.aggregate, tenantId, caseId));

/** The service that owns a stream: its id's first segment. */
export const serviceOf = (stream: string): string => stream.split('.')[0];

/**
 * The events the platform had recorded at `asOf` (their `recordedAt`, not when they say they occurred:
 * what the platform knew then), in the store's global order. Positions are compared as BigInt.
 */
export function eventsAsOf<E extends Pick<RecordedEvent, 'recordedAt' | 'globalPosition'>>(events: readonly E[], asOf: Date): E[] {
  const at = asOf.getTime();
  return events
    .filter((e) => Date.parse(e.recordedAt) <= at)
    .sort((a, b) => {
      const [x, y] = [BigInt(a.globalPosition), BigInt(b.globalPosition)];
      return x < y ? -1 : x > y ? 1 : 0;
    });
}

/** One fact recorded once per case (partner-allocation's demand, feedback's file): whether it is, and its data. */
export interface OneFact {
  recorded: boolean;
  data: Record<string, unknown> | null;
}

/** Each service's state of the case, folded by the services' own `evolve` functions (libs/domain/*). */
export interface CaseStateAsOf {
  intake: { application: ApplicationState; erasedAt: string | null };
  eligibility: {
    assessment: Omit<AssessmentState, 'reviewedRounds'> & { reviewedRounds: string[] };
    /** The recorded decision as made (EligibilityAssessed), and every override of it since. */
    decision: Record<string, unknown> | null;
    overrides: Record<string, unknown>[];
    documents: DocumentState[];
  };
  committeeReview: { review: ReviewState; delivery: ServiceDeliveryState };
  partnerAllocation: { demand: OneFact };
  feedback: { file: OneFact };
}

const eventsOf = <E extends { streamId: string }>(events: readonly E[], stream: string) => events.filter((e) => e.streamId === stream);

/** The state each service held of the case after `events` (already cut at the instant asked for). */
export function foldCase(tenantId: string, caseId: string, events: readonly RecordedEvent[]): CaseStateAsOf {
  const of = (context: BoundedContext, aggregate: string) => eventsOf(events, streamId(context, aggregate, tenantId, caseId));
  const applicationEvents = of('intake', 'application') as unknown as ApplicationStreamEvent[];
  const assessmentEvents = of('eligibility', 'assessment');
  const assessment = assessmentEvents.reduce(evolveAssessment, initialAssessmentState);
  const documents: CaseDocuments = of('eligibility', 'documents').reduce(evolveDocuments, new Map());
  const oneFact = (list: RecordedEvent[]): OneFact => ({
    recorded: list.length > 0,
    data: list.length > 0 ? (list[0].data as Record<string, unknown>) : null,
  });
  const erased = applicationEvents.find((e) => e.type === 'BeneficiaryDataErased');
  return {
    intake: {
      application: applicationEvents.reduce(evolveApplication, initialApplicationState),
      erasedAt: erased ? (erased.data as { erasedAt: string }).erasedAt : null,
    },
    eligibility: {
      assessment: { ...assessment, reviewedRounds: [...assessment.reviewedRounds] },
      decision: (assessmentEvents.find((e) => e.type === 'EligibilityAssessed')?.data as Record<string, unknown> | undefined) ?? null,
      overrides: assessmentEvents.filter((e) => e.type === 'EligibilityOverridden').map((e) => e.data as Record<string, unknown>),
      documents: [...documents.values()],
    },
    committeeReview: {
      review: (of('committee-review', 'review') as unknown as ReviewEvent[]).reduce(evolveReview, initialReviewState),
      delivery: (of('committee-review', 'delivery') as unknown as ServiceDeliveryEvent[]).reduce(evolveServiceDelivery, initialServiceDeliveryState),
    },
    partnerAllocation: { demand: oneFact(of('partner-allocation', 'demand')) },
    feedback: { file: oneFact(of('feedback', 'file')) },
  };
}

/** One event as the replay lists it: where it is, who caused it, and why (correlation and causation). */
export interface ReplayedEvent {
  service: string;
  streamId: string;
  revision: number;
  globalPosition: string;
  eventId: string;
  type: string;
  version: number;
  occurredAt: string;
  recordedAt: string;
  actor: RecordedEvent['actor'];
  correlationId: string;
  causationId: string | null;
  data: Record<string, unknown>;
}

export interface CaseReplay {
  caseId: string;
  asOf: string;
  /** Always `recordedAt`: the replay shows what the platform knew at `asOf`. */
  basis: 'recordedAt';
  events: ReplayedEvent[];
  state: CaseStateAsOf;
}

/** The case as the platform knew it at `asOf`: its events up to then in order, and each service's state folded from them. */
export function replayCase(tenantId: string, caseId: string, events: readonly RecordedEvent[], asOf: Date): CaseReplay {
  const known = eventsAsOf(events, asOf);
  return {
    caseId,
    asOf: asOf.toISOString(),
    basis: 'recordedAt',
    events: known.map((e) => ({
      service: serviceOf(e.streamId),
      streamId: e.streamId,
      revision: e.revision,
      globalPosition: e.globalPosition,
      eventId: e.eventId,
      type: e.type,
      version: e.version,
      occurredAt: e.occurredAt,
      recordedAt: e.recordedAt,
      actor: e.actor,
      correlationId: e.correlationId,
      causationId: e.causationId,
      data: e.data as Record<string, unknown>,
    })),
    state: foldCase(tenantId, caseId, known),
  };
}
