import { BOUNDED_CONTEXTS, eventsTopic } from '../topics';
import { INTEGRATION_EVENTS, INTERNAL_EVENTS, isIntegrationEvent } from './publication';
import { EVENT_SCHEMAS } from './registry';

describe('what each topic may carry (docs/adr/0032)', () => {
  it('lists, per topic, the integration events its relay publishes', () => {
    const topics = Object.fromEntries(BOUNDED_CONTEXTS.map((context) => [eventsTopic(context), [...INTEGRATION_EVENTS[context]].sort()]));
    expect(topics).toEqual({
      'athar.intake.events': [
        'ApplicationDetailsUpdated',
        'ApplicationDrafted',
        'ApplicationReferredToAssociation',
        'ApplicationSubmitted',
        'DocumentAttached',
        'InquiryAnswered',
        'InquiryOpened',
        'OpenRequestRegistered',
        'ReachCorrected',
        'ReachRecorded',
        'ReferralDecided',
        'ReferralOutcomeReceived',
        'ReferralReceived',
        'SubjectDataErased',
      ],
      'athar.eligibility.events': [
        'DocumentRejected',
        'DocumentVerificationClosed',
        'DocumentVerificationRequested',
        'DocumentVerified',
        'EligibilityAssessed',
        'EligibilityLapsed',
        'EligibilityOverridden',
        'EligibilityPolicyReviewDue',
        'EligibilityReconfirmed',
      ],
      'athar.committee-review.events': [
        'ApplicationAccepted',
        'ApplicationRejected',
        'ConflictOfInterestDeclared',
        'ReconsiderationRequested',
        'ReviewDeadlineBreached',
        'ReviewEscalated',
        'ReviewOpened',
        'ReviewReminderSent',
        'ServiceDeliveryEnded',
        'ServiceDeliveryOpened',
        'VoteCast',
      ],
      'athar.partner-allocation.events': [
        'ImpactReportOverdue',
        'ImpactReportReminded',
        'ImpactReportSubmitted',
        'NeedsStudyCompleted',
        'NeedsStudyDeadlineBreached',
        'NeedsStudyReminderSent',
        'PartnerAgreementDrafted',
        'PartnerAgreementEnded',
        'PartnerAgreementSent',
        'PartnerAgreementSigned',
        'PartnerAgreementTerminated',
        'PartnerAgreementTookEffect',
        'PartnerRequestSubmitted',
        'PartnershipEvaluated',
        'ServiceDemandRecorded',
      ],
      'athar.feedback.events': [
        'BoardSolutionRecorded',
        'ComplaintAcknowledged',
        'ComplaintAssigned',
        'ComplaintClosed',
        'ComplaintEscalated',
        'ComplaintFiled',
        'ComplaintInvestigationStarted',
        'ComplaintMarkedGeneral',
        'ComplaintRated',
        'ComplaintReminderSent',
        'ComplaintReopened',
        'ComplaintResolved',
        'ComplaintServiceLevelBreached',
        'ContentRated',
        'FeedbackFileOpened',
        'GeneralIssueComplaintLinked',
        'GeneralIssueRaised',
        'SatisfactionSurveyAnswered',
        'SatisfactionSurveyExpired',
        'SatisfactionSurveyLinkIssued',
        'SatisfactionSurveyReminded',
        'SatisfactionSurveySent',
      ],
    });
  });

  it('keeps the case-number draw, the person registry, read logs and signed evidence off every topic', () => {
    for (const type of [
      'CaseNumberAssigned',
      'PersonSeenByTenant',
      'BeneficiaryRecordRead',
      'InquiryContactRead',
      'DeclarationSigned',
      'ProgrammeTermsAccepted',
      'BeneficiaryDataErased',
    ]) {
      expect(isIntegrationEvent(type)).toBe(false);
    }
    expect(isIntegrationEvent('SomethingNobodyReleased')).toBe(false);
    expect(isIntegrationEvent('ApplicationSubmitted')).toBe(true);
  });

  it('classifies every released schema exactly once, on the topic of the context that emits it', () => {
    const classified = [...Object.values(INTEGRATION_EVENTS).flat(), ...INTERNAL_EVENTS];
    expect([...classified].sort()).toEqual(EVENT_SCHEMAS.map((schema) => schema.type).sort());
    for (const schema of EVENT_SCHEMAS) {
      if (isIntegrationEvent(schema.type)) expect(INTEGRATION_EVENTS[schema.context]).toContain(schema.type);
    }
  });
});
