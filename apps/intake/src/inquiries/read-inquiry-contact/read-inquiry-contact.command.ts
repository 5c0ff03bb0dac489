import type { ReadPurpose } from '@athar/contracts';
import type { Principal } from '@athar/identity';

/** Staff read who asked an inquiry, for a stated purpose: the read is logged before anything is shown (Tuwaiq 5-4, 6-5). */
export class ReadInquiryContactCommand {
  constructor(
    readonly principal: Principal,
    readonly inquiryId: string,
    readonly purpose: ReadPurpose,
  ) {}
}
