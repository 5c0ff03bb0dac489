import { EvaluatePartnershipController } from './evaluate-partnership/evaluate-partnership.controller';
import { EvaluatePartnershipHandler } from './evaluate-partnership/evaluate-partnership.handler';
import { ImpactReportsReader } from './impact-reports-reader';
import { ImpactReportsController } from './list-impact-reports/impact-reports.controller';
import { GetImpactReportHandler, ListImpactReportsHandler, ListMyImpactReportsHandler } from './list-impact-reports/list-impact-reports.handler';
import { ImpactReportRow, ImpactReportRowSchema, PartnerEvaluationRow, PartnerEvaluationRowSchema } from './projection/impact-report-row.schema';
import { ImpactReportsProjection } from './projection/impact-reports.projection';
import { ImpactReportTimelineReactors } from './report-timeline/report-timeline.reactors';
import { SubmitImpactReportController } from './submit-impact-report/submit-impact-report.controller';
import { SubmitImpactReportHandler } from './submit-impact-report/submit-impact-report.handler';

export { createImpactReportTimelineActivities } from './report-timeline/report-timeline.activities';

// Impact reports and the partnership's evaluation (Tuwaiq, partner allocation 5; docs/adr/0040),
// registered in the service's module as one group.
export const impactReports = {
  /** The queue's literal `mine` before `{id}` lives in one controller. */
  controllers: [ImpactReportsController, SubmitImpactReportController, EvaluatePartnershipController],
  providers: [
    SubmitImpactReportHandler,
    EvaluatePartnershipHandler,
    ListImpactReportsHandler,
    ListMyImpactReportsHandler,
    GetImpactReportHandler,
    ImpactReportsReader,
    ImpactReportsProjection,
    ImpactReportTimelineReactors,
  ],
  models: [
    { name: ImpactReportRow.name, schema: ImpactReportRowSchema },
    { name: PartnerEvaluationRow.name, schema: PartnerEvaluationRowSchema },
  ],
};
