import type { BoundedContext } from '../topics';
import { upcastApplicantV1 } from './intake.events';
import { COMPLAINT_EVENT_TYPES } from './complaints.events';
import { upcastSurveyAnsweredV1, upcastSurveyCaseToSubject } from './satisfaction.events';

/** A released event schema: who emits it and its current version. */
export interface EventSchema {
  type: string;
  context: BoundedContext;
  latestVersion: number;
}

export const EVENT_SCHEMAS: readonly EventSchema[] = [
  { type: 'ApplicationSubmitted', context: 'intake', latestVersion: 2 },
  { type: 'ApplicationDrafted', context: 'intake', latestVersion: 2 },
  { type: 'ApplicationDetailsUpdated', context: 'intake', latestVersion: 2 },
  { type: 'CaseNumberAssigned', context: 'intake', latestVersion: 1 },
  { type: 'DeclarationSigned', context: 'intake', latestVersion: 1 },
  { type: 'DocumentAttached', context: 'intake', latestVersion: 1 },
  { type: 'ProgrammeTermsAccepted', context: 'intake', latestVersion: 1 },
  { type: 'InquiryOpened', context: 'intake', latestVersion: 1 },
  { type: 'InquiryAnswered', context: 'intake', latestVersion: 1 },
  { type: 'InquiryContactRead', context: 'intake', latestVersion: 1 },
  { type: 'ReachRecorded', context: 'intake', latestVersion: 1 },
  { type: 'ReachCorrected', context: 'intake', latestVersion: 1 },
  { type: 'ApplicationReferredToAssociation', context: 'intake', latestVersion: 1 },
  { type: 'ReferralReceived', context: 'intake', latestVersion: 1 },
  { type: 'ReferralDecided', context: 'intake', latestVersion: 1 },
  { type: 'ReferralOutcomeReceived', context: 'intake', latestVersion: 1 },
  { type: 'OpenRequestRegistered', context: 'intake', latestVersion: 1 },
  { type: 'CaseRegistrationAbandoned', context: 'intake', latestVersion: 1 },
  { type: 'PersonSeenByTenant', context: 'intake', latestVersion: 1 },
  { type: 'BeneficiaryRecordRead', context: 'intake', latestVersion: 1 },
  { type: 'AuditRead', context: 'intake', latestVersion: 1 },
  { type: 'BeneficiaryDataErased', context: 'intake', latestVersion: 1 },
  { type: 'SubjectDataErased', context: 'intake', latestVersion: 1 },
  { type: 'StaffInvited', context: 'intake', latestVersion: 1 },
  { type: 'StaffRolesChanged', context: 'intake', latestVersion: 1 },
  { type: 'StaffDeactivated', context: 'intake', latestVersion: 1 },
  { type: 'EligibilityAssessed', context: 'eligibility', latestVersion: 1 },
  { type: 'DocumentVerificationRequested', context: 'eligibility', latestVersion: 1 },
  { type: 'DocumentVerified', context: 'eligibility', latestVersion: 1 },
  { type: 'DocumentRejected', context: 'eligibility', latestVersion: 1 },
  { type: 'DocumentVerificationClosed', context: 'eligibility', latestVersion: 1 },
  { type: 'EligibilityOverridden', context: 'eligibility', latestVersion: 1 },
  { type: 'EligibilityReconfirmed', context: 'eligibility', latestVersion: 1 },
  { type: 'EligibilityLapsed', context: 'eligibility', latestVersion: 1 },
  { type: 'EligibilityPolicyReviewDue', context: 'eligibility', latestVersion: 1 },
  { type: 'ReviewOpened', context: 'committee-review', latestVersion: 1 },
  { type: 'ReviewDeadlineBreached', context: 'committee-review', latestVersion: 1 },
  { type: 'ConflictOfInterestDeclared', context: 'committee-review', latestVersion: 1 },
  { type: 'VoteCast', context: 'committee-review', latestVersion: 1 },
  { type: 'ApplicationAccepted', context: 'committee-review', latestVersion: 1 },
  { type: 'ApplicationRejected', context: 'committee-review', latestVersion: 1 },
  { type: 'ReconsiderationRequested', context: 'committee-review', latestVersion: 1 },
  { type: 'ReviewReminderSent', context: 'committee-review', latestVersion: 1 },
  { type: 'ReviewEscalated', context: 'committee-review', latestVersion: 1 },
  { type: 'ServiceDeliveryOpened', context: 'committee-review', latestVersion: 1 },
  { type: 'ServiceDeliveryEnded', context: 'committee-review', latestVersion: 1 },
  { type: 'ServiceDemandRecorded', context: 'partner-allocation', latestVersion: 1 },
  { type: 'PartnerAgreementDrafted', context: 'partner-allocation', latestVersion: 1 },
  { type: 'PartnerAgreementSent', context: 'partner-allocation', latestVersion: 1 },
  { type: 'PartnerAgreementSigned', context: 'partner-allocation', latestVersion: 1 },
  { type: 'PartnerAgreementTookEffect', context: 'partner-allocation', latestVersion: 1 },
  { type: 'PartnerAgreementEnded', context: 'partner-allocation', latestVersion: 1 },
  { type: 'PartnerAgreementTerminated', context: 'partner-allocation', latestVersion: 1 },
  { type: 'ImpactReportSubmitted', context: 'partner-allocation', latestVersion: 1 },
  { type: 'ImpactReportReminded', context: 'partner-allocation', latestVersion: 1 },
  { type: 'ImpactReportOverdue', context: 'partner-allocation', latestVersion: 1 },
  { type: 'PartnershipEvaluated', context: 'partner-allocation', latestVersion: 1 },
  { type: 'PartnerRequestSubmitted', context: 'partner-allocation', latestVersion: 1 },
  { type: 'NeedsStudyReminderSent', context: 'partner-allocation', latestVersion: 1 },
  { type: 'NeedsStudyDeadlineBreached', context: 'partner-allocation', latestVersion: 1 },
  { type: 'NeedsStudyCompleted', context: 'partner-allocation', latestVersion: 1 },
  { type: 'AllocationRoundScheduled', context: 'partner-allocation', latestVersion: 1 },
  { type: 'AllocationRoundOpened', context: 'partner-allocation', latestVersion: 1 },
  { type: 'AllocationRoundClosed', context: 'partner-allocation', latestVersion: 1 },
  { type: 'AllocationProposed', context: 'partner-allocation', latestVersion: 1 },
  { type: 'AllocationRoundApproved', context: 'partner-allocation', latestVersion: 1 },
  { type: 'FeedbackFileOpened', context: 'feedback', latestVersion: 1 },
  { type: 'SatisfactionSurveySent', context: 'feedback', latestVersion: 2 },
  { type: 'SatisfactionSurveyLinkIssued', context: 'feedback', latestVersion: 2 },
  { type: 'SatisfactionSurveyReminded', context: 'feedback', latestVersion: 2 },
  { type: 'SatisfactionSurveyAnswered', context: 'feedback', latestVersion: 3 },
  { type: 'SatisfactionSurveyExpired', context: 'feedback', latestVersion: 2 },
  { type: 'ContentRated', context: 'feedback', latestVersion: 1 },
  ...COMPLAINT_EVENT_TYPES.map((type) => ({ type, context: 'feedback' as const, latestVersion: 1 })),
  { type: 'OperationsActionRecorded', context: 'committee-review', latestVersion: 1 },
];

