import { streamId } from '@athar/contracts';

/** An inquiry's own stream: opened, answered. */
export const inquiryStream = (tenantId: string, inquiryId: string): string => streamId('intake', 'inquiry', tenantId, inquiryId);
/** The log of reads of an inquiry's contact details, apart from the inquiry (reading never changes its revision). */
export const inquiryContactReadsStream = (tenantId: string, inquiryId: string): string => streamId('intake', 'inquiry-contact-reads', tenantId, inquiryId);
