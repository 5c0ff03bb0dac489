import { Module } from '@nestjs/common';
import type { Pool } from 'pg';
import { ChannelNotifier, PostgresOutbox } from '@athar/notifier';
import { outboxSealer, PersonalDataProtector } from '@athar/personal-data';
import { CqrsModule } from '@nestjs/cqrs';
import { MongooseModule } from '@nestjs/mongoose';
import { atharConfig, atharInstance, declareServiceVariables, EnginesModule, PG_POOL, PG_SCHEMA_OWNER, ServiceKitModule } from '@athar/service-kit';
import type { SchemaOwner } from '@athar/event-store';
import { AcknowledgeApplicantReactor, NOTIFIER } from './notifications/acknowledge-applicant.reactor';
import { ApplicantMessenger } from './notifications/applicant-messenger';
import { TellEligibilityReactor } from './notifications/tell-eligibility.reactor';
import { OUTBOX, OutboxController } from './notifications/outbox.controller';
import { TellAnswerIsLateReactor } from './notifications/tell-answer-is-late.reactor';
import { TellCommitteeDecisionReactor } from './notifications/tell-committee-decision.reactor';
import { TellPolicyReviewReactor } from './notifications/tell-policy-review.reactor';
import { ApplyThroughPublicLinkController } from './applications/apply-through-public-link/apply-through-public-link.controller';
import { PublicTenantGuard } from './applications/apply-through-public-link/public-tenant.guard';
import { HashcashChallenge, NoChallenge, powBitsFromEnv, PUBLIC_LINK_CHALLENGE } from './applications/apply-through-public-link/challenge';
import { PUBLIC_LINK_STORE, PublicLinkLimits } from './applications/apply-through-public-link/public-link-limits';
import { ApplyThroughPublicLinkHandler } from './applications/apply-through-public-link/apply-through-public-link.handler';
import { ConfirmPublicApplicationHandler } from './applications/apply-through-public-link/confirm-public-application.handler';
import { PublicLinkStore } from './applications/apply-through-public-link/public-link.store';
import { PublicLinkReturns } from './applications/apply-through-public-link/public-link-returns';
import { ReturnCodeGuard } from './applications/apply-through-public-link/return-code.guard';
import { AskReturnCodeController, ReturnToDraftController } from './applications/return-to-draft/return-to-draft.controller';
import { SubmitReturningDraftHandler } from './applications/return-to-draft/return-to-draft.handler';
import { DraftChecklistHandler } from './applications/return-to-draft/draft-checklist.handler';
import { AttachDocument } from './documents/attach-document';
import { GetApplicationController } from './applications/get-application/get-application.controller';
import { GetApplicationHandler } from './applications/get-application/get-application.handler';
import { ListApplicationsController } from './applications/list-applications/list-applications.controller';
import { SubmitDraftController } from './applications/submit-draft/submit-draft.controller';
import { UpdateDraftController } from './applications/update-draft/update-draft.controller';
import { UpdateDraftHandler } from './applications/update-draft/update-draft.handler';
import { SubmitDraftHandler } from './applications/submit-draft/submit-draft.handler';
import { ApplicationListEntry, ApplicationListEntrySchema } from './applications/projection/application-list.schema';
import { ApplicationViewProjection } from './applications/projection/application-view.projection';
import { SubmitApplicationController } from './applications/submit-application/submit-application.controller';
import { PersonKeys } from './applications/submit-application/person-keys';
import { CaseRegistration } from './applications/submit-application/case-registration';
import { CaseNumberCounter } from './applications/submit-application/case-number-counter';
import { SubmitApplicationHandler } from './applications/submit-application/submit-application.handler';
import { CaseStatusController } from './cases/case-status/case-status.controller';
import { DraftStatusHandler } from './cases/case-status/draft-status.handler';
import { DeclarationController } from './declaration/declaration.controller';
import { DocumentFiles } from './documents/document-files';
import { SubjectErasure } from './erasure/subject-erasure';
import { DocumentsController } from './documents/documents.controller';
import { InquiriesController } from './inquiries/inquiries.controller';
import { OpenInquiryController } from './inquiries/open-inquiry/open-inquiry.controller';
import { OpenInquiryHandler } from './inquiries/open-inquiry/open-inquiry.handler';
import { AnswerInquiryController } from './inquiries/answer-inquiry/answer-inquiry.controller';
import { AnswerInquiryHandler } from './inquiries/answer-inquiry/answer-inquiry.handler';
import { ReadInquiryContactController } from './inquiries/read-inquiry-contact/read-inquiry-contact.controller';
import { ReadInquiryContactHandler } from './inquiries/read-inquiry-contact/read-inquiry-contact.handler';
import { InquiryOpenedQueryHandler } from './inquiries/read-inquiry-contact/inquiry-opened.query';
import { InquiryContactReadsQueryHandler } from './inquiries/list-inquiry-contact-reads/inquiry-contact-reads.query';
import { InquiryQueueEntry, InquiryQueueEntrySchema } from './inquiries/inquiry-queue.schema';
import { InquiryQueueProjection } from './inquiries/inquiry-queue.projection';
import { TellInquirerReactor } from './inquiries/tell-inquirer.reactor';
import { ReachController, ReachProjection } from './reach/reach.controller';
import { ReachEntry, ReachEntrySchema } from './reach/reach.schema';
import { TellReferredApplicantReactor } from './referrals/tell-referred-applicant.reactor';
import { ReferralFlowReactor } from './referrals/referral-flow.reactor';
import { ReferralView, ReferralViewSchema } from './referrals/referral-view.schema';
import { ReferralsController } from './referrals/referrals.controller';
import { ReferApplicationController } from './referrals/refer-application/refer-application.controller';
import { ReferApplicationHandler } from './referrals/refer-application/refer-application.handler';
import { DecideReferralController } from './referrals/decide-referral/decide-referral.controller';
import { DecideReferralHandler } from './referrals/decide-referral/decide-referral.handler';
import { RecordReachController } from './reach/record-reach/record-reach.controller';
import { RecordReachHandler } from './reach/record-reach/record-reach.handler';
import { CorrectReachController } from './reach/correct-reach/correct-reach.controller';
import { CorrectReachHandler } from './reach/correct-reach/correct-reach.handler';
import { BeneficiaryErasure } from './erasure/beneficiary-erasure';
import { EraseCaseController } from './erasure/erase-case/erase-case.controller';
import { EraseCaseHandler } from './erasure/erase-case/erase-case.handler';
import { ErasePersonController } from './erasure/erase-person/erase-person.controller';
import { ErasePersonHandler } from './erasure/erase-person/erase-person.handler';
import { AttachDocumentController } from './documents/attach-document/attach-document.controller';
import { AttachDocumentHandler } from './documents/attach-document/attach-document.handler';
import { CaseFileQueryHandler } from './documents/case-file';
import { PersonCases, PersonCasesSchema } from './erasure/person-cases.schema';
import { PersonCasesProjection } from './erasure/person-cases.projection';
import { RecordReads, RecordReadsQueryHandler } from './record-reads/record-reads';
import { RecordReadsController } from './record-reads/record-reads.controller';
import { AuditController } from './audit/audit.controller';
import { AuditReader, auditEligibilityPolicyDirFromEnv } from './audit/audit-reader';
import { CaseDecisionsHandler, CaseReplayHandler, RoundDecisionsHandler } from './audit/audit.queries';
import { InviteStaffController } from './staff/invite-staff/invite-staff.controller';
import { InviteStaffHandler } from './staff/invite-staff/invite-staff.handler';
import { ChangeStaffController } from './staff/change-staff/change-staff.controller';
import { ChangeStaffRolesHandler, DeactivateStaffHandler } from './staff/change-staff/change-staff.handler';
import { ListStaffController } from './staff/list-staff/list-staff.controller';
import { RevocationCheck, revocationCacheMsFromEnv } from './staff/revocation/revocation-check';
import { personKeySecretFromEnv } from './applications/submit-application/person-keys';
import { publicLinkLimitsFromEnv } from './applications/apply-through-public-link/public-link-limits';
import { STAFF_DIRECTORY, staffDirectoryFromEnv } from './staff/staff-accounts';
import { APPLICANT_ACCOUNTS, applicantAccountsFromEnv, SIGN_IN_CODES, SignInLimits } from './applicant-sign-in/applicant-sign-in';
import { SignInCodeStore } from './applicant-sign-in/sign-in-codes.store';
import { RequestSignInCodeController } from './applicant-sign-in/request-sign-in-code/request-sign-in-code.controller';
import { RequestSignInCodeHandler } from './applicant-sign-in/request-sign-in-code/request-sign-in-code.handler';
import { VerifySignInCodeController } from './applicant-sign-in/verify-sign-in-code/verify-sign-in-code.controller';
import { VerifySignInCodeHandler } from './applicant-sign-in/verify-sign-in-code/verify-sign-in-code.handler';
import { RefreshSignInController } from './applicant-sign-in/refresh-sign-in/refresh-sign-in.controller';
import { RefreshSignInHandler } from './applicant-sign-in/refresh-sign-in/refresh-sign-in.handler';
import { CaseFiguresController } from './figures/case-figures.controller';
import { GetCasesByStageHandler, GetTimeToDecisionHandler } from './figures/case-figures.handlers';
import { CaseFiguresProjection } from './figures/case-figures.projection';
import { CaseFigure, CaseFigureSchema } from './figures/case-figures.schema';

