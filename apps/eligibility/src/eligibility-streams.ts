import { streamId } from '@athar/contracts';

/** A case's eligibility decision: assessed, overridden, reconfirmed or lapsed. */
export const assessmentStream = (tenantId: string, caseId: string): string => streamId('eligibility', 'assessment', tenantId, caseId);
/** A case's supporting documents: each verification task and its outcome. */
export const documentsStream = (tenantId: string, caseId: string): string => streamId('eligibility', 'documents', tenantId, caseId);
/** A tenant's eligibility policy: its yearly review reminders. */
export const policyStream = (tenantId: string): string => streamId('eligibility', 'policy', tenantId, tenantId);
