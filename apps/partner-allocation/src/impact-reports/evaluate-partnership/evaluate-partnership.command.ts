import type { Principal } from '@athar/identity';
import type { EvaluatePartnershipDto } from './evaluate-partnership.dto';

export class EvaluatePartnershipCommand {
  constructor(
    readonly principal: Principal,
    readonly agreementId: string,
    readonly body: EvaluatePartnershipDto,
  ) {}
}
