// Generated from the service's OpenAPI document by `npm run console:api-types` (docs/adr/0036). Do not edit.
export interface paths {
    "/allocation-rounds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your association's allocation rounds, latest close first, by state and service (keyset pages). */
        get: operations["AllocationRoundsController_list"];
        put?: never;
        /** Set up an allocation round of a service: capacity in whole units, opening and closing instants. It opens and closes by itself; at the close the allocation is computed as a proposal. */
        post: operations["ScheduleAllocationRoundController_schedule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/allocation-rounds/{roundId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One round of your association with its ranking and each request's explanation; another association's answers 404. */
        get: operations["GetAllocationRoundController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/allocation-rounds/{roundId}/approval": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve the round's proposal with the session and its Gregorian and Hijri dates; the result is then final (409 without a proposal or twice). */
        post: operations["ApproveAllocationRoundController_approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/allocation-rounds/{roundId}/my-allocation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A partner tenant's own request in a round of another association: its share and reasons once approved; never another partner's. 404 when it has none. */
        get: operations["GetAllocationRoundController_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/allocation-rounds/{roundId}/recompute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Compute the proposal again from the studied requests and the policy as they are now; 409 before the close or once approved. */
        post: operations["RecomputeAllocationController_recompute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/allocation-rounds/{roundId}/what-if": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The round's proposal input computed with other weights, beside the current result; records nothing (409 before the close). */
        post: operations["AllocationWhatIfController_whatIf"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/allocation-rounds/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The rounds, at any association, holding a request of your partner association (latest close first, keyset pages): your own request's share, rank and reasons once approved; never another partner's name or scores. */
        get: operations["AllocationRoundsController_mine"];
        put?: never;
        post?: never;
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
    "/impact-reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your association's report periods, the earliest due first, by status (due, overdue, submitted, not-owed), agreement and partner, in keyset pages with a total. */
        get: operations["ImpactReportsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/impact-reports/{reportId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One report period: your association's, or (partner-applicant) one of an agreement your association is the partner of; otherwise 404. */
        get: operations["ImpactReportsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/impact-reports/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The report periods your association owes as a partner, with any association: due dates, status and what you submitted. */
        get: operations["ImpactReportsController_mine"];
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
    "/needs-studies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Needs studies still to do (pending or overdue), nearest deadline first; `due` keeps those due before an instant; keyset pages with a total. */
        get: operations["StudiesDueController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/needs-studies/factors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The needs study's factors of the caller's tenant (id, Arabic and English name, highest score), in its policy's order; an empty list for a tenant that distributes nothing to partners. */
        get: operations["StudyFactorsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/partner-agreements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your association's partner agreements, newest first, by state, in keyset pages with a total. */
        get: operations["AgreementsController_list"];
        put?: never;
        /** Draft the agreement for a studied partner request from your association's template (responsibilities, reporting, term); one per request and round, 409 the second time. */
        post: operations["DraftAgreementController_draft"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/partner-agreements/{agreementId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One agreement of your association, from its stream (read your own writes); another association's answers 404. */
        get: operations["GetAgreementController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/partner-agreements/{agreementId}/evaluation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the partnership's evaluation on the OECD DAC criteria (each 1–4 with a comment) once the agreement has ended or was terminated; its overall score is the partner's 'greatest impact' in its next round. 409 on a second evaluation or an agreement not over. */
        post: operations["EvaluatePartnershipController_evaluate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/partner-agreements/{agreementId}/impact-reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit the impact report for one period (a due date of the agreement): beneficiaries reached, activities, spending in SAR, evidence. The partner association from its own account (naming allocatingTenantId); the empowerment team for an outside body. 409 for a second report of the period or an agreement not in force. */
        post: operations["SubmitImpactReportController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/partner-agreements/{agreementId}/sending": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send the draft to both signatories; the partner is told; it lapses if both have not signed by the deadline. 409 unless a draft. */
        post: operations["SendAgreementController_send"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/partner-agreements/{agreementId}/signatures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign for your side, naming the signatory and their capacity: the executive director or a board member for the allocating association; the partner association from its own account (naming allocatingTenantId); the empowerment team records an outside body's signature. The second signature puts it in force with its report dates. */
        post: operations["SignAgreementController_sign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/partner-agreements/{agreementId}/termination": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End the agreement early with a reason code and a bilingual explanation; 409 once ended or terminated. */
        post: operations["TerminateAgreementController_terminate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/partner-agreements/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The agreements your association is the partner of, with any association: their terms, signatures and report dates. */
        get: operations["AgreementsController_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/partner-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your association's partner requests, newest first; filtered by stage, service and region, in keyset pages with a total. */
        get: operations["PartnerRequestsController_list"];
        put?: never;
        /** Submit a partner request: from a partner association's own account (partner-applicant, naming allocatingTenantId) or recorded by staff for an outside body (empowerment-team, with outsideBody). 422 with every field's reason. */
        post: operations["SubmitPartnerRequestController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/partner-requests/{partnerRequestId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One partner request of your association with its contact and needs study; another association's answers 404. */
        get: operations["GetPartnerRequestController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/partner-requests/{partnerRequestId}/needs-study": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the needs study: every factor of the association's policy scored once on its scale, with evidence documents; 409 once done. */
        post: operations["ScoreNeedsStudyController_score"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/partner-requests/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The requests your association made as a partner, to any association, with where each stands (never the study's scores). */
        get: operations["PartnerRequestsController_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AgreementPageDto: {
            items: components["schemas"]["PartnerAgreementDto"][];
            /** @description Pass as cursor (with the same filters) for the next page; null on the last page */
            nextCursor: string | null;
            /** @description Items the filters match now, across all pages */
            total: number;
        };
        AllocationDto: {
            /** @enum {string} */
            unit: "seats" | "sessions" | "halalas";
            /** @description The round's share for this partner, in the unit (money in halalas) */
            units: number;
        };
        AllocationReasonDto: {
            /** @enum {string} */
            code: "asked-in-full" | "capped-at-asked" | "capacity-short" | "proportional-share" | "zero-score" | "rounded-down" | "rounded-up" | "tie-broken";
            text: components["schemas"]["BilingualTextDto"];
        };
        AllocationRoundDto: {
            /** @description Null until approved; then the result is final */
            approval: components["schemas"]["RoundApprovalDto"] | (never | null);
            capacity: number;
            /** Format: date-time */
            closedAt: string | null;
            /** Format: date-time */
            closesAt: string;
            /** Format: date-time */
            openedAt: string | null;
            /** Format: date-time */
            opensAt: string;
            /** @description Null until the round closes */
            proposal: components["schemas"]["RoundProposalDto"] | (never | null);
            /** @description The round revision (also the ETag) */
            revision: number;
            /** Format: uuid */
            roundId: string;
            serviceId: string;
            /** @enum {string} */
            status: "scheduled" | "open" | "proposed" | "approved";
            /** @enum {string} */
            unit: "seat" | "session" | "halala";
            unitsPerBeneficiary: number;
        };
        AllocationRoundItemDto: {
            /** @description Units allocated (null until the close) */
            allocated: number | null;
            /** Format: date-time */
            approvedAt: string | null;
            capacity: number;
            /** Format: date-time */
            closedAt: string | null;
            /** Format: date-time */
            closesAt: string;
            /** Format: date-time */
            opensAt: string;
            /** @description Requests ranked (null until the close) */
            requestCount: number | null;
            /** Format: uuid */
            roundId: string;
            serviceId: string;
            /** @enum {string} */
            status: "scheduled" | "open" | "proposed" | "approved";
            /** @enum {string} */
            unit: "seat" | "session" | "halala";
        };
        AllocationRoundPageDto: {
            items: components["schemas"]["AllocationRoundItemDto"][];
            /** @description Pass as cursor (with the same filters) for the next page; null on the last page */
            nextCursor: string | null;
            /** @description Items the filters match now, across all pages */
            total: number;
        };
        AllocationViewDto: {
            /** @example partner-association-services */
            serviceId: string;
            /** @enum {string} */
            unit: "seats" | "sessions" | "halalas";
            units: number;
        };
        AllocationWeightsDto: {
            fitWithGoalsAndPlans: number;
            greatestImpact: number;
            higherNeedRegion: number;
            infrastructureReadiness: number;
            notServedBefore: number;
            scopeOfWork: number;
            targetedBeneficiaries: number;
        };
        AllocationWhatIfAnswerDto: {
            /** @description The same input with the other weights */
            alternative: components["schemas"]["WhatIfSideDto"];
            /** @description The recorded proposal's input with the policy's weights */
            current: components["schemas"]["WhatIfSideDto"];
            /** @description Only the requests whose score, rank or share differ */
            differences: components["schemas"]["WhatIfDifferenceDto"][];
            /** Format: uuid */
            roundId: string;
        };
        AllocationWhatIfDto: {
            /** @description Every factor, whole numbers 0-1000, at least one above 0 */
            otherWeights: components["schemas"]["OtherWeightsDto"];
        };
        ApproveAllocationRoundDto: {
            /** @example 2026-03-12 */
            gregorianDate: string;
            /** @example 1447-09-23 */
            hijriDate: string;
            /** @example الجلسة السابعة لمجلس الإدارة */
            session: string;
        };
        AssessorViewDto: {
            name: string;
            userId: string;
        };
        BeneficiariesInputDto: {
            /**
             * @description Direct beneficiaries reached (intake’s beneficiaryType "direct")
             * @example 40
             */
            direct: number;
            /**
             * @description Indirect beneficiaries reached (intake’s beneficiaryType "indirect")
             * @example 120
             */
            indirect: number;
        };
        BeneficiariesReachedDto: {
            /**
             * @description Direct beneficiaries (intake’s beneficiaryType "direct")
             * @example 40
             */
            direct: number;
            /**
             * @description Indirect beneficiaries (intake’s beneficiaryType "indirect")
             * @example 120
             */
            indirect: number;
        };
        /** @description The same text in Arabic and English */
        Bilingual: {
            /** @example الحقل مطلوب */
            ar: string;
            /** @example is required */
            en: string;
        };
        BilingualTextDto: {
            ar: string;
            en: string;
        };
        CaseViewDto: {
            caseId: string;
            details: Record<string, never>;
            stage: string;
            updatedAt: string;
        };
        ChangeDto: {
            alternative: number;
            change: number;
            current: number;
        };
        ContactDto: {
            /**
             * Format: email
             * @example partners@awj.example
             */
            email?: string;
            /**
             * @description A Saudi mobile (05XXXXXXXX or +9665XXXXXXXX)
             * @example 0551234567
             */
            mobile: string;
            /** @example هدى الحربي */
            name: string;
        };
        ContactViewDto: {
            /** Format: email */
            email: string | null;
            /** @example +966551234567 */
            mobile: string;
            name: string;
        };
        CriterionScoreDto: {
            /** @example حققت الشراكة أهدافها / the partnership met its goals */
            comment: string;
            /**
             * @example relevance
             * @enum {string}
             */
            criterion: "relevance" | "coherence" | "effectiveness" | "efficiency" | "impact" | "sustainability";
            /**
             * @description 1 unsatisfactory, 2 partly satisfactory, 3 satisfactory, 4 highly satisfactory
             * @example 3
             */
            score: number;
        };
        CriterionViewDto: {
            comment: string;
            /** @enum {string} */
            criterion: "relevance" | "coherence" | "effectiveness" | "efficiency" | "impact" | "sustainability";
            /** @description 1 unsatisfactory, 2 partly satisfactory, 3 satisfactory, 4 highly satisfactory */
            score: number;
        };
        DraftAgreementDto: {
            allocation: components["schemas"]["AllocationDto"];
            /** Format: uuid */
            partnerRequestId: string;
            /**
             * Format: uuid
             * @description The allocation round the share comes from
             */
            roundId: string;
            /**
             * Format: date
             * @description The term's first day (YYYY-MM-DD, Riyadh); it runs the template's months
             * @example 2027-01-01
             */
            startsOn: string;
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
        EvaluatePartnershipDto: {
            /**
             * @description The assessor's name (the account is the token's)
             * @example فهد الدوسري
             */
            assessorName: string;
            /**
             * @description Each of relevance, coherence, effectiveness, efficiency, impact and sustainability once
             * @example [
             *       {
             *         "criterion": "relevance",
             *         "score": 3,
             *         "comment": "حققت الشراكة أهدافها / the partnership met its goals"
             *       },
             *       {
             *         "criterion": "coherence",
             *         "score": 3,
             *         "comment": "حققت الشراكة أهدافها / the partnership met its goals"
             *       },
             *       {
             *         "criterion": "effectiveness",
             *         "score": 3,
             *         "comment": "حققت الشراكة أهدافها / the partnership met its goals"
             *       },
             *       {
             *         "criterion": "efficiency",
             *         "score": 3,
             *         "comment": "حققت الشراكة أهدافها / the partnership met its goals"
             *       },
             *       {
             *         "criterion": "impact",
             *         "score": 3,
             *         "comment": "حققت الشراكة أهدافها / the partnership met its goals"
             *       },
             *       {
             *         "criterion": "sustainability",
             *         "score": 3,
             *         "comment": "حققت الشراكة أهدافها / the partnership met its goals"
             *       }
             *     ]
             */
            criteria: components["schemas"]["CriterionScoreDto"][];
            /**
             * @description Evidence (optional)
             * @example [
             *       "0b1f6a2e-3c4d-4e5f-8a9b-0c1d2e3f4a5b"
             *     ]
             */
            evidence?: string[];
        };
        ExclusionDto: {
            /** Format: uuid */
            partnerRequestId: string;
            reason: components["schemas"]["BilingualTextDto"];
        };
        FactorLineDto: {
            /** @description Where the score comes from */
            basis: components["schemas"]["BilingualTextDto"];
            /** @description The policy clause the factor comes from */
            clause: string;
            /** @description score × weight */
            contribution: number;
            /** @enum {string} */
            factor: "greatestImpact" | "higherNeedRegion" | "notServedBefore" | "scopeOfWork" | "targetedBeneficiaries" | "infrastructureReadiness" | "fitWithGoalsAndPlans";
            name: components["schemas"]["BilingualTextDto"];
            score: number;
            weight: number;
        };
        FactorScoreDto: {
            /**
             * @description Evidence: document ids in the document store
             * @example [
             *       "0b1f6a2e-3c4d-4e5f-8a9b-0c1d2e3f4a5b"
             *     ]
             */
            evidence: string[];
            /**
             * @description A factor of the association's needs study (policy needsStudy.factors)
             * @example scope-of-work
             */
            factorId: string;
            note?: string;
            /** @description 0 to the factor's maxScore (5 in Tuwaiq's policy) */
            score: number;
        };
        FactorScoreViewDto: {
            /** @description Evidence document ids */
            evidence: string[];
            /** @example scope-of-work */
            factorId: string;
            maxScore: number;
            note: string | null;
            score: number;
        };
        FieldProblem: {
            /**
             * @description The path of the field in the request (`applicant.nationalId`, `(body)`, a query or path parameter)
             * @example applicant.nationalId
             */
            field: string;
            reasons: components["schemas"]["Bilingual"][];
        };
        ImpactReportDto: {
            /** Format: uuid */
            agreementId: string;
            /**
             * @description The allocating association
             * @example tuwaiq
             */
            allocatingTenantId: string;
            /**
             * Format: date-time
             * @description When it was escalated as overdue
             */
            escalatedAt: string | null;
            /**
             * Format: date-time
             * @description Overdue from this instant without a report: the due date’s end in Riyadh plus the grace days
             */
            overdueAt: string;
            partner: components["schemas"]["PartnerDto"];
            /**
             * Format: date
             * @description The due date the report answers (one of the agreement’s reportsDue)
             * @example 2027-04-15
             */
            period: string;
            /** Format: date-time */
            remindedAt: string | null;
            /**
             * Format: uuid
             * @description Derived from the agreement and the period
             */
            reportId: string;
            /** @example partner-association-services */
            serviceId: string;
            /** @enum {string} */
            status: "due" | "overdue" | "submitted" | "not-owed";
            /** @description null until the report is submitted */
            submission: components["schemas"]["SubmissionViewDto"] | (never | null);
        };
        ImpactReportPageDto: {
            items: components["schemas"]["ImpactReportDto"][];
            /** @description Pass as cursor (with the same filters) for the next page; null on the last page */
            nextCursor: string | null;
            /** @description Items the filters match now, across all pages */
            total: number;
        };
        MyAllocationRoundItemDto: {
            /**
             * @description The association that runs the round
             * @example tuwaiq
             */
            allocatingTenantId: string;
            /** @description Once approved */
            asked: number | null;
            /** Format: date-time */
            closesAt: string;
            /**
             * @description Once approved
             * @enum {string|null}
             */
            outcome: "in-full" | "in-part" | "nothing" | null;
            /**
             * Format: uuid
             * @description The partner's own request in the round
             */
            partnerRequestId: string;
            /** @description Its rank among the round's requests, once approved */
            rank: number | null;
            /** @description How many requests the round ranked, once approved */
            ranked: number | null;
            /** @description Once approved: why its share is what it is, in general words (never another partner's name or score) */
            reasons: components["schemas"]["AllocationReasonDto"][];
            /** Format: uuid */
            roundId: string;
            serviceId: string;
            /** @description Once approved */
            share: number | null;
            /** @enum {string} */
            status: "scheduled" | "open" | "proposed" | "approved";
            /** @enum {string} */
            unit: "seat" | "session" | "halala";
        };
        MyAllocationRoundPageDto: {
            items: components["schemas"]["MyAllocationRoundItemDto"][];
            /** @description Pass as cursor (with the same filters) for the next page; null on the last page */
            nextCursor: string | null;
            /** @description Items the filters match now, across all pages */
            total: number;
        };
        MyPartnerRequestDto: {
            /** @example tuwaiq */
            allocatingTenantId: string;
            expectedBeneficiaries: number;
            /** Format: uuid */
            partnerRequestId: string;
            serviceId: string;
            /** @enum {string} */
            stage: "study-pending" | "study-overdue" | "studied";
            /** @description Where the request stands, in words */
            status: components["schemas"]["BilingualTextDto"];
            /**
             * Format: date-time
             * @description When the needs study was done (null until then)
             */
            studyCompletedAt: string | null;
            /**
             * Format: date-time
             * @description When the needs study is due
             */
            studyDeadline: string;
            /** Format: date-time */
            submittedAt: string;
        };
        MyPartnerRequestPageDto: {
            items: components["schemas"]["MyPartnerRequestDto"][];
            /** @description Pass as cursor (with the same filters) for the next page; null on the last page */
            nextCursor: string | null;
            /** @description Items the filters match now, across all pages */
            total: number;
        };
        MyRoundAllocationDto: {
            /** @example tuwaiq */
            allocatingTenantId: string;
            /** @description Shown once approved */
            asked: number | null;
            /** Format: date-time */
            closesAt: string;
            /** Format: uuid */
            partnerRequestId: string;
            /** @description Once approved */
            reasons: components["schemas"]["AllocationReasonDto"][];
            /** Format: uuid */
            roundId: string;
            serviceId: string;
            /** @description Shown once approved */
            share: number | null;
            /** @enum {string} */
            status: "scheduled" | "open" | "proposed" | "approved";
            /** @enum {string} */
            unit: "seat" | "session" | "halala";
        };
        NameDto: {
            /** @example جمعية البر الخيرية */
            ar: string;
            /** @example Al-Birr Charity */
            en: string;
        };
        NeedsStudyReceiptDto: {
            /** @description The assessor's user id (from the token) */
            assessedBy: string;
            /** Format: date-time */
            completedAt: string;
            factors: components["schemas"]["FactorScoreViewDto"][];
            /** @description Completed after its deadline */
            late: boolean;
            maxTotal: number;
            /** Format: uuid */
            partnerRequestId: string;
            /** @description The request's revision after the study (also the ETag) */
            revision: number;
            total: number;
        };
        NeedsStudyViewDto: {
            /** @description The assessor's user id */
            assessedBy: string;
            /** Format: date-time */
            completedAt: string;
            factors: components["schemas"]["FactorScoreViewDto"][];
            /** @description Completed after its deadline */
            late: boolean;
            maxTotal: number;
            total: number;
        };
        OtherWeightsDto: {
            fitWithGoalsAndPlans: number;
            greatestImpact: number;
            higherNeedRegion: number;
            infrastructureReadiness: number;
            notServedBefore: number;
            scopeOfWork: number;
            targetedBeneficiaries: number;
        };
        OutsideBodyDto: {
            name: components["schemas"]["NameDto"];
        };
        PartnerAgreementDto: {
            /** Format: uuid */
            agreementId: string;
            /**
             * @description The allocating association
             * @example tuwaiq
             */
            allocatingTenantId: string;
            allocation: components["schemas"]["AllocationViewDto"];
            /** Format: date-time */
            draftedAt: string;
            draftedBy: string;
            /** Format: date-time */
            endedAt: string | null;
            /** Format: date-time */
            inForceFrom: string | null;
            partner: components["schemas"]["PartnerDto"];
            /** Format: uuid */
            partnerRequestId: string;
            reporting: components["schemas"]["ReportingViewDto"];
            /** @description Impact reports due on these dates (YYYY-MM-DD, Riyadh), fixed when it took effect */
            reportsDue: string[];
            responsibilities: components["schemas"]["ResponsibilitiesViewDto"];
            /** @description The agreement stream's revision (also the ETag) */
            revision: number;
            /**
             * Format: uuid
             * @description The allocation round the allocation comes from
             */
            roundId: string;
            /** Format: date-time */
            sentAt: string | null;
            signatures: components["schemas"]["SignaturesViewDto"];
            /**
             * Format: date-time
             * @description Both signatures are due by then
             */
            signBy: string | null;
            /** @enum {string} */
            state: "draft" | "sent" | "signed-by-one" | "in-force" | "ended" | "terminated";
            template: components["schemas"]["TemplateRefDto"];
            term: components["schemas"]["TermViewDto"];
            /** @description null unless terminated */
            termination: components["schemas"]["TerminationViewDto"] | (never | null);
        };
        PartnerDto: {
            /**
             * @description An association on the platform, or an outside body recorded by staff
             * @enum {string}
             */
            kind: "tenant" | "outside";
            name: components["schemas"]["BilingualTextDto"];
            /** @description The partner's tenant id (null for an outside body) */
            tenantId: string | null;
        };
        PartnerRequestDto: {
            contact: components["schemas"]["ContactViewDto"];
            expectedBeneficiaries: number;
            /**
             * @description Licence number with the National Center for the Non-Profit Sector
             * @example 452
             */
            licenceNumber: string;
            objectives: string[];
            partner: components["schemas"]["PartnerDto"];
            /** Format: uuid */
            partnerRequestId: string;
            region: components["schemas"]["RegionViewDto"];
            /** @description Reminder points reached, in percent of the study window */
            remindersSent: number[];
            /** @description The stream's revision (also the ETag) */
            revision: number;
            scopeOfWork: string;
            /** @example partner-association-services */
            serviceId: string;
            /** @enum {string} */
            stage: "study-pending" | "study-overdue" | "studied";
            /** @description null until the needs study is done */
            study: components["schemas"]["NeedsStudyViewDto"] | (never | null);
            /** Format: date-time */
            studyDeadline: string;
            /** Format: date-time */
            submittedAt: string;
            /**
             * @description Submitted from the partner's own account or recorded by staff
             * @enum {string}
             */
            submittedFrom: "partner" | "staff";
        };
        PartnerRequestItemDto: {
            expectedBeneficiaries: number;
            governorateId: string;
            partner: components["schemas"]["PartnerDto"];
            /** Format: uuid */
            partnerRequestId: string;
            regionId: string;
            serviceId: string;
            /** @enum {string} */
            stage: "study-pending" | "study-overdue" | "studied";
            /** Format: date-time */
            studyDeadline: string;
            /** @description The needs study's total (null until done) */
            studyTotal: number | null;
            /** Format: date-time */
            submittedAt: string;
        };
        PartnerRequestPageDto: {
            items: components["schemas"]["PartnerRequestItemDto"][];
            /** @description Pass as cursor (with the same filters) for the next page; null on the last page */
            nextCursor: string | null;
            /** @description Items the filters match now, across all pages */
            total: number;
        };
        PartnerRequestReceiptDto: {
            /**
             * @description The association the request was made to
             * @example tuwaiq
             */
            allocatingTenantId: string;
            /** Format: uuid */
            partnerRequestId: string;
            /** @enum {string} */
            stage: "study-pending" | "study-overdue" | "studied";
            /**
             * Format: date-time
             * @description When the needs study is due
             */
            studyDeadline: string;
            /** Format: date-time */
            submittedAt: string;
        };
        PartnershipEvaluationDto: {
            /** Format: uuid */
            agreementId: string;
            assessor: components["schemas"]["AssessorViewDto"];
            criteria: components["schemas"]["CriterionViewDto"][];
            /** Format: date-time */
            evaluatedAt: string;
            evidence: string[];
            /** @description round((mean of the six scores − 1) ÷ 3 × 100) */
            overallScore: number;
            /**
             * @description The partner as rounds match it: its tenant, or an outside body’s licence
             * @example tenant:awj
             */
            partnerKey: string;
        };
        RankedRequestDto: {
            asked: number;
            factors: components["schemas"]["FactorLineDto"][];
            maxScore: number;
            /** @enum {string} */
            outcome: "in-full" | "in-part" | "nothing";
            partner: components["schemas"]["PartnerDto"];
            /** Format: uuid */
            partnerRequestId: string;
            /** @description The exact proportional share before rounding (two decimals, truncated) */
            quota: string;
            rank: number;
            reasons: components["schemas"]["AllocationReasonDto"][];
            share: number;
            totalScore: number;
        };
        Readiness: {
            /** @description Per engine: status, ms, error */
            checks: {
                [key: string]: Record<string, never>;
            };
            /** @enum {string} */
            status: "up" | "down";
        };
        RegionDto: {
            /**
             * @description A governorate of that region
             * @example unaizah
             */
            governorateId: string;
            /**
             * @description One of the thirteen administrative regions
             * @example qassim
             */
            regionId: string;
        };
        RegionViewDto: {
            /** @example unaizah */
            governorateId: string;
            /** @example qassim */
            regionId: string;
        };
        ReportingViewDto: {
            dueDaysAfterPeriod: number;
            /** @enum {string} */
            every: "month" | "quarter" | "half-year" | "year";
        };
        ResponsibilitiesViewDto: {
            /** @description The allocating association's */
            allocator: components["schemas"]["BilingualTextDto"][];
            /** @description The partner's */
            partner: components["schemas"]["BilingualTextDto"][];
        };
        RoundApprovalDto: {
            /** Format: date-time */
            approvedAt: string;
            approvedBy: string;
            /** @example 2026-03-12 */
            gregorianDate: string;
            /** @example 1447-09-23 */
            hijriDate: string;
            /** @enum {string} */
            role: "executive-director" | "board-member";
            session: string;
        };
        RoundProposalDto: {
            allocated: number;
            /** @description Studied requests the round left out, each with its reason */
            excluded: components["schemas"]["ExclusionDto"][];
            /** @enum {string} */
            method: "weighted-score-proportional-capped-largest-remainder";
            methodVersion: number;
            /** Format: date-time */
            proposedAt: string;
            /** @description Null when computed at the close; else who recomputed it */
            proposedBy: string | null;
            /** @description By rank */
            ranking: components["schemas"]["RankedRequestDto"][];
            /** @description Need of each region named */
            regionNeed: {
                [key: string]: number;
            };
            totalAsked: number;
            unallocated: number;
            weights: components["schemas"]["AllocationWeightsDto"];
        };
        RoundReceiptDto: {
            /** Format: date-time */
            closesAt: string;
            /** Format: date-time */
            opensAt: string;
            revision: number;
            /** Format: uuid */
            roundId: string;
            /** @enum {string} */
            status: "scheduled" | "open" | "proposed" | "approved";
        };
        ScheduleAllocationRoundDto: {
            /** @example 120 */
            capacity: number;
            /**
             * Format: date-time
             * @example 2026-03-15T08:00:00+03:00
             */
            closesAt: string;
            /**
             * Format: date-time
             * @example 2026-03-01T08:00:00+03:00
             */
            opensAt: string;
            /**
             * @description A service the association distributes to partners (its partner-allocation policy)
             * @example job-seeker-training
             */
            serviceId: string;
            /**
             * @description What the capacity counts: seats, sessions, or money in halalas (1 SAR = 100)
             * @enum {string}
             */
            unit: "seat" | "session" | "halala";
            /**
             * @description Units a request asks per expected beneficiary
             * @default 1
             */
            unitsPerBeneficiary: number;
        };
        ScoreChangeDto: {
            alternative: number;
            current: number;
        };
        ScoreNeedsStudyDto: {
            scores: components["schemas"]["FactorScoreDto"][];
        };
        SendAgreementDto: {
            /**
             * Format: date-time
             * @description An earlier signature deadline than the template's (an instant in the future, within the template's days); default: the template's days from now
             */
            signBy?: string;
        };
        SignAgreementDto: {
            /**
             * @description From a partner association's account: the association whose agreement it signs (required there; the agreement is that association's record, docs/adr/0038)
             * @example tuwaiq
             */
            allocatingTenantId?: string;
            /** @example رئيسة مجلس الإدارة / Chair of the board */
            capacity: string;
            /** @example سارة العتيبي */
            name: string;
        };
        SignaturesViewDto: {
            /** @description null until the allocator signs */
            allocator: components["schemas"]["SignatureViewDto"] | (never | null);
            /** @description null until the partner signs */
            partner: components["schemas"]["SignatureViewDto"] | (never | null);
        };
        SignatureViewDto: {
            /** @description e.g. chair of the board, executive director */
            capacity: string;
            name: string;
            /** Format: date-time */
            signedAt: string;
            /** @description The signing account's user id */
            userId: string | null;
        };
        StudiesDuePageDto: {
            items: components["schemas"]["StudyDueDto"][];
            /** @description Pass as cursor (with the same filters) for the next page; null on the last page */
            nextCursor: string | null;
            /** @description Items the filters match now, across all pages */
            total: number;
        };
        StudyDueDto: {
            partner: components["schemas"]["PartnerDto"];
            /** Format: uuid */
            partnerRequestId: string;
            regionId: string;
            /** @description Reminder points reached, in percent of the window */
            remindersSent: number[];
            serviceId: string;
            /** @enum {string} */
            stage: "study-pending" | "study-overdue";
            /** Format: date-time */
            studyDeadline: string;
        };
        StudyFactorDto: {
            /**
             * @description The id a needs study scores (scores[].factorId)
             * @example scope-of-work
             */
            id: string;
            /**
             * @description The highest score; scores run from 0 to it
             * @example 5
             */
            maxScore: number;
            name: components["schemas"]["BilingualTextDto"];
        };
        StudyFactorsDto: {
            factors: components["schemas"]["StudyFactorDto"][];
            /** @example tuwaiq */
            tenantId: string;
        };
        SubmissionViewDto: {
            activities: string[];
            /** @description The money allocated, SAR; null when the allocation is in seats or sessions */
            allocationSar: number | null;
            beneficiaries: components["schemas"]["BeneficiariesReachedDto"];
            /** @description Evidence: document ids in the document store */
            evidence: string[];
            /** @description Submitted after the end of its due date (Riyadh) */
            late: boolean;
            /** @description Spending so far is above the money allocated (accepted, flagged for the empowerment team) */
            overspent: boolean;
            /**
             * @description Spending in the period, SAR
             * @example 25000.5
             */
            spentSar: number;
            /** Format: date-time */
            submittedAt: string;
            submittedBy: components["schemas"]["SubmitterViewDto"];
        };
        SubmitImpactReportDto: {
            /**
             * @example [
             *       "ورشة تدريبية لأربعين متدربًا / a training workshop for forty trainees"
             *     ]
             */
            activities: string[];
            /**
             * @description From a partner association's account: the association whose agreement it reports on (required there; docs/adr/0038)
             * @example tuwaiq
             */
            allocatingTenantId?: string;
            beneficiaries: components["schemas"]["BeneficiariesInputDto"];
            /**
             * @description Evidence: document ids in the document store (as the needs study’s)
             * @example [
             *       "0b1f6a2e-3c4d-4e5f-8a9b-0c1d2e3f4a5b"
             *     ]
             */
            evidence: string[];
            /**
             * Format: date
             * @description The due date the report answers: one of the agreement’s reportsDue
             * @example 2027-04-15
             */
            period: string;
            /**
             * @description Spending in the period, SAR (two decimals at most); above the money allocated it is accepted and flagged
             * @example 25000.5
             */
            spentSar: number;
        };
        SubmitPartnerRequestDto: {
            /**
             * @description The association applied to (required from a partner's account; staff: their own)
             * @example tuwaiq
             */
            allocatingTenantId?: string;
            contact: components["schemas"]["ContactDto"];
            /** @example 120 */
            expectedBeneficiaries: number;
            /**
             * @description Licence number with the National Center for the Non-Profit Sector (1 to 6 digits)
             * @example 452
             */
            licenceNumber: string;
            /**
             * @example [
             *       "Train 120 job seekers in Unaizah"
             *     ]
             */
            objectives: string[];
            /** @description Staff only: the outside body the request is recorded for */
            outsideBody?: components["schemas"]["OutsideBodyDto"];
            region: components["schemas"]["RegionDto"];
            scopeOfWork: string;
            /**
             * @description A service of the allocating association's catalogue for partners
             * @example partner-association-services
             */
            serviceId: string;
        };
        SubmitterViewDto: {
            /**
             * @description The partner from its own account, or the empowerment team for an outside body
             * @enum {string}
             */
            as: "partner" | "empowerment-team";
            /**
             * @description The tenant of the account that submitted it
             * @example awj
             */
            tenantId: string;
            userId: string;
        };
        TemplateRefDto: {
            id: string;
            version: number;
        };
        TerminateAgreementDto: {
            /** @enum {string} */
            code: "partner-withdrew" | "breach-of-terms" | "mutual-consent";
            /** @description Why, in Arabic and English */
            reason: components["schemas"]["TerminationReasonDto"];
        };
        TerminationReasonDto: {
            /** @example اعتذرت الجمعية الشريكة عن التنفيذ */
            ar: string;
            /** @example The partner withdrew from the delivery */
            en: string;
        };
        TerminationViewDto: {
            /** @description Who terminated it; null when the signature deadline did */
            by: string | null;
            /** @enum {string} */
            code: "signature-deadline-passed" | "partner-withdrew" | "breach-of-terms" | "mutual-consent";
            reason: components["schemas"]["BilingualTextDto"];
            /** Format: date-time */
            terminatedAt: string;
        };
        TermViewDto: {
            /**
             * Format: date
             * @example 2027-12-31
             */
            endsOn: string;
            /**
             * Format: date
             * @example 2027-01-01
             */
            startsOn: string;
        };
        WhatIfDifferenceDto: {
            /** Format: uuid */
            partnerRequestId: string;
            rank: components["schemas"]["ChangeDto"];
            share: components["schemas"]["ChangeDto"];
            totalScore: components["schemas"]["ScoreChangeDto"];
        };
        WhatIfSideDto: {
            ranking: components["schemas"]["RankedRequestDto"][];
            weights: components["schemas"]["AllocationWeightsDto"];
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
    AllocationRoundsController_list: {
        parameters: {
            query?: {
                /** @description The previous page's nextCursor, passed back unchanged with the same filters (opaque; 422 otherwise) */
                cursor?: string;
                /** @description Items per page */
                limit?: number;
                serviceId?: string;
                /** @description Only rounds in this state */
                status?: "scheduled" | "open" | "proposed" | "approved";
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
                    "application/json": components["schemas"]["AllocationRoundPageDto"];
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
    ScheduleAllocationRoundController_schedule: {
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
                "application/json": components["schemas"]["ScheduleAllocationRoundDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundReceiptDto"];
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
    GetAllocationRoundController_get: {
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
                    "application/json": components["schemas"]["AllocationRoundDto"];
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
    ApproveAllocationRoundController_approve: {
        parameters: {
            query?: never;
            header?: {
                /** @description The same caller retrying the same request with the same key within 24 hours gets the first answer; the same key with another request is 422 */
                "Idempotency-Key"?: string;
                /** @description The round revision you saw (the proposal you approve); 409 if it changed */
                "If-Match"?: string;
            };
            path: {
                roundId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApproveAllocationRoundDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AllocationRoundDto"];
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
    GetAllocationRoundController_mine: {
        parameters: {
            query: {
                /** @description The association that runs the round */
                allocatingTenantId: string;
            };
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
                    "application/json": components["schemas"]["MyRoundAllocationDto"];
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
    RecomputeAllocationController_recompute: {
        parameters: {
            query?: never;
            header?: {
                /** @description The same caller retrying the same request with the same key within 24 hours gets the first answer; the same key with another request is 422 */
                "Idempotency-Key"?: string;
                /** @description The round revision you saw; 409 if it changed */
                "If-Match"?: string;
            };
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
                    "application/json": components["schemas"]["AllocationRoundDto"];
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
    AllocationWhatIfController_whatIf: {
        parameters: {
            query?: never;
            header?: {
                /** @description The same caller retrying the same request with the same key within 24 hours gets the first answer; the same key with another request is 422 */
                "Idempotency-Key"?: string;
            };
            path: {
                roundId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AllocationWhatIfDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AllocationWhatIfAnswerDto"];
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
    AllocationRoundsController_mine: {
        parameters: {
            query?: {
                /** @description Only the rounds of this association */
                allocatingTenantId?: string;
                /** @description The previous page's nextCursor, passed back unchanged with the same filters (opaque; 422 otherwise) */
                cursor?: string;
                /** @description Items per page */
                limit?: number;
                /** @description Only rounds in this state */
                status?: "scheduled" | "open" | "proposed" | "approved";
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
                    "application/json": components["schemas"]["MyAllocationRoundPageDto"];
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
    ImpactReportsController_list: {
        parameters: {
            query?: {
                /** @description Only the periods of this agreement */
                agreementId?: string;
                /** @description The previous page's nextCursor, passed back unchanged with the same filters (opaque; 422 otherwise) */
                cursor?: string;
                /** @description Items per page */
                limit?: number;
                /** @description Only this partner: tenant:<tenantId> or licence:<licence number> */
                partner?: string;
                /** @description Only reports in this status */
                status?: "due" | "overdue" | "submitted" | "not-owed";
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
                    "application/json": components["schemas"]["ImpactReportPageDto"];
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
    ImpactReportsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                reportId: string;
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
                    "application/json": components["schemas"]["ImpactReportDto"];
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
    ImpactReportsController_mine: {
        parameters: {
            query?: {
                /** @description Only the periods of this agreement */
                agreementId?: string;
                /** @description The previous page's nextCursor, passed back unchanged with the same filters (opaque; 422 otherwise) */
                cursor?: string;
                /** @description Items per page */
                limit?: number;
                /** @description Only reports in this status */
                status?: "due" | "overdue" | "submitted" | "not-owed";
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
                    "application/json": components["schemas"]["ImpactReportPageDto"];
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
    StudiesDueController_list: {
        parameters: {
            query?: {
                /** @description The previous page's nextCursor, passed back unchanged with the same filters (opaque; 422 otherwise) */
                cursor?: string;
                /** @description Only studies due before this instant (ISO 8601); default: every open study */
                due?: string;
                /** @description Items per page */
                limit?: number;
                serviceId?: string;
                /** @description Only pending, or only overdue, studies */
                stage?: "study-pending" | "study-overdue";
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
                    "application/json": components["schemas"]["StudiesDuePageDto"];
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
    StudyFactorsController_list: {
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
                    "application/json": components["schemas"]["StudyFactorsDto"];
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
    AgreementsController_list: {
        parameters: {
            query?: {
                /** @description The previous page's nextCursor, passed back unchanged with the same filters (opaque; 422 otherwise) */
                cursor?: string;
                /** @description Items per page */
                limit?: number;
                /** @description Only agreements in this state */
                state?: "draft" | "sent" | "signed-by-one" | "in-force" | "ended" | "terminated";
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
                    "application/json": components["schemas"]["AgreementPageDto"];
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
    DraftAgreementController_draft: {
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
                "application/json": components["schemas"]["DraftAgreementDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerAgreementDto"];
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
    GetAgreementController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agreementId: string;
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
                    "application/json": components["schemas"]["PartnerAgreementDto"];
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
    EvaluatePartnershipController_evaluate: {
        parameters: {
            query?: never;
            header?: {
                /** @description The same caller retrying the same request with the same key within 24 hours gets the first answer; the same key with another request is 422 */
                "Idempotency-Key"?: string;
            };
            path: {
                agreementId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EvaluatePartnershipDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnershipEvaluationDto"];
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
    SubmitImpactReportController_submit: {
        parameters: {
            query?: never;
            header?: {
                /** @description The same caller retrying the same request with the same key within 24 hours gets the first answer; the same key with another request is 422 */
                "Idempotency-Key"?: string;
            };
            path: {
                agreementId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitImpactReportDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImpactReportDto"];
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
    SendAgreementController_send: {
        parameters: {
            query?: never;
            header?: {
                /** @description The same caller retrying the same request with the same key within 24 hours gets the first answer; the same key with another request is 422 */
                "Idempotency-Key"?: string;
                /** @description The agreement revision you saw (its ETag); 409 if it changed */
                "If-Match"?: string;
            };
            path: {
                agreementId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SendAgreementDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerAgreementDto"];
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
    SignAgreementController_sign: {
        parameters: {
            query?: never;
            header?: {
                /** @description The same caller retrying the same request with the same key within 24 hours gets the first answer; the same key with another request is 422 */
                "Idempotency-Key"?: string;
            };
            path: {
                agreementId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignAgreementDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerAgreementDto"];
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
    TerminateAgreementController_terminate: {
        parameters: {
            query?: never;
            header?: {
                /** @description The same caller retrying the same request with the same key within 24 hours gets the first answer; the same key with another request is 422 */
                "Idempotency-Key"?: string;
                /** @description The agreement revision you saw (its ETag); 409 if it changed */
                "If-Match"?: string;
            };
            path: {
                agreementId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TerminateAgreementDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerAgreementDto"];
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
    AgreementsController_mine: {
        parameters: {
            query?: {
                /** @description The previous page's nextCursor, passed back unchanged with the same filters (opaque; 422 otherwise) */
                cursor?: string;
                /** @description Items per page */
                limit?: number;
                /** @description Only agreements in this state */
                state?: "draft" | "sent" | "signed-by-one" | "in-force" | "ended" | "terminated";
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
                    "application/json": components["schemas"]["AgreementPageDto"];
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
    PartnerRequestsController_list: {
        parameters: {
            query?: {
                /** @description The previous page's nextCursor, passed back unchanged with the same filters (opaque; 422 otherwise) */
                cursor?: string;
                /** @description Items per page */
                limit?: number;
                /** @description Only requests from this administrative region */
                regionId?: string;
                serviceId?: string;
                /** @description Only requests at this stage */
                stage?: "study-pending" | "study-overdue" | "studied";
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
                    "application/json": components["schemas"]["PartnerRequestPageDto"];
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
    SubmitPartnerRequestController_submit: {
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
                "application/json": components["schemas"]["SubmitPartnerRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerRequestReceiptDto"];
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
    GetPartnerRequestController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                partnerRequestId: string;
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
                    "application/json": components["schemas"]["PartnerRequestDto"];
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
    ScoreNeedsStudyController_score: {
        parameters: {
            query?: never;
            header?: {
                /** @description The same caller retrying the same request with the same key within 24 hours gets the first answer; the same key with another request is 422 */
                "Idempotency-Key"?: string;
                /** @description The request revision you saw (GET /partner-requests/{id} ETag); 409 if it changed */
                "If-Match"?: string;
            };
            path: {
                partnerRequestId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScoreNeedsStudyDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NeedsStudyReceiptDto"];
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
    PartnerRequestsController_mine: {
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
                    "application/json": components["schemas"]["MyPartnerRequestPageDto"];
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
}
