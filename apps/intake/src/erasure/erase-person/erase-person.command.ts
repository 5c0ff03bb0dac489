import type { Principal } from '@athar/identity';
import type { ErasePersonDto } from '../erasure.dto';

/** Erase a person in this association: every case, referral and inquiry of theirs (docs/adr/0013, amended). */
export class ErasePersonCommand {
  constructor(
    readonly principal: Principal,
    readonly body: ErasePersonDto,
  ) {}
}
