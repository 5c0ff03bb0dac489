import { DomainError, type DomainEvent, type OpenRequestRegisteredV1 } from '@athar/contracts';

/** OpenRequestClosed is not written yet: the closing events (decision, withdrawal) are still to come. */
export type OpenRequestEvent = DomainEvent<'OpenRequestRegistered'> | { type: 'OpenRequestClosed'; data: OpenRequestRegisteredV1 };

/**
 * One open request per person and service in a tenant: a second one is refused and told the case
 * number it already has. The history is the person-and-service stream; a closing event (decision,
 * withdrawal) reopens the way for a new request.
 */
export function registerOpenRequest(history: OpenRequestEvent[], caseId: string, caseNumber: string): DomainEvent<'OpenRequestRegistered'> {
  const last = history[history.length - 1];
  if (last?.type === 'OpenRequestRegistered') {
    throw new DomainError(
      'duplicate-open-request',
      'conflict',
      {
        ar: `لديك طلب مفتوح لهذه الخدمة برقم ${last.data.caseNumber}، ويمكنك متابعته بدلاً من تقديم طلب جديد`,
        en: `You already have an open request for this service: ${last.data.caseNumber}. Please follow it up instead of applying again.`,
      },
      [{ field: 'serviceId', reasons: [{ ar: `طلب مفتوح: ${last.data.caseNumber}`, en: `open request: ${last.data.caseNumber}` }] }],
    );
  }
  return { type: 'OpenRequestRegistered', data: { caseId, caseNumber } };
}
