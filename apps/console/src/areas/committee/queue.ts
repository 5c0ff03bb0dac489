import type { ApiClients } from '../../api/client';
import { unwrap } from '../../api/client';
import type { components } from '../../api/generated/committee-review';

export type QueueItem = components['schemas']['CommitteeQueueItemDto'];
export type Review = components['schemas']['ReviewDto'];

/** One page of the committee's queue, nearest deadline first (GET /committee/queue, keyset pages). */
export function queuePage(api: ApiClients, cursor: string | undefined, limit = 20) {
  return unwrap(api.committee.GET('/committee/queue', { params: { query: { limit, ...(cursor ? { cursor } : {}) } } }));
}

/** A case's queue entry (its eligibility explanation and verified documents), found page by page; null when it is not waiting. */
export async function queueItem(api: ApiClients, caseId: string): Promise<QueueItem | null> {
  let cursor: string | undefined;
  for (;;) {
    const page = await queuePage(api, cursor, 100);
    const found = page.items.find((item) => item.caseId === caseId);
    if (found) return found;
    if (!page.nextCursor) return null;
    cursor = page.nextCursor;
  }
}
