import type { Principal } from '@athar/identity';
import type { DeadlineWatchQuery } from '../committee-queue.dto';

/** One page of the cases near or past their deadline, with no personal data. */
export class GetDeadlineWatchQuery {
  constructor(
    readonly principal: Principal,
    readonly filters: DeadlineWatchQuery,
  ) {}
}
