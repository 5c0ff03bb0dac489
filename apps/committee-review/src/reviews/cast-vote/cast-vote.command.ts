import type { Principal } from '@athar/identity';
import type { CastVoteDto } from './cast-vote.dto';

/** A committee member's vote on a case's current round; `expectedRevision` is the If-Match the member sent. */
export class CastVoteCommand {
  constructor(
    readonly principal: Principal,
    readonly caseId: string,
    readonly body: CastVoteDto,
    readonly expectedRevision?: number,
  ) {}
}
