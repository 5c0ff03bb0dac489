import type { Principal } from '@athar/identity';
import type { RequestReconsiderationDto } from './request-reconsideration.dto';

/** A rejected applicant (or staff on their behalf) asks for the case to be reviewed again. */
export class RequestReconsiderationCommand {
  constructor(
    readonly principal: Principal,
    readonly caseId: string,
    readonly body: RequestReconsiderationDto,
  ) {}
}
