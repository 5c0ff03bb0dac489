import type { Principal } from '@athar/identity';
import type { DraftAgreementDto } from './draft-agreement.dto';

/** The empowerment team drafts an agreement for a studied request of its own association. */
export class DraftAgreementCommand {
  constructor(
    readonly principal: Principal,
    readonly body: DraftAgreementDto,
  ) {}
}