/** The HTTP routes, one controller per use case or resource. */
export const httpControllers = [
  SubmitApplicationController,
  ApplyThroughPublicLinkController,
  ReturnToDraftController,
  AskReturnCodeController,
  SubmitDraftController,
  UpdateDraftController,
  GetApplicationController,
  ListApplicationsController,
  CaseStatusController,
  DeclarationController,
  OpenInquiryController,
  AnswerInquiryController,
  ReadInquiryContactController,
  InquiriesController,
  RecordReachController,
  CorrectReachController,
  ReachController,
  ReferApplicationController,
  DecideReferralController,
  ReferralsController,
  AttachDocumentController,
  DocumentsController,
  OutboxController,
  RecordReadsController,
  AuditController,
  EraseCaseController,
  ErasePersonController,
  InviteStaffController,
  ListStaffController,
  ChangeStaffController,
  RequestSignInCodeController,
  VerifySignInCodeController,
  RefreshSignInController,
  CaseFiguresController,
];

/** @nestjs/cqrs command handlers. */
const commandHandlers = [
  SubmitApplicationHandler,
  SubmitDraftHandler,
  ReferApplicationHandler,
  DecideReferralHandler,
  RecordReachHandler,
  CorrectReachHandler,
  OpenInquiryHandler,
  AnswerInquiryHandler,
  ReadInquiryContactHandler,
  AttachDocumentHandler,
  EraseCaseHandler,
  ErasePersonHandler,
  InviteStaffHandler,
  ChangeStaffRolesHandler,
  DeactivateStaffHandler,
  UpdateDraftHandler,
  ApplyThroughPublicLinkHandler,
  ConfirmPublicApplicationHandler,
  SubmitReturningDraftHandler,
  RequestSignInCodeHandler,
  VerifySignInCodeHandler,
  RefreshSignInHandler,
];

