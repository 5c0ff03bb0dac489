import type { RecordedEvent } from '../envelope';
import type {
  ContentRatedV1,
  SatisfactionSurveyAnsweredV3,
  SatisfactionSurveyExpiredV2,
  SatisfactionSurveyLinkIssuedV2,
  SatisfactionSurveyRemindedV2,
  SatisfactionSurveySentV2,
} from './satisfaction.events';
import type {
  ApplicationAcceptedV1,
  ApplicationRejectedV1,
  ConflictOfInterestDeclaredV1,
  ReconsiderationRequestedV1,
  ReviewDeadlineBreachedV1,
  ReviewEscalatedV1,
  ReviewOpenedV1,
  ReviewReminderSentV1,
  ServiceDeliveryEndedV1,
  ServiceDeliveryOpenedV1,
  VoteCastV1,
} from './committee-review.events';
import type {
  DocumentRejectedV1,
  DocumentVerificationClosedV1,
  DocumentVerificationRequestedV1,
  DocumentVerifiedV1,
  EligibilityAssessedV1,
  EligibilityLapsedV1,
  EligibilityOverriddenV1,
  EligibilityPolicyReviewDueV1,
  EligibilityReconfirmedV1,
} from './eligibility.events';
import type { CaseScoped } from './event';
import type { FeedbackFileOpenedV1 } from './feedback.events';
import type * as Complaints from './complaints.events';
import type {
  ApplicationDetailsUpdatedV2,
  ApplicationDraftedV2,
  ApplicationReferredToAssociationV1,
  ApplicationSubmittedV2,
  BeneficiaryDataErasedV1,
  BeneficiaryRecordReadV1,
  AuditReadV1,
  CaseNumberAssignedV1,
  DeclarationSignedV1,
  DocumentAttachedV1,
  InquiryAnsweredV1,
  InquiryContactReadV1,
  InquiryOpenedV1,
  OpenRequestRegisteredV1,
  CaseRegistrationAbandonedV1,
  PersonSeenByTenantV1,
  ProgrammeTermsAcceptedV1,
  ReachCorrectedV1,
  ReachRecordedV1,
  ReferralDecidedV1,
  ReferralOutcomeReceivedV1,
  ReferralReceivedV1,
  SubjectDataErasedV1,
} from './intake.events';
import type {
  PartnerAgreementDraftedV1,
  PartnerAgreementEndedV1,
  PartnerAgreementSentV1,
  PartnerAgreementSignedV1,
  PartnerAgreementTerminatedV1,
  PartnerAgreementTookEffectV1,
} from './partner-agreement.events';
import type { ImpactReportOverdueV1, ImpactReportRemindedV1, ImpactReportSubmittedV1, PartnershipEvaluatedV1 } from './impact-report.events';
import type {
  NeedsStudyCompletedV1,
  NeedsStudyDeadlineBreachedV1,
  NeedsStudyReminderSentV1,
  PartnerRequestSubmittedV1,
  ServiceDemandRecordedV1,
} from './partner-allocation.events';
import type {
  AllocationProposedV1,
  AllocationRoundApprovedV1,
  AllocationRoundClosedV1,
  AllocationRoundOpenedV1,
  AllocationRoundScheduledV1,
} from './partner-round.events';
import type { OperationsActionRecordedV1 } from './operations.events';
import type { StaffDeactivatedV1, StaffInvitedV1, StaffRolesChangedV1 } from './staff.events';

/**
 * Every event of the platform: its type name and its payload at the schema's latest version (readers
 * get older versions upcast: registry.ts). Writers, handlers, projections and deciders are typed from
 * here, so "find references" on a name lists everything that writes or reads it.
 */
