import { streamId, type InquiryContactReadV1 } from '@athar/contracts';
import { evolveInquiry, initialInquiryState, type InquiryEvent, type InquiryState } from '@athar/domain-intake';
import type { Aggregate } from '@athar/service-kit';

/** An inquiry's own stream: opened, answered. */
export const inquiryStream = (tenantId: string, inquiryId: string): string => streamId('intake', 'inquiry', tenantId, inquiryId);
/** The log of reads of an inquiry's contact details, apart from the inquiry (reading never changes its revision). */
export const inquiryContactReadsStream = (tenantId: string, inquiryId: string): string => streamId('intake', 'inquiry-contact-reads', tenantId, inquiryId);

/** An inquiry: open until answered once (000/001/002 step 3). */
export const inquiryAggregate: Aggregate<InquiryState, InquiryEvent['type']> = { initialState: initialInquiryState, evolve: evolveInquiry };

/** The reads of an inquiry's contact details, in order: a log, every read appended (Tuwaiq 5-4, 6-5). */
export const inquiryContactReadsAggregate: Aggregate<readonly InquiryContactReadV1[], 'InquiryContactRead'> = {
  initialState: [],
  evolve: (reads, event) => [...reads, event.data],
};
