import type { Principal } from '@athar/identity';
import type { UpdateDraftDto } from './update-draft.dto';

export class UpdateDraftCommand {
  constructor(
    readonly principal: Principal,
    readonly caseId: string,
    readonly body: UpdateDraftDto,
    /** The revision the caller saw (If-Match): a change made meanwhile is a conflict (409). */
    readonly expectedRevision: number,
  ) {}
}
