import type { SubmissionRequest, SubmissionTerms } from '@athar/domain-intake';
import type { TenantPolicy } from '@athar/tenancy';
import type { SubmitApplicationCommand } from './submit-application.command';

/** The command's request as the pure submission checks take it. */
export function submissionRequest(command: SubmitApplicationCommand, caseId: string): SubmissionRequest {
  const { principal, request, client, termsConsent } = command;
  return {
    caseId,
    serviceId: request.serviceId,
    channel: request.channel,
    applicant: request.applicant,
    declaration: request.declaration,
    termsConsent,
    staffId: principal.roles.includes('applicant') ? null : principal.userId,
    client,
  };
}

/** What of the tenant's policy a submission is checked against. */
export function submissionTerms(policy: TenantPolicy): SubmissionTerms {
  return {
    policyVersion: policy.policyVersion,
    channels: policy.channels,
    services: policy.services,
    reviewWindow: policy.reviewWindow,
    holidays: policy.committeeReview.holidays,
    declarationVersion: policy.declaration.version,
    programmeTermsVersion: policy.programmeTerms.version,
  };
}