/** @nestjs/cqrs query handlers: reads from an application's stream, and reads the read models do not keep (personal data sealed in events, read logs). */
const queryHandlers = [
  InquiryOpenedQueryHandler,
  InquiryContactReadsQueryHandler,
  CaseFileQueryHandler,
  RecordReadsQueryHandler,
  CaseReplayHandler,
  CaseDecisionsHandler,
  RoundDecisionsHandler,
  GetApplicationHandler,
  DraftStatusHandler,
  DraftChecklistHandler,
  GetCasesByStageHandler,
  GetTimeToDecisionHandler,
];

/** What reacts to events by doing something: telling a person, carrying a referral on. */
const reactors = [
  AcknowledgeApplicantReactor,
  TellEligibilityReactor,
  TellCommitteeDecisionReactor,
  TellAnswerIsLateReactor,
  TellPolicyReviewReactor,
  TellInquirerReactor,
  TellReferredApplicantReactor,
  ReferralFlowReactor,
];

/** Read models kept from events. */
const projections = [ApplicationViewProjection, InquiryQueueProjection, ReachProjection, PersonCasesProjection, CaseFiguresProjection];

/** Services the use cases share: messages, erasure, documents, the public link's guards and limits. */
const services = [
  RecordReads,
  AuditReader,
  ApplicantMessenger,
  BeneficiaryErasure,
  SubjectErasure,
  PersonKeys,
  CaseRegistration,
  // Case numbers through a store of their own connections (docs/adr/0055).
  { provide: CaseNumberCounter, inject: [PersonalDataProtector], useFactory: (personalData: PersonalDataProtector) => CaseNumberCounter.fromEnv(personalData) },
  DocumentFiles,
  AttachDocument,
  PublicTenantGuard,
  PublicLinkLimits,
  PublicLinkReturns,
  ReturnCodeGuard,
  RevocationCheck,
  SignInLimits,
];

