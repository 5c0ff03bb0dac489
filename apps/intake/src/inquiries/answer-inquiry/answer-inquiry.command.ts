import type { Principal } from '@athar/identity';
import type { AnswerInquiryDto } from '../inquiries.dto';

/** The social-research officer answers an open inquiry, at the revision they saw (If-Match). */
export class AnswerInquiryCommand {
  constructor(
    readonly principal: Principal,
    readonly inquiryId: string,
    readonly body: AnswerInquiryDto,
    readonly expectedRevision: number,
  ) {}
}

export interface AnswerInquiryResult {
  inquiryId: string;
  status: 'answered';
  revision: number;
}
