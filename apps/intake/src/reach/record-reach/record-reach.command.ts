import type { Principal } from '@athar/identity';
import type { RecordReachDto } from '../reach.controller';

/** How many people a content item reached on a channel over a period (Tuwaiq 2-2; no personal data). */
export class RecordReachCommand {
  constructor(
    readonly principal: Principal,
    readonly body: RecordReachDto,
  ) {}
}
