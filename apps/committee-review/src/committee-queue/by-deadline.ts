import type { FilterQuery, Model } from 'mongoose';
import { instantRange, keysetPage, type SortKey } from '@athar/service-kit';
import type { CommitteeFiltersQuery } from './committee-queue.dto';
import type { CommitteeQueueEntry } from './committee-queue.schema';

/** Nearest deadline first; the case id breaks ties (docs/adr/0029). */
const BY_DEADLINE: readonly SortKey[] = [
  { field: 'deadline', direction: 1, kind: 'date', nullable: true },
  { field: 'caseId', direction: 1, kind: 'string' },
];

function filterOf(tenantId: string, query: CommitteeFiltersQuery & { stage?: string }, stages: readonly string[]): FilterQuery<CommitteeQueueEntry> {
  return {
    tenantId,
    stage: query.stage ?? { $in: [...stages] },
    ...(query.serviceId ? { serviceId: query.serviceId } : {}),
    ...(query.committeeId ? { committeeId: query.committeeId } : {}),
    ...instantRange('deadline', query.dueAfter, query.dueBefore),
  };
}

/** One page of the queue's rows (the projection) in the given stages, nearest deadline first (docs/adr/0029). */
export function queuePageByDeadline(
  queue: Model<CommitteeQueueEntry>,
  list: string,
  tenantId: string,
  query: CommitteeFiltersQuery & { stage?: string },
  stages: readonly string[],
) {
  return keysetPage(queue, {
    list,
    filter: filterOf(tenantId, query, stages),
    sort: BY_DEADLINE,
    limit: query.limit ?? 50,
    cursor: query.cursor,
    filters: { ...query },
  });
}
