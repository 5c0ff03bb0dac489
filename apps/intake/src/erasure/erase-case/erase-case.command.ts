import type { ErasureReason } from '@athar/contracts';
import type { Principal } from '@athar/identity';

/** Erase the beneficiary's personal data in one case (crypto-shredding, docs/adr/0013). */
export class EraseCaseCommand {
  constructor(
    readonly principal: Principal,
    readonly caseId: string,
    readonly reason: ErasureReason,
  ) {}
}
