import { createHash } from 'node:crypto';
import { DomainError, streamId, type RecordedEventOf } from '@athar/contracts';
import { evolveImpactReports, initialImpactReportsState, type ImpactReportEvent, type ImpactReportsState } from '@athar/domain-partner-allocation';
import type { Aggregate } from '@athar/service-kit';

/**
 * An agreement's impact reports and its evaluation live in one stream per agreement, in the allocating
 * association's tenant beside the agreement's own (docs/adr/0040): "one report a period" and "one
 * evaluation" are checked under the stream's optimistic concurrency, and the agreement's stream (and
 * its running workflow) stay as they were.
 */
export const impactReportsStreamId = (allocatingTenantId: string, agreementId: string): string =>
  streamId('partner-allocation', 'impact-reports', allocatingTenantId, agreementId);

export type ImpactReportEventType = ImpactReportEvent['type'];
export type ImpactReportRecord = RecordedEventOf<ImpactReportEventType>;

export const impactReportsAggregate: Aggregate<ImpactReportsState, ImpactReportEventType> = {
  initialState: initialImpactReportsState,
  evolve: evolveImpactReports,
};

/** One report a period of an agreement: its id is derived from both, so the queue and the detail name the same report. */
export function impactReportIdFor(agreementId: string, period: string): string {
  const hex = createHash('sha256').update(`impact-report:${agreementId}:${period}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export const REPORT_STATUSES = ['due', 'overdue', 'submitted', 'not-owed'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export const impactReportNotFound = (): DomainError =>
  new DomainError('impact-report-not-found', 'not-found', { ar: 'لا يوجد تقرير أثر بهذا الرقم', en: 'No impact report with this id' });
