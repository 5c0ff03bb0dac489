import type { Principal } from '@athar/identity';
import type { CorrectReachDto } from '../reach.controller';

/** A standing reach figure replaced by a corrected count, with a reason (Tuwaiq 2-2). */
export class CorrectReachCommand {
  constructor(
    readonly principal: Principal,
    readonly body: CorrectReachDto,
  ) {}
}
