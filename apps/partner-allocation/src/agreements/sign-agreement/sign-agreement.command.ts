import type { Principal } from '@athar/identity';
import type { SignAgreementDto } from './sign-agreement.dto';

export class SignAgreementCommand {
  constructor(
    readonly principal: Principal,
    readonly agreementId: string,
    readonly body: SignAgreementDto,
  ) {}
}
