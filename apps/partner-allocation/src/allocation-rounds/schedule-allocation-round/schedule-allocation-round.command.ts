import type { Principal } from '@athar/identity';
import type { ScheduleAllocationRoundDto } from './schedule-allocation-round.dto';

export class ScheduleAllocationRoundCommand {
  constructor(
    readonly principal: Principal,
    readonly body: ScheduleAllocationRoundDto,
  ) {}
}