// The variables only intake reads, validated at start-up with the shared ones (ATHAR_* in README's table).
declareServiceVariables(
  { variables: ['ATHAR_PERSON_KEY_SECRET'], parse: personKeySecretFromEnv },
  { variables: ['ATHAR_PUBLIC_POW_BITS'], parse: powBitsFromEnv },
  { variables: ['ATHAR_PUBLIC_LIMIT_PER_ADDRESS', 'ATHAR_PUBLIC_LIMIT_PER_MOBILE'], parse: publicLinkLimitsFromEnv },
  { variables: ['ATHAR_KEYCLOAK_URL', 'ATHAR_KEYCLOAK_REALM', 'ATHAR_KEYCLOAK_CLIENT_ID', 'ATHAR_KEYCLOAK_CLIENT_SECRET'], parse: staffDirectoryFromEnv },
  { variables: ['ATHAR_REVOCATION_CACHE_MS'], parse: revocationCacheMsFromEnv },
  // the audit reader re-runs eligibility decisions under the versions the eligibility service keeps (ADR 0044)
  { variables: ['ATHAR_ELIGIBILITY_POLICY_DIR'], parse: auditEligibilityPolicyDirFromEnv },
);

@Module({
  imports: [
    ServiceKitModule.forRoot({ serviceName: 'intake' }),
    EnginesModule.forRoot({ context: 'intake', consumes: ['intake', 'eligibility', 'committee-review'] }),
    CqrsModule.forRoot(),
    MongooseModule.forFeature([
      { name: ApplicationListEntry.name, schema: ApplicationListEntrySchema },
      { name: InquiryQueueEntry.name, schema: InquiryQueueEntrySchema },
      { name: ReachEntry.name, schema: ReachEntrySchema },
      { name: ReferralView.name, schema: ReferralViewSchema },
      { name: PersonCases.name, schema: PersonCasesSchema },
      { name: CaseFigure.name, schema: CaseFigureSchema },
    ]),
  ],
  controllers: httpControllers,
  providers: [
    ...commandHandlers,
    ...queryHandlers,
    ...reactors,
    ...projections,
    ...services,
    // docs/adr/0034: staff accounts in Keycloak through intake's own client (null without its secret)
    { provide: STAFF_DIRECTORY, useFactory: () => staffDirectoryFromEnv() },
    // docs/adr/0034: applicant sign-in by one-time code; tokens from Keycloak through the same client
    { provide: APPLICANT_ACCOUNTS, useFactory: () => applicantAccountsFromEnv() },
    {
      provide: SIGN_IN_CODES,
      inject: [PG_POOL, PG_SCHEMA_OWNER],
      useFactory: async (pool: Pool, owner: SchemaOwner) => {
        const codes = new SignInCodeStore(pool, `${atharInstance()}_sign_in`);
        await codes.ensureSchema(owner);
        return codes;
      },
    },
    {
      provide: OUTBOX,
      inject: [PG_POOL, PG_SCHEMA_OWNER, PersonalDataProtector],
      useFactory: async (pool: Pool, owner: SchemaOwner, personalData: PersonalDataProtector) => {
        const outbox = new PostgresOutbox(pool, `${atharInstance()}_notifications`, outboxSealer(personalData));
        await outbox.ensureSchema(owner);
        return outbox;
      },
    },
    {
      provide: PUBLIC_LINK_STORE,
      inject: [PG_POOL, PG_SCHEMA_OWNER],
      useFactory: async (pool: Pool, owner: SchemaOwner) => {
        const store = new PublicLinkStore(pool, `${atharInstance()}_public_link`);
        await store.ensureSchema(owner);
        return store;
      },
    },
    {
      // docs/adr/0024: no challenge unless ATHAR_PUBLIC_POW_BITS asks for proof of work.
      provide: PUBLIC_LINK_CHALLENGE,
      inject: [PUBLIC_LINK_STORE],
      useFactory: (store: PublicLinkStore) => {
        const bits = powBitsFromEnv();
        return bits > 0 ? new HashcashChallenge(bits, store) : new NoChallenge();
      },
    },
    {
      provide: NOTIFIER,
      inject: [OUTBOX],
      useFactory: (outbox: PostgresOutbox) =>
        new ChannelNotifier(outbox, atharConfig().ATHAR_SMTP_URL ? { url: atharConfig().ATHAR_SMTP_URL!, from: atharConfig().ATHAR_MAIL_FROM } : null),
    },
  ],
})
export class IntakeModule {}
