import type { Principal } from '@athar/identity';
import type { CommitteeQueueQuery } from '../committee-queue.dto';

/** One page of the tenant's undecided cases, nearest deadline first, with the filters asked for. */
export class ListQueueQuery {
  constructor(
    readonly principal: Principal,
    readonly filters: CommitteeQueueQuery,
  ) {}
}
