export * from './review-timeline/definitions';
/** Absolute path of the workflow bundle's entry, for Worker.create({ workflowsPath }). */
export const WORKFLOWS_PATH = require.resolve('./workflows');
export * from './eligibility/definitions';
export * from './service-delivery/definitions';
export * from './search-attributes';
export * from './needs-study/definitions';
export * from './allocation-round/definitions';
// The workflow functions, as types only: `startWorkflowOnce<typeof reviewTimeline>` checks a start's
// arguments, while the workflow code itself loads only in the worker's sandbox (WORKFLOWS_PATH).
export type {
  reviewTimeline,
  caseDocumentExpiry,
  documentExpiryWatch,
  periodicReverification,
  eligibilityPolicyReview,
  serviceDelivery,
  needsStudyTimeline,
  partnerAgreementTimeline,
  allocationRoundTimeline,
  satisfactionSurveyTimeline,
  complaintServiceLevel,
  impactReportTimeline,
} from './workflows';
export * from './partner-agreement/definitions';
export * from './satisfaction-survey/definitions';
export * from './complaint-service-level/definitions';
export * from './impact-report/definitions';
