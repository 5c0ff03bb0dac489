import type { Principal } from '@athar/identity';
import type { SendAgreementDto } from './send-agreement.dto';

export class SendAgreementCommand {
  constructor(
    readonly principal: Principal,
    readonly agreementId: string,
    readonly body: SendAgreementDto,
    readonly expectedRevision?: number,
  ) {}
}
