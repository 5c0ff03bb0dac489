import type { Principal } from '@athar/identity';

export class RecomputeAllocationCommand {
  constructor(
    readonly principal: Principal,
    readonly roundId: string,
    readonly expectedRevision?: number,
  ) {}
}
