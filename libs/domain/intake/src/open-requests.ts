import { DomainError, type DomainEvent, type OpenRequestRegisteredV1 } from '@athar/contracts';

/** OpenRequestClosed is not written yet: the closing events (decision, withdrawal) are still to come. */
export type OpenRequestEvent = DomainEvent<'OpenRequestRegistered'> | { type: 'OpenRequestClosed'; data: OpenRequestRegisteredV1 };

/** The person's open request for a service in a tenant, folded from its stream: the latest registration, if still open. */
export type OpenRequestState = { caseId: string; caseNumber: string } | null;

export const initialOpenRequest: OpenRequestState = null;

export function evolveOpenRequest(_state: OpenRequestState, event: OpenRequestEvent): OpenRequestState {
  return event.type === 'OpenRequestRegistered' ? { caseId: event.data.caseId, caseNumber: event.data.caseNumber } : null;
}

/**
 * The open request as a new submission weighs it: who holds it, and whether that case's application
 * was written (`written`), was never written (`missing`: its request died, or is still between its two
 * appends) or was closed as abandoned by an earlier taker-over (`abandoned`).
 */
export type OpenRequest = { caseId: string; caseNumber: string; application: 'written' | 'missing' | 'abandoned' } | null;

/** The refusal of a second open request, naming the case number the person already has (when known). */
export function duplicateOpenRequest(caseNumber: string | null): DomainError {
  return new DomainError(
    'duplicate-open-request',
    'conflict',
    caseNumber
      ? {
          ar: `لديك طلب مفتوح لهذه الخدمة برقم ${caseNumber}، ويمكنك متابعته بدلاً من تقديم طلب جديد`,
          en: `You already have an open request for this service: ${caseNumber}. Please follow it up instead of applying again.`,
        }
      : {
          ar: 'سُجّل لك طلب آخر لهذه الخدمة في الوقت نفسه، ويمكنك متابعته بدلاً من هذا',
          en: 'Another request of yours for this service was registered at the same time. Please follow it up instead.',
        },
    [{ field: 'serviceId', reasons: [{ ar: `طلب مفتوح: ${caseNumber ?? '—'}`, en: `open request: ${caseNumber ?? 'registered meanwhile'}` }] }],
  );
}

/**
 * One open request per person and service in a tenant: a second one is refused and told the case
 * number it already has. The history is the person-and-service stream; a closing event (decision,
 * withdrawal) reopens the way for a new request.
 */
export function registerOpenRequest(history: OpenRequestEvent[], caseId: string, caseNumber: string): DomainEvent<'OpenRequestRegistered'> {
  const open = history.reduce(evolveOpenRequest, initialOpenRequest);
  if (open) throw duplicateOpenRequest(open.caseNumber);
  return { type: 'OpenRequestRegistered', data: { caseId, caseNumber } };
}

/**
 * The registration step on the folded stream: nothing when this case holds it already (a retry),
 * registered when it is free or held by the abandoned case this request took over, refused otherwise
 * (a request that registered meanwhile is open and in flight: it wins).
 */
export function claimOpenRequest(open: OpenRequestState, caseId: string, caseNumber: string, takenOver: string | null): DomainEvent<'OpenRequestRegistered'>[] {
  if (open?.caseId === caseId) return [];
  if (open && open.caseId !== takenOver) throw duplicateOpenRequest(open.caseNumber);
  return [{ type: 'OpenRequestRegistered', data: { caseId, caseNumber } }];
}
