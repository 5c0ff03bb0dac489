import type { Principal } from '@athar/identity';
import type { DeclareConflictOfInterestDto } from './declare-conflict-of-interest.dto';

/** A committee member declares a conflict of interest on a case. */
export class DeclareConflictOfInterestCommand {
  constructor(
    readonly principal: Principal,
    readonly caseId: string,
    readonly body: DeclareConflictOfInterestDto,
  ) {}
}
