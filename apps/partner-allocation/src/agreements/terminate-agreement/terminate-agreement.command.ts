import type { Principal } from '@athar/identity';
import type { TerminateAgreementDto } from './terminate-agreement.dto';

export class TerminateAgreementCommand {
  constructor(
    readonly principal: Principal,
    readonly agreementId: string,
    readonly body: TerminateAgreementDto,
    readonly expectedRevision?: number,
  ) {}
}
