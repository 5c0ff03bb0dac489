import type { ApplicationDraftedV2, Channel, DeclarationSignedV1, DocumentType, PendingEvent, ProgrammeTermsAcceptedV1 } from '@athar/contracts';
import { checklist, isComplete, type ChecklistItem, type RequiredField } from './completeness';
import { duplicateOpenRequest, type OpenRequest } from './open-requests';
import { acceptProgrammeTerms } from './programme-terms';
import { signDeclaration, type DeclarationInput } from './sign-declaration';
import { submitApplication, type IntakeTerms } from './submit-application';
import { validateApplicant, type ApplicantInput, type ValidApplicant } from './validation/validate-applicant';

/** A request as the applicant (or staff for them) made it: plain data, nothing checked yet. */
export interface SubmissionRequest {
  caseId: string;
  serviceId: string;
  channel: Channel;
  applicant: ApplicantInput;
  declaration?: DeclarationInput;
  /** Through the public link only: the programme terms version accepted (Tuwaiq 5-7). */
  termsConsent?: { accepted: boolean; termsVersion: number };
  /** The staff member recording it (in person, by phone or letter), null when the applicant does. */
  staffId: string | null;
  client: { userAgent: string | null; ip: string | null };
}

/** What of the tenant's policy a submission is checked against. */
export interface SubmissionTerms extends IntakeTerms {
  services: ReadonlyArray<{
    id: string;
    beneficiaryType: 'direct' | 'indirect';
    requiredDocuments?: readonly DocumentType[];
    requiredFields?: readonly RequiredField[];
  }>;
  declarationVersion: number;
  programmeTermsVersion: number;
}

export type ApplicationFact = PendingEvent<'ProgrammeTermsAccepted' | 'ApplicationDrafted' | 'DeclarationSigned' | 'ApplicationSubmitted'>;

/** A request that passed every check: what registration needs, and the application's facts once it has a number. */
export interface Submission {
  applicant: ValidApplicant;
  checklist: ChecklistItem[];
  /** Signed when the request is complete; null keeps it a draft (common step 6: registration completes later). */
  declaration: DeclarationSignedV1 | null;
  consent: ProgrammeTermsAcceptedV1 | null;
  /** An open request whose case was never written: this registration takes it over (docs/architecture.md, "Registering a case"). */
  takesOver: { caseId: string; caseNumber: string; closed: boolean } | null;
  facts(caseNumber: string, servedBeforeElsewhere: boolean): ApplicationFact[];
}

/**
 * The request's own checks, before anything is drawn or registered (a request that would be refused
 * costs nothing; the public link runs them before sending a code): the applicant's data valid at
 * submission (common step 2; Tuwaiq 5-3), a channel and direct-beneficiary service the policy offers
 * and a way to answer (common step 5; Tuwaiq 2-2; docs/adr/0025), the declaration when the request is
 * complete (common step 4), the programme terms accepted on the link (Tuwaiq 5-7).
 */
export function checkSubmission(request: SubmissionRequest, terms: SubmissionTerms, now: Date): Omit<Submission, 'takesOver'> {
  const applicant = validateApplicant(request.applicant, now);
  const service = terms.services.find((s) => s.id === request.serviceId);
  const items = checklist(service?.requiredDocuments ?? [], [], service?.requiredFields ?? [], applicant);
  const base = { caseId: request.caseId, serviceId: request.serviceId, channel: request.channel, applicant };
  submitApplication({ ...base, caseNumber: '', servedBeforeElsewhere: false }, terms, now); // refuses drafts too
  const declaration = isComplete(items)
    ? signDeclaration(request.declaration, {
        caseId: request.caseId,
        channel: request.channel,
        applicantFullName: applicant.fullName,
        currentVersion: terms.declarationVersion,
        staffId: request.staffId,
        client: request.client,
        now,
      })
    : null;
  const consent = request.termsConsent ? acceptProgrammeTerms(request.termsConsent, terms.programmeTermsVersion, request.caseId, request.client, now) : null;
  const facts = (caseNumber: string, servedBeforeElsewhere: boolean): ApplicationFact[] => {
    const accepted: ApplicationFact[] = consent ? [{ type: 'ProgrammeTermsAccepted', version: 1, data: consent }] : [];
    if (!declaration) {
      const drafted: ApplicationDraftedV2 = { ...base, caseNumber, servedBeforeElsewhere, policyVersion: terms.policyVersion, draftedAt: now.toISOString() };
      return [...accepted, { type: 'ApplicationDrafted', version: 2, data: drafted }];
    }
    const submitted = submitApplication({ ...base, caseNumber, servedBeforeElsewhere }, terms, now);
    return [...accepted, { type: 'DeclarationSigned', version: 1, data: declaration }, { type: 'ApplicationSubmitted', version: 2, data: submitted }];
  };
  return { applicant, checklist: items, declaration, consent, facts };
}

/**
 * Everything a submission is checked against, once: the request's own checks (`checkSubmission`), then
 * one open request per person and service (common step 6; docs/adr/0008). The person's open request
 * refuses this one when its case was written; one whose case was never written (its request died
 * between registering and writing) is taken over, never waited out; this case's own registration
 * (a retry of the same request) is no obstacle.
 */
export function prepareSubmission(request: SubmissionRequest, terms: SubmissionTerms, openRequest: OpenRequest, now: Date): Submission {
  const checked = checkSubmission(request, terms, now);
  if (!openRequest || openRequest.caseId === request.caseId) return { ...checked, takesOver: null };
  if (openRequest.application === 'written') throw duplicateOpenRequest(openRequest.caseNumber);
  return { ...checked, takesOver: { caseId: openRequest.caseId, caseNumber: openRequest.caseNumber, closed: openRequest.application === 'abandoned' } };
}
