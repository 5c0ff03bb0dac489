import type { Principal } from '@athar/identity';
import type { OpenInquiryDto } from '../inquiries.dto';

/** A person asks about an unclear procedure (000/001/002 step 3), on one of the association's channels. */
export class OpenInquiryCommand {
  constructor(
    readonly principal: Principal,
    readonly body: OpenInquiryDto,
  ) {}
}
