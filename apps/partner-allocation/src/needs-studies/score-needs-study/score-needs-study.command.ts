import type { Principal } from '@athar/identity';
import type { ScoreNeedsStudyDto } from './score-needs-study.dto';

/** The assessor's needs study of a request; `expectedRevision` is the If-Match they sent. */
export class ScoreNeedsStudyCommand {
  constructor(
    readonly principal: Principal,
    readonly partnerRequestId: string,
    readonly body: ScoreNeedsStudyDto,
    readonly expectedRevision?: number,
  ) {}
}
