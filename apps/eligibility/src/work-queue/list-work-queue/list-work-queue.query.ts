import type { Principal } from '@athar/identity';
import type { QueueRole, WorkQueueQuery } from '../work-queue.dto';

/** One page of a role's queue of verification and follow-up tasks, with the filters asked for. */
export class ListWorkQueueQuery {
  constructor(
    readonly principal: Principal,
    readonly role: QueueRole,
    readonly filters: WorkQueueQuery,
  ) {}
}
