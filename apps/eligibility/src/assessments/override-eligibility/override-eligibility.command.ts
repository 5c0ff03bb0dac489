import type { Principal } from '@athar/identity';
import type { OverrideEligibilityDto } from './override-eligibility.dto';

/** A social researcher replaces a case's eligibility decision, with a reason. */
export class OverrideEligibilityCommand {
  constructor(
    readonly principal: Principal,
    readonly caseId: string,
    readonly body: OverrideEligibilityDto,
  ) {}
}
