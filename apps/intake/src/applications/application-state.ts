import { streamId } from '@athar/contracts';
import { evolveApplication, initialApplicationState, type ApplicationState, type ApplicationStreamEvent } from '@athar/domain-intake';
import { maySeeCase, type Principal } from '@athar/identity';
import type { Aggregate, EventWriter } from '@athar/service-kit';

/** The application stream `intake.application.<tenant>.<caseId>` folded into its state. */
export const applicationStream = (tenantId: string, caseId: string): string => streamId('intake', 'application', tenantId, caseId);

export const applicationAggregate: Aggregate<ApplicationState, ApplicationStreamEvent['type']> = {
  initialState: initialApplicationState,
  evolve: evolveApplication,
};

/** An application's state and whose it is: the applicant who opened it, null when staff did, undefined before any fact. */
export interface OwnedApplication {
  application: ApplicationState;
  owner: string | null | undefined;
}

/** The application stream folded with its owner, for commands that must first answer "may this caller see the case?". */
export const ownedApplicationAggregate: Aggregate<OwnedApplication, ApplicationStreamEvent['type']> = {
  initialState: { application: initialApplicationState, owner: undefined },
  evolve: (s, event) => ({
    application: evolveApplication(s.application, event),
    owner: s.owner !== undefined ? s.owner : event.actor.role === 'applicant' ? event.actor.id : null,
  }),
};

/** The application as the viewer may see it: a case they may not see (an applicant and someone else's case) is no case at all. */
export const visibleTo = (viewer: Principal, { application, owner }: OwnedApplication): ApplicationState =>
  owner === undefined || maySeeCase(viewer, owner) ? application : initialApplicationState;

/**
 * An application's state from its stream, with the revision to expect when appending after it. Given
 * the caller, a case they may not see (an applicant and someone else's case) loads as no case at all.
 */
export async function loadApplication(
  writer: EventWriter,
  tenantId: string,
  caseId: string,
  viewer?: Principal,
): Promise<{
  state: ApplicationState;
  revision: number | 'no_stream';
  stream: string;
  erasedAt: string | null;
  updatedAt: string | null;
  submittedEventId?: string;
}> {
  const stream = streamId('intake', 'application', tenantId, caseId);
  const { history, revision } = await writer.load<ApplicationStreamEvent['type']>(stream);
  if (viewer && history.length > 0 && !maySeeCase(viewer, history[0].actor.role === 'applicant' ? history[0].actor.id : null)) {
    return { state: initialApplicationState, revision: 'no_stream', stream, erasedAt: null, updatedAt: null };
  }
  const state = history.reduce(evolveApplication, initialApplicationState);
  const erased = history.find((e) => e.type === 'BeneficiaryDataErased')?.data;
  const submittedEventId = history.find((e) => e.type === 'ApplicationSubmitted')?.eventId;
  return {
    state,
    revision,
    stream,
    erasedAt: erased?.erasedAt ?? null,
    updatedAt: history.at(-1)?.recordedAt ?? null,
    submittedEventId,
  };
}
