import { AllocationWhatIfController } from './allocation-what-if/allocation-what-if.controller';
import { AllocationWhatIfHandler } from './allocation-what-if/allocation-what-if.handler';
import { ApproveAllocationRoundController } from './approve-allocation-round/approve-allocation-round.controller';
import { ApproveAllocationRoundHandler } from './approve-allocation-round/approve-allocation-round.handler';
import { GetAllocationRoundController } from './get-allocation-round/get-allocation-round.controller';
import { GetAllocationRoundHandler, GetMyRoundAllocationHandler } from './get-allocation-round/get-allocation-round.handler';
import { AllocationRoundsController } from './list-allocation-rounds/allocation-rounds.controller';
import { ListAllocationRoundsHandler } from './list-allocation-rounds/list-allocation-rounds.handler';
import { ListMyAllocationRoundsHandler } from './list-my-allocation-rounds/list-my-allocation-rounds.handler';
import { AllocationRoundRow, AllocationRoundRowSchema } from './projection/allocation-round-row.schema';
import { AllocationRoundRows } from './projection/allocation-round-rows';
import { AllocationRoundReader } from './read/allocation-round-reader';
import { RecomputeAllocationController } from './recompute-allocation/recompute-allocation.controller';
import { RecomputeAllocationHandler } from './recompute-allocation/recompute-allocation.handler';
import { RoundCandidates } from './round-candidates';
import { RoundTimelines } from './round-timeline/round-timelines';
import { ScheduleAllocationRoundController } from './schedule-allocation-round/schedule-allocation-round.controller';
import { ScheduleAllocationRoundHandler } from './schedule-allocation-round/schedule-allocation-round.handler';

/**
 * Allocation rounds (Tuwaiq, partner allocation 3), registered by the module in one line each: the
 * list before the `{id}` routes.
 */
export const allocationRounds = {
  controllers: [
    AllocationRoundsController,
    ScheduleAllocationRoundController,
    GetAllocationRoundController,
    RecomputeAllocationController,
    ApproveAllocationRoundController,
    AllocationWhatIfController,
  ],
  commandHandlers: [ScheduleAllocationRoundHandler, RecomputeAllocationHandler, ApproveAllocationRoundHandler],
  queryHandlers: [ListAllocationRoundsHandler, ListMyAllocationRoundsHandler, GetAllocationRoundHandler, GetMyRoundAllocationHandler, AllocationWhatIfHandler],
  providers: [AllocationRoundReader, AllocationRoundRows, RoundCandidates, RoundTimelines],
  models: [{ name: AllocationRoundRow.name, schema: AllocationRoundRowSchema }],
};