/** Turns version N of a type's payload into version N+1. */
export type Upcaster = (data: unknown) => unknown;

export class UnknownEventVersionError extends Error {
  constructor(type: string, version: number) {
    super(`No schema for ${type} v${version}`);
    this.name = 'UnknownEventVersionError';
  }
}

/**
 * Reads old events as the current code expects them: released versions are never edited, so a reader
 * applies the chain of upcasters from the stored version to the latest.
 */
export class EventUpcasting {
  private readonly latest = new Map<string, number>();
  private readonly steps = new Map<string, Upcaster>();

  constructor(schemas: readonly EventSchema[] = EVENT_SCHEMAS) {
    for (const schema of schemas) this.latest.set(schema.type, schema.latestVersion);
  }

  /** Whether the type is a released schema (an unknown one is not upcast, nor refused, by `upcastKnown`). */
  knows(type: string): boolean {
    return this.latest.has(type);
  }

  /** As `upcast`, but a type this registry does not list passes through unchanged. */
  upcastKnown<T extends { type: string; version: number; data: unknown }>(event: T): T {
    return this.knows(event.type) ? this.upcast(event) : event;
  }

  register(type: string, fromVersion: number, upcaster: Upcaster): this {
    this.steps.set(`${type}@${fromVersion}`, upcaster);
    return this;
  }

  upcast<T extends { type: string; version: number; data: unknown }>(event: T): T {
    const latest = this.latest.get(event.type);
    if (latest === undefined || event.version > latest || event.version < 1) {
      throw new UnknownEventVersionError(event.type, event.version);
    }
    let { data, version } = event;
    while (version < latest) {
      const step = this.steps.get(`${event.type}@${version}`);
      if (!step) throw new UnknownEventVersionError(event.type, version);
      data = step(data);
      version += 1;
    }
    return { ...event, data, version };
  }
}

/**
 * The platform's upcasters, applied by every reader (service-kit's EventWriter.load and the consumer's
 * dispatch), so code sees the latest version of every event whatever version was stored.
 */
export const eventUpcasting = new EventUpcasting()
  .register('ApplicationSubmitted', 1, upcastApplicantV1)
  .register('ApplicationDrafted', 1, upcastApplicantV1)
  .register('ApplicationDetailsUpdated', 1, upcastApplicantV1)
  .register('SatisfactionSurveyAnswered', 1, upcastSurveyAnsweredV1)
  // docs/adr/0041: a survey names its subject (case or inquiry) since these versions
  .register('SatisfactionSurveySent', 1, upcastSurveyCaseToSubject)
  .register('SatisfactionSurveyLinkIssued', 1, upcastSurveyCaseToSubject)
  .register('SatisfactionSurveyReminded', 1, upcastSurveyCaseToSubject)
  .register('SatisfactionSurveyAnswered', 2, upcastSurveyCaseToSubject)
  .register('SatisfactionSurveyExpired', 1, upcastSurveyCaseToSubject);
