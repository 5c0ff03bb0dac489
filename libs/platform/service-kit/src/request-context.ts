import { AsyncLocalStorage } from 'node:async_hooks';
import type { Principal } from '@athar/identity';

/** What every log line and every event written during one request or one message needs to know. */
export interface RequestContext {
  correlationId: string;
  /** Set from the verified token (HTTP) or from the event being handled (consumers). */
  tenantId?: string;
  principal?: Principal;
  /** The case being handled, when known (a consumed event that names one): for log lines, never personal data. */
  caseId?: string;
  /**
   * Set by the Idempotency-Key interceptor: a digest of tenant, key and request, the same for every
   * retry of one request. A handler that puts it in its Cause gets the same ids on a retry, so a retry
   * of a request cut short (an engine went away half-way) finishes it instead of doing it again.
   */
  retryKey?: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

export const requestContext = {
  run<T>(context: RequestContext, fn: () => T): T {
    return storage.run(context, fn);
  },
  current(): RequestContext | undefined {
    return storage.getStore();
  },
};
