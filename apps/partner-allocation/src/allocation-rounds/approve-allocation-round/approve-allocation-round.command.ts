import type { Principal } from '@athar/identity';
import type { ApproveAllocationRoundDto } from './approve-allocation-round.dto';

export class ApproveAllocationRoundCommand {
  constructor(
    readonly principal: Principal,
    readonly roundId: string,
    readonly body: ApproveAllocationRoundDto,
    readonly expectedRevision?: number,
  ) {}
}