export interface EventDataMap {
  // intake
  ApplicationSubmitted: ApplicationSubmittedV2;
  ApplicationDrafted: ApplicationDraftedV2;
  ApplicationDetailsUpdated: ApplicationDetailsUpdatedV2;
  CaseNumberAssigned: CaseNumberAssignedV1;
  DeclarationSigned: DeclarationSignedV1;
  DocumentAttached: DocumentAttachedV1;
  ProgrammeTermsAccepted: ProgrammeTermsAcceptedV1;
  InquiryOpened: InquiryOpenedV1;
  InquiryAnswered: InquiryAnsweredV1;
  InquiryContactRead: InquiryContactReadV1;
  ReachRecorded: ReachRecordedV1;
  ReachCorrected: ReachCorrectedV1;
  ApplicationReferredToAssociation: ApplicationReferredToAssociationV1;
  ReferralReceived: ReferralReceivedV1;
  ReferralDecided: ReferralDecidedV1;
  ReferralOutcomeReceived: ReferralOutcomeReceivedV1;
  OpenRequestRegistered: OpenRequestRegisteredV1;
  CaseRegistrationAbandoned: CaseRegistrationAbandonedV1;
  PersonSeenByTenant: PersonSeenByTenantV1;
  BeneficiaryRecordRead: BeneficiaryRecordReadV1;
  AuditRead: AuditReadV1;
  BeneficiaryDataErased: BeneficiaryDataErasedV1;
  SubjectDataErased: SubjectDataErasedV1;
  StaffInvited: StaffInvitedV1;
  StaffRolesChanged: StaffRolesChangedV1;
  StaffDeactivated: StaffDeactivatedV1;
  // eligibility
  EligibilityAssessed: EligibilityAssessedV1;
  DocumentVerificationRequested: DocumentVerificationRequestedV1;
  DocumentVerified: DocumentVerifiedV1;
  DocumentRejected: DocumentRejectedV1;
  DocumentVerificationClosed: DocumentVerificationClosedV1;
  EligibilityOverridden: EligibilityOverriddenV1;
  EligibilityReconfirmed: EligibilityReconfirmedV1;
  EligibilityLapsed: EligibilityLapsedV1;
  EligibilityPolicyReviewDue: EligibilityPolicyReviewDueV1;
  // committee-review
  ReviewOpened: ReviewOpenedV1;
  ReviewDeadlineBreached: ReviewDeadlineBreachedV1;
  ConflictOfInterestDeclared: ConflictOfInterestDeclaredV1;
  VoteCast: VoteCastV1;
  ApplicationAccepted: ApplicationAcceptedV1;
  ApplicationRejected: ApplicationRejectedV1;
  ReconsiderationRequested: ReconsiderationRequestedV1;
  ReviewReminderSent: ReviewReminderSentV1;
  ReviewEscalated: ReviewEscalatedV1;
  ServiceDeliveryOpened: ServiceDeliveryOpenedV1;
  ServiceDeliveryEnded: ServiceDeliveryEndedV1;
  // partner-allocation
  ServiceDemandRecorded: ServiceDemandRecordedV1;
  PartnerAgreementDrafted: PartnerAgreementDraftedV1;
  PartnerAgreementSent: PartnerAgreementSentV1;
  PartnerAgreementSigned: PartnerAgreementSignedV1;
  PartnerAgreementTookEffect: PartnerAgreementTookEffectV1;
  PartnerAgreementEnded: PartnerAgreementEndedV1;
  PartnerAgreementTerminated: PartnerAgreementTerminatedV1;
  ImpactReportSubmitted: ImpactReportSubmittedV1;
  ImpactReportReminded: ImpactReportRemindedV1;
  ImpactReportOverdue: ImpactReportOverdueV1;
  PartnershipEvaluated: PartnershipEvaluatedV1;
  PartnerRequestSubmitted: PartnerRequestSubmittedV1;
  NeedsStudyReminderSent: NeedsStudyReminderSentV1;
  NeedsStudyDeadlineBreached: NeedsStudyDeadlineBreachedV1;
  NeedsStudyCompleted: NeedsStudyCompletedV1;
  AllocationRoundScheduled: AllocationRoundScheduledV1;
  AllocationRoundOpened: AllocationRoundOpenedV1;
  AllocationRoundClosed: AllocationRoundClosedV1;
  AllocationProposed: AllocationProposedV1;
  AllocationRoundApproved: AllocationRoundApprovedV1;
  // feedback
  FeedbackFileOpened: FeedbackFileOpenedV1;
  // feedback: satisfaction surveys (docs/adr/0041)
  SatisfactionSurveySent: SatisfactionSurveySentV2;
  SatisfactionSurveyLinkIssued: SatisfactionSurveyLinkIssuedV2;
  SatisfactionSurveyReminded: SatisfactionSurveyRemindedV2;
  SatisfactionSurveyAnswered: SatisfactionSurveyAnsweredV3;
  SatisfactionSurveyExpired: SatisfactionSurveyExpiredV2;
  ContentRated: ContentRatedV1;
  ComplaintFiled: Complaints.ComplaintFiledV1;
  ComplaintAcknowledged: Complaints.ComplaintAcknowledgedV1;
  ComplaintAssigned: Complaints.ComplaintAssignedV1;
  ComplaintInvestigationStarted: Complaints.ComplaintInvestigationStartedV1;
  ComplaintResolved: Complaints.ComplaintResolvedV1;
  ComplaintClosed: Complaints.ComplaintClosedV1;
  ComplaintReopened: Complaints.ComplaintReopenedV1;
  ComplaintRated: Complaints.ComplaintRatedV1;
  ComplaintReminderSent: Complaints.ComplaintReminderSentV1;
  ComplaintServiceLevelBreached: Complaints.ComplaintServiceLevelBreachedV1;
  ComplaintEscalated: Complaints.ComplaintEscalatedV1;
  ComplaintMarkedGeneral: Complaints.ComplaintMarkedGeneralV1;
  GeneralIssueRaised: Complaints.GeneralIssueRaisedV1;
  GeneralIssueComplaintLinked: Complaints.GeneralIssueComplaintLinkedV1;
  BoardSolutionRecorded: Complaints.BoardSolutionRecordedV1;
  // operations (docs/adr/0045): recorded by the service hosting the operations API, never published
  OperationsActionRecorded: OperationsActionRecordedV1;
}

export type EventType = keyof EventDataMap;

/** The types whose payload names a case (the Kafka key). */
export type CaseEventType = { [K in EventType]: EventDataMap[K] extends CaseScoped ? K : never }[EventType];

/** emmett's `Event<'Type', Data>`: one of the named types, narrowed by `type` (`DomainEvent` alone is any of them). */
export type DomainEvent<K extends EventType = EventType> = { [T in K]: { type: T; data: EventDataMap[T] } }[K];

/** An event as written: the payload and the schema version it has. */
export type PendingEvent<K extends EventType = EventType> = { [T in K]: { type: T; version: number; data: EventDataMap[T] } }[K];

/** An event as read (envelope and all), at its schema's latest version. */
export type RecordedEventOf<K extends EventType = EventType> = { [T in K]: Omit<RecordedEvent<EventDataMap[T]>, 'type'> & { type: T } }[K];
