// Generated from the service's OpenAPI document by `npm run console:api-types` (docs/adr/0036). Do not edit.
export interface paths {
    "/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The tenant's applications and drafts (an applicant: their own), newest first (or oldest first, ?sort=oldest), with filters and cursor pagination; a draft with its created date, age in days, last activity and checklist. */
        get: operations["ListApplicationsController_listApplications"];
        put?: never;
        /** Submit an application on one of the tenant channels (recorded by staff or by the applicant). */
        post: operations["SubmitApplicationController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{caseId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An application with the applicant record and its checklist, read from its event stream; the read is logged with its purpose. */
        get: operations["GetApplicationController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Add or correct a draft's applicant data; answers with the new checklist (409 if it changed meanwhile). */
        patch: operations["UpdateDraftController_update"];
        trace?: never;
    };
    "/applications/{caseId}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The application's documents, from its event stream (a query on the QueryBus). */
        get: operations["DocumentsController_list"];
        put?: never;
        /** Attach a supporting document (checked by its content, hashed, stored; each upload is an event). */
        post: operations["AttachDocumentController_attach"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{caseId}/documents/{documentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download a document (only within its own tenant and case); the read is logged with its purpose. */
        get: operations["DocumentsController_download"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{caseId}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit a draft whose checklist is complete, with the declaration; 422 lists what is missing. */
        post: operations["SubmitDraftController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/cases/{caseId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every event of the case in the five services recorded up to asOf, in order, with actor, cause and correlation, and each service's state then; personal fields in clear only with a stated purpose. */
        get: operations["AuditController_replay"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/cases/{caseId}/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Each eligibility assessment and committee decision of the case re-run from its recorded inputs under its recorded policy version: same, differs (with the difference) or cannot reproduce. */
        get: operations["AuditController_caseDecisions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/rounds/{roundId}/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Each allocation proposal of a partner-allocation round re-run on its recorded input: same, differs (with the difference). */
        get: operations["AuditController_roundDecisions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/beneficiaries/personal-data/erasure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Erase a person in this association: every case, every referral of them (made here, and then the copy the receiving association holds; or received here with their ID), and every inquiry left with their mobile. Found by keyed hashes, never by the ID or number itself. */
        post: operations["ErasePersonController_erasePerson"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This service's view of a case of the caller's tenant (404 for any other tenant's case). */
        get: operations["CaseViewController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/personal-data/erasure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Erase the beneficiary's personal data in this case: destroys its data key; personal fields read "[erased]" from then on. */
        post: operations["EraseCaseController_erase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/record-reads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every read of the case's beneficiary record: who, in which role, when, for what purpose, what was read. */
        get: operations["RecordReadsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The case stage as each of the five services sees it (a draft: intake only, with its checklist); the read is logged with its purpose. */
        get: operations["CaseStatusController_status"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/declaration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The tenant's current declaration text, shown to the applicant before they sign (cite its version). */
        get: operations["DeclarationController_current"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/figures/cases-by-stage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The tenant's cases by stage and channel, received in the period (counts only). */
        get: operations["CaseFiguresController_casesByStage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/figures/time-to-decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Days from submission to the committee's first decision against the review window (first half, within, after; median, 90th percentile), for decisions made in the period. */
        get: operations["CaseFiguresController_timeToDecision"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: every engine this service needs answers (503 otherwise). */
        get: operations["HealthController_ready_health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the process answers. */
        get: operations["HealthController_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: every engine this service needs answers (503 otherwise). */
        get: operations["HealthController_ready_ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inquiries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The tenant's inquiry queue, newest first; filtered, in keyset pages with a total. */
        get: operations["InquiriesController_list"];
        put?: never;
        /** Record an inquiry about an unclear procedure for the social-research officer, on one of the association's channels (another is refused, 422). The answer goes to the contact left: by email when it came by email with an address, else by SMS. */
        post: operations["OpenInquiryController_open"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inquiries/{inquiryId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An inquiry of this association (contact details are read through /contact, with a purpose). */
        get: operations["InquiriesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inquiries/{inquiryId}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The social-research officer answers an open inquiry (409 if it changed since you read it); the answer is sent to the person who asked. */
        post: operations["AnswerInquiryController_answer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inquiries/{inquiryId}/contact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who asked: name, mobile, email and where the answer goes; read for a stated purpose, and the read is logged. */
        get: operations["ReadInquiryContactController_contact"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inquiries/{inquiryId}/contact-reads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every read of the inquiry's contact details: who, in which role, when, for what purpose. */
        get: operations["InquiriesController_contactReads"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Prometheus metrics in text format (with ATHAR_METRICS_TOKEN set, and always in production, only to its bearer). */
        get: operations["MetricsController_scrape"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications/outbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Messages sent on the tenant's behalf, newest first, in keyset pages (cursor), with the total. */
        get: operations["OutboxController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications/outbox/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Messages sent to one recipient (mobile or email, given in the body), newest first, in keyset pages (cursor in the body too, bound to the recipient), with the total. */
        post: operations["OutboxController_search"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/{tenantId}/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Apply through the association's electronic link: the request is checked as a submission is, kept sealed, and a one-time code is sent by SMS to the mobile given; it becomes a case once the code is sent back. */
        post: operations["ApplyThroughPublicLinkController_apply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/{tenantId}/confirmations/{confirmationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm the mobile with the code sent to it: the request becomes a case (or draft) and its number is sent by SMS. Five wrong codes lock it; a code lasts 10 minutes. */
        post: operations["ApplyThroughPublicLinkController_confirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/{tenantId}/drafts/{caseNumber}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The draft a return code opens: what is missing, and the declaration to sign. */
        get: operations["ReturnToDraftController_view"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/{tenantId}/drafts/{caseNumber}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Attach a document to the draft (PDF, JPEG or PNG by content, 5 MiB at most; sealed under the case key like every upload). */
        post: operations["ReturnToDraftController_attach"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/{tenantId}/drafts/{caseNumber}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign the declaration and submit the draft once nothing is missing (422 lists what is); the return code is spent. */
        post: operations["ReturnToDraftController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/{tenantId}/return-codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask for a new return code with the request number and the mobile confirmed for it; the answer is the same whether or not one was sent. */
        post: operations["AskReturnCodeController_ask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/{tenantId}/sign-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** An applicant signs in with their mobile: a 6-digit code (5 minutes, single use) goes to it by SMS. The same answer for every mobile, whether or not it has cases here. */
        post: operations["RequestSignInCodeController_request"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/{tenantId}/sign-in/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The applicant's next tokens for their refresh token; each refresh token works once. */
        post: operations["RefreshSignInController_refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/{tenantId}/sign-in/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The code the applicant's mobile received, for tokens from the identity provider: role applicant, owning the public-link cases of that mobile. Five wrong codes lock it. */
        post: operations["VerifySignInCodeController_verify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/{tenantId}/terms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What the applicant reads before applying: programme terms and the declaration, with their versions (and the proof-of-work challenge, when one is configured). */
        get: operations["ApplyThroughPublicLinkController_terms"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reach": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Total reach per content item and channel (the figures as they stand), optionally for one service and a period; each figure with its corrections. */
        get: operations["ReachController_summary"];
        put?: never;
        /** Record how many people a content item reached on a channel over a period (no personal data); one figure per item, channel and period. */
        post: operations["RecordReachController_record"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reach/corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Correct a standing reach figure: the new count replaces it, with who, why and when (404 if no figure; 409 if it changes nothing). */
        post: operations["CorrectReachController_correct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/referrals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Referrals this association made, newest first, filtered by status and receiving association, in keyset pages (cursor), with the total. */
        get: operations["ReferralsController_list"];
        put?: never;
        /** Refer an out-of-scope request to an association on the platform or an external body; the applicant is told. */
        post: operations["ReferApplicationController_refer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/referrals/{referralId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A referral this association made: its target and, once decided, the outcome. */
        get: operations["ReferralsController_outgoing"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/referrals/incoming": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Referrals made to this association by others on the platform (consented data only), newest first, filtered by status, in keyset pages (cursor), with the total. */
        get: operations["ReferralsController_incoming"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/referrals/incoming/{referralId}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept or decline a referral, with a reason the referring association is told. */
        post: operations["DecideReferralController_decide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/staff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This association's staff accounts, a page at a time (`first`, `max`; `next` is the next page's `first` while there is more). */
        get: operations["ListStaffController_list"];
        put?: never;
        /** Invite a member of the association's staff: a Keycloak account of this tenant with these roles; the emailed link asks them to set a password, and TOTP for roles that read personal data (409 if the email has an account). */
        post: operations["InviteStaffController_invite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/staff/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a staff account of this association: `roles` (exactly these from the next token on) and/or `active: false` (disable it and end its sessions). Another association's account answers 404. */
        patch: operations["ChangeStaffController_change"];
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        ActorDto: {
            channel: string;
            id: string;
            role: string;
        };
        AnswerInquiryDto: {
            /** @example الهوية الوطنية والعنوان الوطني. */
            answer: string;
        };
        ApplicantDto: {
            birthDate?: components["schemas"]["DateInputDto"];
            /**
             * @description Where to answer by email (personal data, sealed like the mobile); required when the request came by email or email is the preferred channel
             * @example sara@example.org
             */
            email?: string;
            /**
             * @description Judged only where a service declares it as a criterion
             * @enum {string}
             */
            employmentStatus?: "job-seeker" | "employed" | "student" | "retired";
            /** @example سارة عبدالله العتيبي */
            fullName: string;
            /** @description Must not have passed at submission */
            idExpiry?: components["schemas"]["DateInputDto"];
            /**
             * @description 05XXXXXXXX, +9665XXXXXXXX and other usual forms
             * @example 0512345678
             */
            mobile: string;
            nationalAddress?: components["schemas"]["NationalAddressDto"];
            /**
             * @description Saudi national ID (1…) or iqama (2…), 10 digits with a valid check digit; Arabic-Indic digits accepted
             * @example 1000000008
             */
            nationalId: string;
            /**
             * @description How the applicant wants to be answered; email only where the association's policy offers email. A request that came by email is answered by email.
             * @default sms
             * @enum {string}
             */
            preferredChannel: "sms" | "email";
            /**
             * @description Judged only where a service declares it as a criterion
             * @enum {string}
             */
            qualification?: "none" | "secondary" | "diploma" | "bachelor" | "master" | "doctorate";
        };
        ApplicantPatchDto: {
            birthDate?: components["schemas"]["DateInputDto"];
            /**
             * @description Where to answer by email (personal data, sealed like the mobile); required when the request came by email or email is the preferred channel
             * @example sara@example.org
             */
            email?: string;
            /**
             * @description Judged only where a service declares it as a criterion
             * @enum {string}
             */
            employmentStatus?: "job-seeker" | "employed" | "student" | "retired";
            /** @example سارة عبدالله العتيبي */
            fullName?: string;
            /** @description Must not have passed at submission */
            idExpiry?: components["schemas"]["DateInputDto"];
            /**
             * @description 05XXXXXXXX, +9665XXXXXXXX and other usual forms
             * @example 0512345678
             */
            mobile?: string;
            nationalAddress?: components["schemas"]["NationalAddressDto"];
            /**
             * @description Saudi national ID (1…) or iqama (2…), 10 digits with a valid check digit; Arabic-Indic digits accepted
             * @example 1000000008
             */
            nationalId?: string;
            /**
             * @description How the applicant wants to be answered; email only where the association's policy offers email. A request that came by email is answered by email.
             * @default sms
             * @enum {string}
             */
            preferredChannel: "sms" | "email";
            /**
             * @description Judged only where a service declares it as a criterion
             * @enum {string}
             */
            qualification?: "none" | "secondary" | "diploma" | "bachelor" | "master" | "doctorate";
        };
        ApplicantRecordDto: {
            /** @example 1994-09-17 */
            birthDate?: string;
            /** @example sara@example.org */
            email?: string;
            /** @enum {string} */
            employmentStatus?: "job-seeker" | "employed" | "student" | "retired";
            /** @example سارة عبدالله العتيبي */
            fullName: string;
            /** @example 2030-05-01 */
            idExpiry?: string;
            /** @enum {string} */
            idKind?: "national-id" | "iqama";
            /** @example +966512345678 */
            mobile: string;
            nationalAddress?: components["schemas"]["NationalAddressDto"];
            /** @example 1000000008 */
            nationalId: string;
            /**
             * @description Absent on applications recorded before the channel was kept (read as sms)
             * @enum {string}
             */
            preferredChannel?: "sms" | "email";
            /** @enum {string} */
            qualification?: "none" | "secondary" | "diploma" | "bachelor" | "master" | "doctorate";
        };
        ApplicationDecisionDto: {
            /** @description When the committee decided (ISO 8601) */
            decidedAt: string;
            /** @enum {string} */
            outcome: "accepted" | "rejected";
            /**
             * @description The reasons the applicant is told, from the tenant's list, Arabic and English
             * @example [
             *       {
             *         "ar": "الطلب غير مستوفٍ لشروط الخدمة",
             *         "en": "The request does not meet the service's conditions"
             *       }
             *     ]
             */
            reasons: components["schemas"]["BilingualTextDto"][];
            /** @description Until when the applicant may ask for reconsideration of a refusal (ISO 8601); null on an acceptance or when the tenant offers none after this round */
            reconsiderationUntil: string | null;
            /**
             * @description 1 for the first review, 2 and up for reconsiderations
             * @example 1
             */
            round: number;
        };
        ApplicationPageDto: {
            items: components["schemas"]["ApplicationSummaryDto"][];
            /** @description Pass as cursor (with the same filters) for the next page; null on the last page */
            nextCursor: string | null;
            /** @description Items the filters match now, across all pages */
            total: number;
        };
        ApplicationReceiptDto: {
            caseId: string;
            /**
             * @description Human-readable case number: tenant prefix, Hijri year, sequence
             * @example AWJ-1448-000123
             */
            caseNumber: string;
            /** @description What the request still lacks (empty once complete) */
            checklist: components["schemas"]["ChecklistItemDto"][];
            /** @description Submission + the tenant review window */
            expectedResponseBy: string | null;
            /** @description What the applicant is told, Arabic with English beside it */
            message: components["schemas"]["BilingualTextDto"];
            /** @enum {string} */
            status: "draft" | "submitted";
            submittedAt: string | null;
        };
        ApplicationSummaryDto: {
            /**
             * @description Whole days since createdAt (Riyadh or not: 24-hour days)
             * @example 3
             */
            ageDays: number;
            caseId: string;
            /**
             * @description The number the applicant was given (a draft's too); null to a tenant admin (who opens no record) and on rows listed before numbers were kept
             * @example TWQ-1447-000123
             */
            caseNumber: string | null;
            channel: string;
            /** @description A draft's checklist under the tenant's current policy: what is done and what is missing; empty once submitted */
            checklist: components["schemas"]["ChecklistItemDto"][];
            /** @description When the request was first recorded (a draft: its age) */
            createdAt: string;
            /** @description The committee's latest decision with its reasons and reconsideration period, as the applicant was told it; null until decided and while a reconsideration is undecided */
            decision: components["schemas"]["ApplicationDecisionDto"] | (never | null);
            /** @description null while a draft */
            expectedResponseBy: string | null;
            /** @description When anything last happened to it (drafted, completed, a document attached, submitted) */
            lastActivityAt: string;
            serviceId: string;
            /**
             * @description accepted / rejected once the committee decided (decision says why); reconsidering while a new round is undecided
             * @enum {string}
             */
            status: "draft" | "submitted" | "accepted" | "rejected" | "reconsidering";
            /** @description null while a draft */
            submittedAt: string | null;
        };
        ApplicationViewDto: {
            applicant: components["schemas"]["ApplicantRecordDto"] | (never | null);
            /** Format: uuid */
            caseId: string;
            /** @example TWQ-1447-000123 */
            caseNumber: string | null;
            /** @description A draft's checklist under the tenant's current policy: what is done and what is missing; empty once submitted */
            checklist: components["schemas"]["ChecklistItemDto"][];
            /** @description The document types attached so far */
            documents: ("national-id" | "national-address" | "cv" | "qualification" | "status-certificate")[];
            /** @description When the personal data was erased (PDPL); null otherwise */
            personalDataErasedAt: string | null;
            /** @description The same person was served by another association on the platform (who and what stay hidden) */
            servedBeforeElsewhere: boolean;
            /** @enum {string} */
            status: "draft" | "submitted" | "accepted" | "rejected" | "reconsidering";
        };
        AskReturnCodeDto: {
            /**
             * @description The request number from the text message
             * @example TWQ-1447-000123
             */
            caseNumber: string;
            /**
             * @description The mobile confirmed when applying
             * @example 0512345678
             */
            mobile: string;
        };
        /** @description The same text in Arabic and English */
        Bilingual: {
            /** @example الحقل مطلوب */
            ar: string;
            /** @example is required */
            en: string;
        };
        BilingualTextDto: {
            /** @example تم استلام طلبك */
            ar: string;
            /** @example Your request was received */
            en: string;
        };
        CaseDocumentDto: {
            /** Format: date-time */
            attachedAt: string;
            /** Format: uuid */
            caseId: string;
            /** @enum {string} */
            contentType: "application/pdf" | "image/jpeg" | "image/png";
            documentId: string;
            /** @enum {string} */
            documentType: "national-id" | "national-address" | "cv" | "qualification" | "status-certificate";
            fileName: string;
            sha256: string;
            /** @description Bytes */
            size: number;
        };
        CaseDocumentsDto: {
            items: components["schemas"]["CaseDocumentDto"][];
        };
        CaseReplayDto: {
            /** Format: date-time */
            asOf: string;
            /**
             * @description The replay keeps the events recorded at or before asOf
             * @enum {string}
             */
            basis: "recordedAt";
            /** Format: uuid */
            caseId: string;
            events: components["schemas"]["ReplayedEventDto"][];
            /** @description Each service's state folded from these events by its own evolve (libs/domain/*): intake.application, eligibility (assessment, decision, overrides, documents), committeeReview (review with votes, delivery), partnerAllocation.demand, feedback.file */
            state: components["schemas"]["CaseStateDto"];
        };
        CasesByStageDto: {
            /** @description Every stage in order, with its count */
            byStage: components["schemas"]["StageCountDto"][];
            /** @description The non-zero stage × channel cells, in stage order then channel */
            cells: components["schemas"]["StageChannelCountDto"][];
            /**
             * Format: date-time
             * @description The period start applied to when each case was received (null: none)
             */
            from: string | null;
            /**
             * Format: date-time
             * @description The period end, exclusive (null: none)
             */
            to: string | null;
            /** @description Cases received in the period, every stage and channel */
            total: number;
        };
        CaseStateDto: {
            /** @description committee-review's review (votes, decision) and service delivery */
            committeeReview: {
                [key: string]: unknown;
            };
            /** @description eligibility's assessment, the recorded decision, every override of it, and the documents */
            eligibility: {
                [key: string]: unknown;
            };
            /** @description feedback's file of the case: whether recorded, and its data */
            feedback: {
                [key: string]: unknown;
            };
            /** @description intake's application (its applicant fields [redacted] or [erased] as in the events) and when the person was erased */
            intake: {
                [key: string]: unknown;
            };
            /** @description partner-allocation's demand of the case: whether recorded, and its data */
            partnerAllocation: {
                [key: string]: unknown;
            };
        };
        CaseStatusDto: {
            /** Format: uuid */
            caseId: string;
            /** @description Each service view of the case; null where the case has not reached it yet (a draft: every service but intake) */
            services?: {
                "committee-review": components["schemas"]["CaseViewDto"] | components["schemas"]["ServiceUnavailableDto"] | (never | null);
                eligibility: components["schemas"]["CaseViewDto"] | components["schemas"]["ServiceUnavailableDto"] | (never | null);
                feedback: components["schemas"]["CaseViewDto"] | components["schemas"]["ServiceUnavailableDto"] | (never | null);
                intake: components["schemas"]["CaseViewDto"] | components["schemas"]["ServiceUnavailableDto"] | (never | null);
                "partner-allocation": components["schemas"]["CaseViewDto"] | components["schemas"]["ServiceUnavailableDto"] | (never | null);
            };
        };
        CaseViewDto: {
            caseId: string;
            details: Record<string, never>;
            stage: string;
            updatedAt: string;
        };
        ChallengeDescriptionDto: {
            /** @description Leading zero bits the SHA-256 of the stamp must have */
            bits: number;
            /** @example 1:bits:unixSeconds:resource::rand:counter */
            format: string;
            /**
             * @description The header that carries the solved stamp
             * @example X-Athar-Stamp
             */
            header: string;
            /** @enum {string} */
            kind: "hashcash-sha256";
            maxAgeSeconds: number;
            /** @example athar:tuwaiq */
            resource: string;
        };
        ChangeStaffDto: {
            /** @description Only false: deactivates the account and ends its sessions */
            active?: false;
            /**
             * @description Exactly the roles the account holds from now on
             * @example [
             *       "social-researcher"
             *     ]
             */
            roles?: ("relations-officer" | "social-researcher" | "services-officer" | "committee-member" | "committee-chair" | "empowerment-team" | "executive-director" | "board-member" | "tenant-admin" | "auditor" | "partner-applicant")[];
        };
        ChecklistItemDto: {
            done: boolean;
            /** @example document:cv */
            item: string;
            /**
             * @example {
             *       "ar": "إرفاق السيرة الذاتية",
             *       "en": "attach the CV"
             *     }
             */
            label: components["schemas"]["BilingualTextDto"];
        };
        ConfirmationCodeDto: {
            /**
             * @description The 6-digit code sent by SMS to the mobile on the request; Arabic-Indic digits accepted
             * @example 482913
             */
            code: string;
        };
        CorrectReachDto: {
            /** @enum {string} */
            channel: "interview" | "visit" | "phone" | "website" | "social-media" | "letters" | "email" | "help-request-service" | "volunteering" | "social-researcher" | "office-representative";
            /** @example guide-cv-writing */
            contentItemId: string;
            /**
             * @description The corrected figure: it replaces the one standing
             * @example 1100
             */
            count: number;
            /** @example 2026-11-08T00:00:00Z */
            periodEnd: string;
            /** @example 2026-11-01T00:00:00Z */
            periodStart: string;
            /**
             * @description Why the figure is corrected (at least 10 characters); kept on the record
             * @example تقرير المنصة احتسب حسابات آلية
             */
            reason: string;
        };
        DateInputDto: {
            /** @enum {string} */
            calendar: "gregorian" | "hijri";
            /**
             * @description YYYY-MM-DD; Arabic-Indic digits accepted
             * @example 1446-07-05
             */
            date: string;
        };
        DecideReferralDto: {
            /** @enum {string} */
            decision: "accepted" | "declined";
            /** @example نستقبل الطلب ونتواصل مع المستفيد */
            reason: string;
        };
        DecisionCheckDto: {
            differences: components["schemas"]["DifferenceDto"][];
            eligibilityPolicyVersion: number | null;
            /** Format: uuid */
            eventId: string;
            /** @enum {string} */
            kind: "eligibility-assessment" | "committee-decision" | "allocation-proposal";
            policyVersion: number | null;
            /** @description Why it cannot be reproduced, or why the re-run refused it */
            reason?: components["schemas"]["BilingualTextDto"];
            /** Format: date-time */
            recordedAt: string;
            streamId: string;
            type: string;
            /** @enum {string} */
            verdict: "same" | "differs" | "cannot-reproduce";
        };
        DecisionsReportDto: {
            decisions: components["schemas"]["DecisionCheckDto"][];
            /** @enum {string} */
            subject: "case" | "round";
            /** Format: uuid */
            subjectId: string;
            summary: components["schemas"]["DecisionSummaryDto"];
        };
        DecisionSummaryDto: {
            cannotReproduce: number;
            differs: number;
            same: number;
        };
        DeclarationDto: {
            /**
             * @description Explicit acceptance of the declaration text
             * @example true
             */
            accepted: boolean;
            /**
             * @description Version of the declaration text that was shown (GET /declaration)
             * @example 1
             */
            declarationVersion: number;
            /**
             * @description The applicant's full name, typed as on the request
             * @example سارة عبدالله العتيبي
             */
            signedName: string;
        };
        DeclarationTextDto: {
            /** @description Arabic first, English beside it */
            text: components["schemas"]["BilingualTextDto"];
            /** @example 1 */
            version: number;
        };
        DifferenceDto: {
            /** @description Dotted path in the event's data */
            path: string;
            /**
             * @description The recorded value, as JSON text (null where absent)
             * @example "eligible"
             */
            recorded: string;
            /**
             * @description The value the re-run gives, as JSON text (null where absent)
             * @example "not-eligible"
             */
            reproduced: string;
        };
        ErasedCaseDto: {
            /** Format: uuid */
            caseId: string;
            documentsRemoved: number;
            /** Format: date-time */
            erasedAt: string;
            /** @description The user who erased it */
            erasedBy: string;
            /** @enum {string} */
            reason: "beneficiary-request" | "retention-expired" | "legal-obligation";
        };
        ErasedPersonDto: {
            cases: components["schemas"]["ErasedCaseDto"][];
            inquiries: components["schemas"]["ErasedSubjectDto"][];
            referrals: components["schemas"]["ErasedSubjectDto"][];
        };
        ErasedSubjectDto: {
            /** Format: date-time */
            erasedAt: string;
            /** @description The user who erased it, or `association:<tenant>` when the referring association erased it */
            erasedBy: string;
            /** @description A referral made here: the association on the platform that received it, to erase its copy too */
            forwardTo: string | null;
            /**
             * @description The data key destroyed: `inquiry:<id>` or `referral:<id>`
             * @example referral:6f0c…
             */
            keyId: string;
            /** @enum {string} */
            reason: "beneficiary-request" | "retention-expired" | "legal-obligation";
        };
        ErasePersonalDataDto: {
            /** @enum {string} */
            reason: "beneficiary-request" | "retention-expired" | "legal-obligation";
        };
        ErasePersonDto: {
            /**
             * @description A mobile number of the person's, besides those in their cases: inquiries left with it are erased too
             * @example 0512345678
             */
            mobile?: string;
            /**
             * @description National ID or iqama of the person to erase in every case of this association
             * @example 1000000008
             */
            nationalId: string;
            /** @enum {string} */
            reason: "beneficiary-request" | "retention-expired" | "legal-obligation";
        };
        /** @description Every refusal and failure: a stable code, a bilingual message, field-level reasons, the correlation id to quote */
        Error: {
            /**
             * @description Stable, machine-readable reason (validation-failed, token-missing, concurrent-change...)
             * @example validation-failed
             */
            code: string;
            /** @description Also in the X-Correlation-Id response header and the logs */
            correlationId?: string;
            fields?: components["schemas"]["FieldProblem"][];
            message: components["schemas"]["Bilingual"];
            /** @example 422 */
            statusCode: number;
        };
        FieldProblem: {
            /**
             * @description The path of the field in the request (`applicant.nationalId`, `(body)`, a query or path parameter)
             * @example applicant.nationalId
             */
            field: string;
            reasons: components["schemas"]["Bilingual"][];
        };
        IncomingReferralDto: {
            /** @description This association's reason, once decided */
            decisionReason: string | null;
            /**
             * @description The referring association: tenantId and name
             * @example {
             *       "kind": "tenant",
             *       "tenantId": "tuwaiq",
             *       "name": {
             *         "ar": "جمعية طويق",
             *         "en": "Tuwaiq Association"
             *       }
             *     }
             */
            from: components["schemas"]["ReferralTargetView"];
            personalDataErasedAt: string | null;
            reason: string;
            /** @description When it reached this association */
            receivedAt: string | null;
            referralId: string;
            requestedService: string;
            /** @description Send as If-Match to decide */
            revision: number;
            /**
             * @description Only what the applicant consented to share (fullName, mobile, nationalId); "[erased]" once erased
             * @example {
             *       "fullName": "منى الدوسري"
             *     }
             */
            sharedData: components["schemas"]["SharedDataDto"];
            /** @enum {string} */
            status: "received" | "accepted" | "declined";
        };
        IncomingReferralPageDto: {
            items: components["schemas"]["IncomingReferralDto"][];
            /** @description Pass as cursor (with the same filters) for the next page; null on the last page */
            nextCursor: string | null;
            /** @description Items the filters match now, across all pages */
            total: number;
        };
        InquiryContactDto: {
            /**
             * Format: email
             * @description When the inquiry came by email: answered by email to this address
             * @example reem@example.org
             */
            email?: string;
            /**
             * @description Answered by SMS to this number
             * @example 0512345678
             */
            mobile?: string;
            name?: string;
        };
        InquiryContactReadDto: {
            purpose: string;
            readAt: string;
            readBy: string;
            role: string;
        };
        InquiryContactReadsDto: {
            inquiryId: string;
            items: components["schemas"]["InquiryContactReadDto"][];
        };
        InquiryContactView: {
            email: string | null;
            inquiryId: string;
            /** @description E.164 */
            mobile: string | null;
            name: string | null;
            /** @description When the contact details were erased ("[erased]" in their place) */
            personalDataErasedAt: string | null;
            /** @description Where the answer goes: email or sms; null when there is no way to reach the person */
            replyChannel: string | null;
        };
        InquiryDto: {
            answer?: string | null;
            channel: string;
            /** @description Whether the person left a way to reach them (read it with GET /inquiries/{id}/contact) */
            hasContact: boolean;
            inquiryId: string;
            openedAt: string;
            question: string;
            /** @description Send as If-Match when answering */
            revision: number;
            /** @enum {string} */
            status: "open" | "answered";
        };
        InquiryPageDto: {
            items: components["schemas"]["InquiryDto"][];
            /** @description Pass as cursor (with the same filters) for the next page; null on the last page */
            nextCursor: string | null;
            /** @description Items the filters match now, across all pages */
            total: number;
        };
        InviteStaffDto: {
            /**
             * Format: email
             * @example sara@awj.org.sa
             */
            email: string;
            firstName: string;
            lastName: string;
            roles: ("relations-officer" | "social-researcher" | "services-officer" | "committee-member" | "committee-chair" | "empowerment-team" | "executive-director" | "board-member" | "tenant-admin" | "auditor" | "partner-applicant")[];
        };
        NationalAddressDto: {
            /** @example 7412 */
            additionalNumber?: string;
            /** @example 2929 */
            buildingNumber: string;
            /** @example الدمام */
            city: string;
            /** @example الشاطئ */
            district: string;
            /** @example 32241 */
            postalCode: string;
            /** @example RRRD2929 */
            shortAddress: string;
        };
        OpenInquiryDto: {
            /**
             * @description One of the association's channels; another is refused (422)
             * @enum {string}
             */
            channel: "interview" | "visit" | "phone" | "website" | "social-media" | "letters" | "email" | "help-request-service" | "volunteering" | "social-researcher" | "office-representative";
            contact?: components["schemas"]["InquiryContactDto"];
            /** @example ما المستندات المطلوبة لطلب الدعم؟ */
            question: string;
        };
        OutboxMessageDto: {
            body: string;
            /** @enum {string} */
            channel: "sms" | "email" | "staff";
            correlationId: string;
            createdAt: string;
            id: string;
            recipient: string;
            segments: number;
            tenantId: string;
        };
        OutboxPageDto: {
            items: components["schemas"]["OutboxMessageDto"][];
            /** @description Pass as cursor (with the same filters) for the next page; null on the last page */
            nextCursor: string | null;
            /** @description Items the filters match now, across all pages */
            total: number;
        };
        OutboxSearch: {
            /** @description The previous page's nextCursor, passed back unchanged with the same filters (opaque; 422 otherwise) */
            cursor?: string;
            /**
             * @description Items per page
             * @default 50
             */
            limit: number;
            /** @example +966512345678 */
            recipient: string;
        };
        OutgoingReferralDto: {
            /** @description The receiving association's reason, once decided */
            decisionReason: string | null;
            reason: string;
            referralId: string;
            referredAt: string | null;
            requestedService: string;
            /** @enum {string} */
            status: "referred" | "referred-externally" | "accepted" | "declined";
            target: components["schemas"]["ReferralTargetView"];
        };
        OutgoingReferralPageDto: {
            items: components["schemas"]["OutgoingReferralDto"][];
            /** @description Pass as cursor for the next page; null on the last page */
            nextCursor: string | null;
            /** @description How many referrals match the filters (all pages) */
            total: number;
        };
        OutgoingReferralViewDto: {
            /** @description The receiving association's reason, once decided */
            decisionReason: string | null;
            /** Format: date-time */
            personalDataErasedAt: string | null;
            /** Format: uuid */
            referralId: string;
            requestedService: string;
            /** @enum {string} */
            status: "referred" | "referred-externally" | "accepted" | "declined";
            target: components["schemas"]["ReferralTargetView"];
        };
        PendingConfirmationDto: {
            /**
             * Format: uuid
             * @description Send the code to POST /public/{tenantId}/confirmations/{confirmationId}
             */
            confirmationId: string;
            /** @description When the code stops working (10 minutes) */
            expiresAt: string;
            /** @description Arabic with English beside it */
            message: components["schemas"]["BilingualTextDto"];
        };
        ProgrammeTermsConsentDto: {
            /** @example true */
            accepted: boolean;
            /**
             * @description The version shown (GET /public/{tenantId}/terms)
             * @example 1
             */
            termsVersion: number;
        };
        PublicApplicationDto: {
            applicant: components["schemas"]["ApplicantDto"];
            consent: components["schemas"]["ProgrammeTermsConsentDto"];
            /** @description Required: no submission without it (common process step 4) */
            declaration: components["schemas"]["DeclarationDto"];
            /**
             * @description One of the tenant's services
             * @example member-service
             */
            serviceId: string;
        };
        PublicReceiptDto: {
            /** @description The same for every confirmed request: the case number comes by SMS */
            message: components["schemas"]["BilingualTextDto"];
            /** @enum {string} */
            status: "received";
        };
        PublicServiceDto: {
            /** @example member-service */
            id: string;
            name: components["schemas"]["BilingualTextDto"];
        };
        PublicTermsDto: {
            /** @description The association's name */
            association: components["schemas"]["BilingualTextDto"];
            /** @description null when no challenge is configured */
            challenge: components["schemas"]["ChallengeDescriptionDto"] | (never | null);
            declaration: components["schemas"]["VersionedTextDto"];
            programmeTerms: components["schemas"]["VersionedTextDto"];
            /** @description The services one applies to directly */
            services: components["schemas"]["PublicServiceDto"][];
        };
        ReachCorrectedDto: {
            /** @enum {string} */
            channel: "interview" | "visit" | "phone" | "website" | "social-media" | "letters" | "email" | "help-request-service" | "volunteering" | "social-researcher" | "office-representative";
            /** @example guide-cv-writing */
            contentItemId: string;
            /** Format: date-time */
            correctedAt: string;
            /** @description The user who corrected it */
            correctedBy: string;
            /** @description The corrected figure, which replaces the one standing */
            count: number;
            /** Format: date-time */
            periodEnd: string;
            /** Format: date-time */
            periodStart: string;
            /** @description The figure it replaces */
            previousCount: number;
            reason: string;
            /** @example member-service */
            serviceId: string;
        };
        ReachCorrectionDto: {
            /** Format: date-time */
            at: string;
            /** @description The user who corrected it */
            by: string;
            from: number;
            reason: string | null;
            to: number;
        };
        ReachFigureDto: {
            corrections: components["schemas"]["ReachCorrectionDto"][];
            count: number;
            /** Format: date-time */
            periodEnd: string;
            /** Format: date-time */
            periodStart: string;
            /** Format: date-time */
            recordedAt: string;
            /** @description The user who recorded it */
            recordedBy: string;
        };
        ReachRecordedDto: {
            /** @enum {string} */
            channel: "interview" | "visit" | "phone" | "website" | "social-media" | "letters" | "email" | "help-request-service" | "volunteering" | "social-researcher" | "office-representative";
            /** @example guide-cv-writing */
            contentItemId: string;
            count: number;
            /** Format: date-time */
            periodEnd: string;
            /** Format: date-time */
            periodStart: string;
            /** @example member-service */
            serviceId: string;
        };
        ReachSummaryDto: {
            /** @description Largest total first */
            items: components["schemas"]["ReachTotalDto"][];
        };
        ReachTotalDto: {
            /** @enum {string} */
            channel: "interview" | "visit" | "phone" | "website" | "social-media" | "letters" | "email" | "help-request-service" | "volunteering" | "social-researcher" | "office-representative";
            /** @example guide-cv-writing */
            contentItemId: string;
            /** @description Whether any of its figures was corrected */
            corrected: boolean;
            figures: components["schemas"]["ReachFigureDto"][];
            total: number;
        };
        Readiness: {
            /** @description Per engine: status, ms, error */
            checks: {
                [key: string]: Record<string, never>;
            };
            /** @enum {string} */
            status: "up" | "down";
        };
        RecordReachDto: {
            /** @enum {string} */
            channel: "interview" | "visit" | "phone" | "website" | "social-media" | "letters" | "email" | "help-request-service" | "volunteering" | "social-researcher" | "office-representative";
            /** @example guide-cv-writing */
            contentItemId: string;
            /** @example 1250 */
            count: number;
            /** @example 2026-11-08T00:00:00Z */
            periodEnd: string;
            /** @example 2026-11-01T00:00:00Z */
            periodStart: string;
            /** @example published-content */
            serviceId: string;
        };
        RecordReadDto: {
            /** Format: uuid */
            caseId: string;
            /** @description The document read, when resource = document (its document id, as GET /applications/{caseId}/documents lists it) */
            documentId: string | null;
            /** @enum {string} */
            purpose: "case-handling" | "eligibility-review" | "committee-review" | "audit" | "beneficiary-request";
            /** Format: date-time */
            readAt: string;
            /** @description The user who read it */
            readBy: string;
            /** @enum {string} */
            resource: "application" | "document" | "case-status";
            /**
             * @description The role they read it in
             * @example caseworker
             */
            role: string;
        };
        RecordReadsDto: {
            /** Format: uuid */
            caseId: string;
            items: components["schemas"]["RecordReadDto"][];
        };
        ReferApplicationDto: {
            applicant: components["schemas"]["ApplicantDto"];
            /** @description What the applicant agreed to share; nothing else is sent */
            consentedFields: ("fullName" | "mobile" | "nationalId")[];
            /** @example الخدمة ليست من اختصاص الجمعية */
            reason: string;
            /** @example دعم مالي للإيجار */
            requestedService: string;
            target: components["schemas"]["ReferralTargetDto"];
        };
        ReferralDecidedDto: {
            /** Format: uuid */
            referralId: string;
            /** @enum {string} */
            status: "accepted" | "declined";
        };
        ReferralMadeDto: {
            /** @description What the applicant is told, Arabic with English beside it */
            message: components["schemas"]["BilingualTextDto"];
            /** Format: uuid */
            referralId: string;
            /** @enum {string} */
            status: "referred" | "referred-externally";
        };
        ReferralTargetDto: {
            /** @enum {string} */
            kind: "tenant" | "external";
            /** @description When kind = external: the body outside the platform */
            name?: string;
            /**
             * @description When kind = tenant: the association on the platform
             * @example awj
             */
            tenantId?: string;
        };
        ReferralTargetView: {
            /** @enum {string} */
            kind: "tenant" | "external";
            /**
             * @example {
             *       "ar": "جمعية أوج",
             *       "en": "Awj Association"
             *     }
             */
            name: components["schemas"]["BilingualTextDto"];
            /** @description When kind = tenant */
            tenantId?: string;
        };
        ReplayedEventDto: {
            actor: components["schemas"]["ActorDto"];
            causationId: string | null;
            correlationId: string;
            /** @description The event's data, as its type's schema in libs/contracts (latest version); personal fields [redacted] or [erased] */
            data: {
                [key: string]: unknown;
            };
            /** Format: uuid */
            eventId: string;
            /** @description The event's place in the store's global order (a decimal integer) */
            globalPosition: string;
            /** Format: date-time */
            occurredAt: string;
            /** Format: date-time */
            recordedAt: string;
            revision: number;
            /** @enum {string} */
            service: "intake" | "eligibility" | "committee-review" | "partner-allocation" | "feedback";
            streamId: string;
            type: string;
            version: number;
        };
        ReturnAskedDto: {
            /** @description The same whether or not a code was sent */
            message: components["schemas"]["BilingualTextDto"];
            /** @enum {string} */
            status: "received";
        };
        ReturningDocumentDto: {
            attachedAt: string;
            /** @description The checklist after this document */
            checklist: components["schemas"]["ChecklistItemDto"][];
            contentType: string;
            documentId: string;
            documentType: string;
            sha256: string;
            size: number;
        };
        ReturningDraftDto: {
            caseNumber: string;
            /** @description What is done and what is missing */
            checklist: components["schemas"]["ChecklistItemDto"][];
            /** @description The declaration to sign when submitting */
            declaration: components["schemas"]["DeclarationTextDto"];
            /** @description When the return code stops working */
            returnCodeExpiresAt: string;
            /** @example job-seeker-training */
            serviceId: string;
            serviceName: components["schemas"]["BilingualTextDto"];
        };
        ReviewWindowDto: {
            /**
             * @description Every day, or Sunday to Thursday without holidays
             * @enum {string}
             */
            counting: "calendar" | "working";
            /** @description Days the committee has to answer, from submission */
            days: number;
        };
        ServiceUnavailableDto: {
            unavailable: true;
        };
        SharedDataDto: {
            /** @example منى الدوسري */
            fullName?: string;
            /** @example 0512345678 */
            mobile?: string;
            /** @example 1012345678 */
            nationalId?: string;
        };
        SignInCodeSentDto: {
            /** @description When a code sent now stops working (5 minutes) */
            expiresAt: string;
            /** @description The same answer for every mobile: Arabic with English beside it */
            message: components["schemas"]["BilingualTextDto"];
        };
        SignInRefreshDto: {
            /** @description The refresh token of the last sign-in or refresh (single use) */
            refreshToken: string;
        };
        SignInRequestDto: {
            /**
             * @description A Saudi mobile number in any usual form (05…, +9665…); Arabic-Indic digits accepted
             * @example 0512345678
             */
            mobile: string;
        };
        SignInTokensDto: {
            /** @description Bearer token for the API (5 minutes) */
            accessToken: string;
            /** @description Seconds the access token lives */
            expiresIn: number;
            /** @description Seconds the refresh token lives unless used */
            refreshExpiresIn: number;
            /** @description Single use: POST /public/{tenantId}/sign-in/refresh for the next access token */
            refreshToken: string;
            /** @enum {string} */
            tokenType: "Bearer";
        };
        SignInVerifyDto: {
            /**
             * @description The 6-digit code sent by SMS; Arabic-Indic digits accepted
             * @example 482913
             */
            code: string;
            /**
             * @description A Saudi mobile number in any usual form (05…, +9665…); Arabic-Indic digits accepted
             * @example 0512345678
             */
            mobile: string;
        };
        StaffAccountDto: {
            /** Format: date-time */
            createdAt: string | null;
            /** Format: email */
            email: string | null;
            /** @description false once deactivated: it signs in no more, and its tokens read no personal data */
            enabled: boolean;
            firstName: string | null;
            lastName: string | null;
            /** @description What the person must do at their next sign-in (UPDATE_PASSWORD, CONFIGURE_TOTP) */
            requiredActions: string[];
            roles: ("applicant" | "relations-officer" | "social-researcher" | "services-officer" | "committee-member" | "committee-chair" | "empowerment-team" | "executive-director" | "board-member" | "tenant-admin" | "auditor" | "partner-applicant" | "operations" | "service")[];
            /** @description The account as tokens name it (their subject) */
            userId: string;
            username: string;
        };
        StaffInvitedDto: {
            account: components["schemas"]["StaffAccountDto"];
            /** @description Whether the invitation email went (the realm has a mail server) */
            invitationEmailed: boolean;
        };
        StaffPageDto: {
            items: components["schemas"]["StaffAccountDto"][];
            /** @description The next page's `first`; null on the last page */
            next: number | null;
        };
        StageChannelCountDto: {
            /**
             * @description The channel the request came by (unknown: intake's event not applied yet)
             * @enum {string}
             */
            channel: "interview" | "visit" | "phone" | "website" | "social-media" | "letters" | "email" | "help-request-service" | "volunteering" | "social-researcher" | "office-representative" | "unknown";
            /** @description Cases at this stage from this channel (only non-zero cells are listed) */
            count: number;
            /**
             * @description Where the case stands (draft, received, eligibility, committee, accepted, refused, in-delivery)
             * @enum {string}
             */
            stage: "draft" | "received" | "eligibility" | "committee" | "accepted" | "refused" | "in-delivery";
        };
        StageCountDto: {
            /** @description Cases at this stage (every stage is listed, in order, zero included) */
            count: number;
            /**
             * @description The stage
             * @enum {string}
             */
            stage: "draft" | "received" | "eligibility" | "committee" | "accepted" | "refused" | "in-delivery";
        };
        SubmitApplicationDto: {
            applicant: components["schemas"]["ApplicantDto"];
            /**
             * @example website
             * @enum {string}
             */
            channel: "interview" | "visit" | "phone" | "website" | "social-media" | "letters" | "email" | "help-request-service" | "volunteering" | "social-researcher" | "office-representative";
            /** @description Required: no submission without it (common process step 4) */
            declaration: components["schemas"]["DeclarationDto"];
            /**
             * @description One of the tenant's services
             * @example member-service
             */
            serviceId: string;
        };
        SubmitDraftDto: {
            /** @description Required: no submission without it (common process step 4) */
            declaration: components["schemas"]["DeclarationDto"];
        };
        TimeToDecisionDto: {
            /** @description The three parts of the window in order, with their counts */
            buckets: components["schemas"]["WindowBucketDto"][];
            /** @description First decisions (accepted or refused) made in the period */
            decided: number;
            /**
             * Format: date-time
             * @description The period start applied to the decision instant (null: none)
             */
            from: string | null;
            /** @description Median days from submission to decision, one decimal (nearest rank; null: no decision) */
            medianDays: number | null;
            /** @description 90th percentile of days from submission to decision, one decimal (nearest rank; null: no decision) */
            p90Days: number | null;
            /** @description The tenant's review window in its policy now */
            reviewWindow: components["schemas"]["ReviewWindowDto"];
            /**
             * Format: date-time
             * @description The period end, exclusive (null: none)
             */
            to: string | null;
        };
        UpdatedDraftDto: {
            /** Format: uuid */
            caseId: string;
            /** @description What is done and what is missing */
            checklist: components["schemas"]["ChecklistItemDto"][];
            /** @enum {string} */
            status: "draft";
        };
        UpdateDraftDto: {
            /** @description Only the fields to add or correct */
            applicant: components["schemas"]["ApplicantPatchDto"];
        };
        VersionedTextDto: {
            text: components["schemas"]["BilingualTextDto"];
            version: number;
        };
        WindowBucketDto: {
            /**
             * @description first-half: within the window's first half; within-window: in its second half; after-window: after its end
             * @enum {string}
             */
            bucket: "first-half" | "within-window" | "after-window";
            /** @description Decisions in this part of the window */
            count: number;
        };
    };
    responses: {
        /** @description Malformed request: JSON that does not parse, a body that is not an object, an id in the path that is not valid */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The request conflicts with the record’s state or a concurrent change */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The token’s roles may not do this, or the record is not the caller’s */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The record existed but is no more: erased personal data, an expired confirmation */
        Gone: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Too many wrong attempts: this confirmation is locked */
        Locked: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description No such record for the caller’s tenant */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The body is larger than the service accepts */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description An engine is unavailable; nothing durable happened, retry with the same Idempotency-Key after Retry-After */
        ServiceUnavailable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Too many requests from this caller or address; retry after the Retry-After header */
        TooManyRequests: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description No bearer token, or one that is not valid (always answered before the body is looked at) */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Fields, query parameters or headers that break the rules; each problem is listed with its reasons */
        UnprocessableEntity: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    ListApplicationsController_listApplications: {
        parameters: {
            query?: {
                /** @description The request with this case number (as the applicant quotes it) */
                caseNumber?: string;
                channel?: "interview" | "visit" | "phone" | "website" | "social-media" | "letters" | "email" | "help-request-service" | "volunteering" | "social-researcher" | "office-representative";
                /** @description The previous page's nextCursor, passed back unchanged with the same filters (opaque; 422 otherwise) */
                cursor?: string;
                /** @description Items per page */
                limit?: number;
                serviceId?: string;
                /** @description By when the request entered its status (a draft: created); oldest puts the longest-waiting drafts first */
                sort?: "newest" | "oldest";
                /** @description draft: waiting for what its checklist lacks; submitted: registered, no decision yet; accepted / rejected: the committee's latest decision; reconsidering: a reconsideration asked for, undecided */
                status?: "draft" | "submitted" | "accepted" | "rejected" | "reconsidering";
                /** @description Submitted at or after (ISO 8601); drafts have no submission date */
                submittedFrom?: string;
                /** @description Submitted before (ISO 8601) */
                submittedTo?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationPageDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    SubmitApplicationController_submit: {
        parameters: {
            query?: never;
            header?: {
                /** @description The same caller retrying the same request with the same key within 24 hours gets the first answer; the same key with another request is 422 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitApplicationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationReceiptDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            /** @description Field-level reasons in Arabic and English */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    GetApplicationController_get: {
        parameters: {
            query?: {
                /** @description Why the record is read, when the X-Purpose header is not sent; logged */
                purpose?: "case-handling" | "eligibility-review" | "committee-review" | "audit" | "beneficiary-request";
            };
            header?: {
                /** @description Why the record is read (required here or as query parameter purpose); logged */
                "X-Purpose"?: "case-handling" | "eligibility-review" | "committee-review" | "audit" | "beneficiary-request";
            };
            path: {
                /** @description The case (application) id */
                caseId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The application as its stream tells it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationViewDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            410: components["responses"]["Gone"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    UpdateDraftController_update: {
        parameters: {
            query?: never;
            header: {
                /** @description The revision from GET /applications/{caseId} (ETag) */
                "If-Match": string;
            };
            path: {
                /** @description The case (application) id */
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateDraftDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdatedDraftDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            410: components["responses"]["Gone"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    DocumentsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The case (application) id */
                caseId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDocumentsDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            410: components["responses"]["Gone"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    AttachDocumentController_attach: {
        parameters: {
            query?: never;
            header?: {
                /** @description The same caller retrying the same request with the same key within 24 hours gets the first answer; the same key with another request is 422 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The case (application) id */
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** @enum {string} */
                    documentType: "national-id" | "national-address" | "cv" | "qualification" | "status-certificate";
                    /** Format: binary */
                    file: string;
                };
            };
        };
        responses: {
            /** @description Done */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        documentId: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            410: components["responses"]["Gone"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    DocumentsController_download: {
        parameters: {
            query?: {
                /** @description Why the record is read, when the X-Purpose header is not sent; logged */
                purpose?: "case-handling" | "eligibility-review" | "committee-review" | "audit" | "beneficiary-request";
            };
            header?: {
                /** @description Why the record is read (required here or as query parameter purpose); logged */
                "X-Purpose"?: "case-handling" | "eligibility-review" | "committee-review" | "audit" | "beneficiary-request";
            };
            path: {
                /** @description The case (application) id */
                caseId: string;
                /** @description The document id */
                documentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file as attached, in its own content type (the console shows an image or a PDF inline) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "image/jpeg": string;
                    "image/png": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            410: components["responses"]["Gone"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    SubmitDraftController_submit: {
        parameters: {
            query?: never;
            header?: {
                /** @description The same caller retrying the same request with the same key within 24 hours gets the first answer; the same key with another request is 422 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The case (application) id */
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitDraftDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationReceiptDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            410: components["responses"]["Gone"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    AuditController_replay: {
        parameters: {
            query?: {
                /** @description The instant to replay the case at (by recordedAt: what the platform knew then); default now. Not in the future, not before 2020. */
                asOf?: string;
                /** @description Why personal data is shown; without it every personal field reads [redacted]. Logged with the read. */
                purpose?: string;
            };
            header?: never;
            path: {
                /** @description The case (application) id */
                caseId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseReplayDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            410: components["responses"]["Gone"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    AuditController_caseDecisions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The case (application) id */
                caseId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionsReportDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            410: components["responses"]["Gone"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    AuditController_roundDecisions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionsReportDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            410: components["responses"]["Gone"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    ErasePersonController_erasePerson: {
        parameters: {
            query?: never;
            header?: {
                /** @description The same caller retrying the same request with the same key within 24 hours gets the first answer; the same key with another request is 422 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ErasePersonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErasedPersonDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    CaseViewController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The case (application) id */
                caseId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseViewDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            410: components["responses"]["Gone"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    EraseCaseController_erase: {
        parameters: {
            query?: never;
            header?: {
                /** @description The same caller retrying the same request with the same key within 24 hours gets the first answer; the same key with another request is 422 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The case (application) id */
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ErasePersonalDataDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErasedCaseDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            410: components["responses"]["Gone"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    RecordReadsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The case (application) id */
                caseId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordReadsDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            410: components["responses"]["Gone"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    CaseStatusController_status: {
        parameters: {
            query?: {
                /** @description Why the record is read, when the X-Purpose header is not sent; logged */
                purpose?: "case-handling" | "eligibility-review" | "committee-review" | "audit" | "beneficiary-request";
            };
            header: {
                authorization: string;
                /** @description Why the record is read (required here or as query parameter purpose); logged */
                "X-Purpose"?: "case-handling" | "eligibility-review" | "committee-review" | "audit" | "beneficiary-request";
            };
            path: {
                /** @description The case (application) id */
                caseId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseStatusDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            410: components["responses"]["Gone"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    DeclarationController_current: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeclarationTextDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    CaseFiguresController_casesByStage: {
        parameters: {
            query?: {
                /** @description From this instant or date on, inclusive (ISO 8601) */
                from?: string;
                /** @description Before this instant or date, exclusive (ISO 8601); after from */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CasesByStageDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    CaseFiguresController_timeToDecision: {
        parameters: {
            query?: {
                /** @description From this instant or date on, inclusive (ISO 8601) */
                from?: string;
                /** @description Before this instant or date, exclusive (ISO 8601); after from */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimeToDecisionDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    HealthController_ready_health: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every engine answers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Readiness"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            /** @description An engine does not answer (named in checks) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Readiness"];
                };
            };
        };
    };
    HealthController_live: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "up";
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    HealthController_ready_ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every engine answers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Readiness"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            /** @description An engine does not answer (named in checks) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Readiness"];
                };
            };
        };
    };
    InquiriesController_list: {
        parameters: {
            query?: {
                /** @description Only inquiries received on this channel */
                channel?: "interview" | "visit" | "phone" | "website" | "social-media" | "letters" | "email" | "help-request-service" | "volunteering" | "social-researcher" | "office-representative";
                /** @description The previous page's nextCursor, passed back unchanged with the same filters (opaque; 422 otherwise) */
                cursor?: string;
                /** @description Items per page */
                limit?: number;
                /** @description Opened at or after (ISO 8601) */
                openedFrom?: string;
                /** @description Opened before (ISO 8601) */
                openedTo?: string;
                status?: "open" | "answered";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InquiryPageDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    OpenInquiryController_open: {
        parameters: {
            query?: never;
            header?: {
                /** @description The same caller retrying the same request with the same key within 24 hours gets the first answer; the same key with another request is 422 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenInquiryDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InquiryDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    InquiriesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The inquiry id */
                inquiryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InquiryDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            410: components["responses"]["Gone"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    AnswerInquiryController_answer: {
        parameters: {
            query?: never;
            header: {
                /** @description The same caller retrying the same request with the same key within 24 hours gets the first answer; the same key with another request is 422 */
                "Idempotency-Key"?: string;
                /** @description The revision you saw (GET /inquiries/{id} ETag) */
                "If-Match": string;
            };
            path: {
                /** @description The inquiry id */
                inquiryId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnswerInquiryDto"];
            };
        };
        responses: {
            /** @description The inquiry, answered */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        inquiryId: string;
                        revision: number;
                        /** @enum {string} */
                        status: "answered";
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            410: components["responses"]["Gone"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    ReadInquiryContactController_contact: {
        parameters: {
            query?: {
                /** @description Why the record is read, when the X-Purpose header is not sent; logged */
                purpose?: "case-handling" | "eligibility-review" | "committee-review" | "audit" | "beneficiary-request";
            };
            header?: {
                /** @description Why the record is read (required here or as query parameter purpose); logged */
                "X-Purpose"?: "case-handling" | "eligibility-review" | "committee-review" | "audit" | "beneficiary-request";
            };
            path: {
                /** @description The inquiry id */
                inquiryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InquiryContactView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            410: components["responses"]["Gone"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    InquiriesController_contactReads: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The inquiry id */
                inquiryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InquiryContactReadsDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            410: components["responses"]["Gone"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    MetricsController_scrape: {
        parameters: {
            query?: never;
            header: {
                authorization: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Prometheus text exposition format */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            400: components["responses"]["BadRequest"];
            /** @description The metrics token is required and was missing or wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    OutboxController_list: {
        parameters: {
            query?: {
                /** @description The previous page's nextCursor, passed back unchanged with the same filters (opaque; 422 otherwise) */
                cursor?: string;
                /** @description Items per page */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutboxPageDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    OutboxController_search: {
        parameters: {
            query?: never;
            header?: {
                /** @description The same caller retrying the same request with the same key within 24 hours gets the first answer; the same key with another request is 422 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OutboxSearch"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutboxPageDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    ApplyThroughPublicLinkController_apply: {
        parameters: {
            query?: never;
            header?: {
                /** @description The same caller retrying the same request with the same key within 24 hours gets the first answer; the same key with another request is 422 */
                "Idempotency-Key"?: string;
                /** @description A solved proof-of-work stamp, when GET …/terms names a challenge */
                "x-athar-stamp"?: string;
            };
            path: {
                /** @description The association (tenant) whose public link this is */
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublicApplicationDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PendingConfirmationDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            410: components["responses"]["Gone"];
            413: components["responses"]["PayloadTooLarge"];
            /** @description Field-level reasons in Arabic and English */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the per-address or per-mobile limit; Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    ApplyThroughPublicLinkController_confirm: {
        parameters: {
            query?: never;
            header?: {
                /** @description The same caller retrying the same request with the same key within 24 hours gets the first answer; the same key with another request is 422 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The confirmation id sent to the applicant */
                confirmationId: string;
                /** @description The association (tenant) whose public link this is */
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConfirmationCodeDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicReceiptDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            /** @description No request awaits confirmation under this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            409: components["responses"]["Conflict"];
            /** @description The code expired */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            /** @description Wrong code (attempts left), or the request no longer passes its checks */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            423: components["responses"]["Locked"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    ReturnToDraftController_view: {
        parameters: {
            query?: never;
            header: {
                /** @description The return code from the text message (16 letters and digits; dashes and spaces optional) */
                "X-Athar-Return-Code": string;
            };
            path: {
                /** @description The request number from the text message */
                caseNumber: unknown;
                tenantId: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReturningDraftDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            /** @description The code does not open this draft (wrong, older, another case or tenant, expired, or the case is submitted): one answer for all */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            404: components["responses"]["NotFound"];
            410: components["responses"]["Gone"];
            422: components["responses"]["UnprocessableEntity"];
            /** @description Over the per-address limit; Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    ReturnToDraftController_attach: {
        parameters: {
            query?: never;
            header: {
                /** @description The same caller retrying the same request with the same key within 24 hours gets the first answer; the same key with another request is 422 */
                "Idempotency-Key"?: string;
                /** @description The return code from the text message (16 letters and digits; dashes and spaces optional) */
                "X-Athar-Return-Code": string;
            };
            path: {
                /** @description The request number from the text message */
                caseNumber: unknown;
                tenantId: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** @enum {string} */
                    documentType: "national-id" | "national-address" | "cv" | "qualification" | "status-certificate";
                    /** Format: binary */
                    file: string;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReturningDocumentDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            /** @description The code does not open this draft (wrong, older, another case or tenant, expired, or the case is submitted): one answer for all */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            410: components["responses"]["Gone"];
            413: components["responses"]["PayloadTooLarge"];
            /** @description Field-level reasons in Arabic and English */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the per-address limit; Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    ReturnToDraftController_submit: {
        parameters: {
            query?: never;
            header: {
                /** @description The same caller retrying the same request with the same key within 24 hours gets the first answer; the same key with another request is 422 */
                "Idempotency-Key"?: string;
                /** @description The return code from the text message (16 letters and digits; dashes and spaces optional) */
                "X-Athar-Return-Code": string;
            };
            path: {
                /** @description The request number from the text message */
                caseNumber: unknown;
                tenantId: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitDraftDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationReceiptDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            /** @description The code does not open this draft (wrong, older, another case or tenant, expired, or the case is submitted): one answer for all */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            410: components["responses"]["Gone"];
            413: components["responses"]["PayloadTooLarge"];
            /** @description What is still missing, or the declaration, field by field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the per-address limit; Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    AskReturnCodeController_ask: {
        parameters: {
            query?: never;
            header?: {
                /** @description The same caller retrying the same request with the same key within 24 hours gets the first answer; the same key with another request is 422 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The association (tenant) whose public link this is */
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AskReturnCodeDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReturnAskedDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            410: components["responses"]["Gone"];
            413: components["responses"]["PayloadTooLarge"];
            /** @description Field-level reasons in Arabic and English */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the per-address or per-mobile limit; Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    RequestSignInCodeController_request: {
        parameters: {
            query?: never;
            header?: {
                /** @description The same caller retrying the same request with the same key within 24 hours gets the first answer; the same key with another request is 422 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The association (tenant) whose public link this is */
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignInRequestDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignInCodeSentDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            /** @description No such association */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            409: components["responses"]["Conflict"];
            410: components["responses"]["Gone"];
            413: components["responses"]["PayloadTooLarge"];
            /** @description Field-level reasons in Arabic and English (not a Saudi mobile number) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the per-address or per-mobile limit; Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Sign-in is not configured here (no Keycloak client secret) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    RefreshSignInController_refresh: {
        parameters: {
            query?: never;
            header?: {
                /** @description The same caller retrying the same request with the same key within 24 hours gets the first answer; the same key with another request is 422 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The association (tenant) whose public link this is */
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignInRefreshDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignInTokensDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            /** @description Refresh token used before, expired, of another association, or its session ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            410: components["responses"]["Gone"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            /** @description Sign-in is not configured here (no Keycloak client secret) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    VerifySignInCodeController_verify: {
        parameters: {
            query?: never;
            header?: {
                /** @description The same caller retrying the same request with the same key within 24 hours gets the first answer; the same key with another request is 422 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The association (tenant) whose public link this is */
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignInVerifyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignInTokensDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            /** @description The applicant account was disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            /** @description The code expired */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            /** @description Wrong code (attempts left), no code awaiting, or field-level reasons */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Five wrong codes: locked, even for the right one, until a new code is asked for */
            423: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Over the per-address limit; Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Sign-in is not configured here (no Keycloak client secret) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    ApplyThroughPublicLinkController_terms: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The association (tenant) whose public link this is */
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicTermsDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            410: components["responses"]["Gone"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    ReachController_summary: {
        parameters: {
            query?: {
                /** @description Periods starting at or after */
                from?: string;
                limit?: number;
                serviceId?: string;
                /** @description Periods starting before */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReachSummaryDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    RecordReachController_record: {
        parameters: {
            query?: never;
            header?: {
                /** @description The same caller retrying the same request with the same key within 24 hours gets the first answer; the same key with another request is 422 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordReachDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReachRecordedDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description `reach-already-recorded`: a figure stands for this item, channel and period; correct it with POST /reach/corrections (also in the Link header) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    CorrectReachController_correct: {
        parameters: {
            query?: never;
            header?: {
                /** @description The same caller retrying the same request with the same key within 24 hours gets the first answer; the same key with another request is 422 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CorrectReachDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReachCorrectedDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    ReferralsController_list: {
        parameters: {
            query?: {
                /** @description The previous page's nextCursor, passed back unchanged with the same filters (opaque; 422 otherwise) */
                cursor?: string;
                /** @description Items per page */
                limit?: number;
                /** @description Only referrals to this association on the platform */
                receivingTenantId?: string;
                /** @description referred: waiting for the receiving association; referred-externally: to a body outside the platform */
                status?: "referred" | "referred-externally" | "accepted" | "declined";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutgoingReferralPageDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    ReferApplicationController_refer: {
        parameters: {
            query?: never;
            header?: {
                /** @description The same caller retrying the same request with the same key within 24 hours gets the first answer; the same key with another request is 422 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReferApplicationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralMadeDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    ReferralsController_outgoing: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The referral id */
                referralId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutgoingReferralViewDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            410: components["responses"]["Gone"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    ReferralsController_incoming: {
        parameters: {
            query?: {
                /** @description The previous page's nextCursor, passed back unchanged with the same filters (opaque; 422 otherwise) */
                cursor?: string;
                /** @description Items per page */
                limit?: number;
                /** @description received: waiting for this association to decide */
                status?: "received" | "accepted" | "declined";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncomingReferralPageDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    DecideReferralController_decide: {
        parameters: {
            query?: never;
            header: {
                /** @description The same caller retrying the same request with the same key within 24 hours gets the first answer; the same key with another request is 422 */
                "Idempotency-Key"?: string;
                /** @description The revision from GET /referrals/incoming */
                "If-Match": string;
            };
            path: {
                /** @description The referral id */
                referralId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecideReferralDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralDecidedDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            410: components["responses"]["Gone"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    ListStaffController_list: {
        parameters: {
            query?: {
                first?: number;
                max?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffPageDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    InviteStaffController_invite: {
        parameters: {
            query?: never;
            header?: {
                /** @description The same caller retrying the same request with the same key within 24 hours gets the first answer; the same key with another request is 422 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InviteStaffDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffInvitedDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    ChangeStaffController_change: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeStaffDto"];
            };
        };
        responses: {
            /** @description The account as it now stands */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffAccountDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            410: components["responses"]["Gone"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
}
