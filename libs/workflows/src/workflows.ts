// The workers' workflowsPath: every workflow the committee-review and eligibility workers run.
export { reviewTimeline } from './review-timeline/review-timeline.workflow';
export { caseDocumentExpiry, documentExpiryWatch, periodicReverification, eligibilityPolicyReview } from './eligibility/eligibility.workflows';
export { serviceDelivery } from './service-delivery/service-delivery.workflow';
export { needsStudyTimeline } from './needs-study/needs-study.workflow';
export { partnerAgreementTimeline } from './partner-agreement/partner-agreement.workflow';
export { impactReportTimeline } from './impact-report/impact-report.workflow';
export { allocationRoundTimeline } from './allocation-round/allocation-round.workflow';
export { satisfactionSurveyTimeline } from './satisfaction-survey/satisfaction-survey.workflow';
export { complaintServiceLevel } from './complaint-service-level/complaint-service-level.workflow';
