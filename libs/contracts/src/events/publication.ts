import type { BoundedContext } from '../topics';
import { COMPLAINT_EVENT_TYPES } from './complaints.events';

/**
 * Which events leave their service (docs/adr/0032-integration-and-internal-events.md).
 *
 * An integration event is a contract: its context's relay publishes it on the context's topic, it is
 * versioned in the registry (EVENT_SCHEMAS) and old versions are upcast for every reader. Whatever
 * consumes it (another service, or the service's own projections and reactors, which read their own
 * topic) may rely on it.
 *
 * An internal fact stays in its service's event store: its stream's own decisions read it back
 * (a case-number draw, the person registry, a read-access log entry, signed evidence), but the relay
 * does not publish it, so no other consumer can come to depend on it and its personal fields never
 * travel further than they must. A type that is not listed here is not published either.
 *
 * Making an internal fact public is a decision: list it here, and the topic test changes with it.
 */
export const INTEGRATION_EVENTS: Readonly<Record<BoundedContext, readonly string[]>> = {
  intake: [
    'ApplicationSubmitted',
    'ApplicationDrafted',
    'ApplicationDetailsUpdated',
    'DocumentAttached',
    'InquiryOpened',
    'InquiryAnswered',
    'ReachRecorded',
    'ReachCorrected',
    'ApplicationReferredToAssociation',
    'ReferralReceived',
    'ReferralDecided',
    'ReferralOutcomeReceived',
    'OpenRequestRegistered',
    'SubjectDataErased',
  ],
  eligibility: [
    'EligibilityAssessed',
    'DocumentVerificationRequested',
    'DocumentVerified',
    'DocumentRejected',
    'DocumentVerificationClosed',
    'EligibilityOverridden',
    'EligibilityReconfirmed',
    'EligibilityLapsed',
    'EligibilityPolicyReviewDue',
  ],
  'committee-review': [
    'ReviewOpened',
    'ReviewDeadlineBreached',
    'ConflictOfInterestDeclared',
    'VoteCast',
    'ApplicationAccepted',
    'ApplicationRejected',
    'ReconsiderationRequested',
    'ReviewReminderSent',
    'ReviewEscalated',
    'ServiceDeliveryOpened',
    'ServiceDeliveryEnded',
  ],
  'partner-allocation': [
    'ServiceDemandRecorded',
    'PartnerRequestSubmitted',
    'NeedsStudyReminderSent',
    'NeedsStudyDeadlineBreached',
    'NeedsStudyCompleted',
    // On the service's own topic for its own projection, workflow and messages (docs/adr/0039); no other service subscribes.
    'PartnerAgreementDrafted',
    'PartnerAgreementSent',
    'PartnerAgreementSigned',
    'PartnerAgreementTookEffect',
    'PartnerAgreementEnded',
    'PartnerAgreementTerminated',
    // Impact reports and the evaluation (docs/adr/0040): likewise the service's own.
    'ImpactReportSubmitted',
    'ImpactReportReminded',
    'ImpactReportOverdue',
    'PartnershipEvaluated',
  ],
  feedback: [
    'FeedbackFileOpened',
    ...COMPLAINT_EVENT_TYPES,
    // On the service's own topic for its own projections and survey workflow (docs/adr/0041).
    'SatisfactionSurveySent',
    'SatisfactionSurveyLinkIssued',
    'SatisfactionSurveyReminded',
    'SatisfactionSurveyAnswered',
    'SatisfactionSurveyExpired',
    'ContentRated',
  ],
};

/** Facts kept inside the service that wrote them; never on a topic. */
export const INTERNAL_EVENTS: readonly string[] = [
  'CaseNumberAssigned',
  'CaseRegistrationAbandoned',
  'PersonSeenByTenant',
  'BeneficiaryRecordRead',
  'AuditRead',
  'InquiryContactRead',
  'DeclarationSigned',
  'ProgrammeTermsAccepted',
  'BeneficiaryDataErased',
  'StaffInvited',
  'StaffRolesChanged',
  'StaffDeactivated',
  'AllocationRoundScheduled',
  'AllocationRoundOpened',
  'AllocationRoundClosed',
  'AllocationProposed',
  'AllocationRoundApproved',
  // An operator's action on a workflow or a dead letter, with its reason (docs/adr/0045): the instance's own record.
  'OperationsActionRecorded',
];

const integration = new Set(Object.values(INTEGRATION_EVENTS).flat());

/** Whether a relay publishes events of this type (an integration event) or keeps them in the store. */
export function isIntegrationEvent(type: string): boolean {
  return integration.has(type);
}
