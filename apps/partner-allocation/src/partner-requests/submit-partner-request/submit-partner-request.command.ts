import type { Principal } from '@athar/identity';
import type { SubmitPartnerRequestDto } from './submit-partner-request.dto';

/** A partner request, from a partner tenant's account or recorded by staff. */
export class SubmitPartnerRequestCommand {
  constructor(
    readonly principal: Principal,
    readonly body: SubmitPartnerRequestDto,
  ) {}
}
