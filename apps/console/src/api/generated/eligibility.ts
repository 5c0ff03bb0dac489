// Generated from the service's OpenAPI document by `npm run console:api-types` (docs/adr/0036). Do not edit.
export interface paths {
    "/cases/{caseId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Eligibility's view of a case of the caller's tenant: decision, each criterion with its reason, override, review, documents (404 for any other tenant's case). */
        get: operations["EligibilityCaseViewController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/documents/{documentId}/verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Verify or reject a document waiting in your queue (409 if it is not waiting; 403 if another role reviews it). */
        post: operations["VerifyDocumentController_decide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/eligibility/override": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Override the eligibility decision with a reason (404 if the case is not assessed; 409 if it changes nothing). */
        post: operations["OverrideEligibilityController_override"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/eligibility/policy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The eligibility policy version in force (approval, criteria, groups, document review) and the yearly reviews it is due for. */
        get: operations["PolicyInForceController_current"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/eligibility/policy/what-if": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Evaluate a draft version against current cases: the cases whose decision would change. */
        post: operations["WhatIfController_whatIf"];
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
    "/work-queues/{role}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A role's queue of verification and follow-up tasks: new documents first, oldest first; then expiring ones by due date; filtered, in keyset pages with a total. */
        get: operations["WorkQueueController_list"];
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
        AttributeDeclarationDto: {
            label: components["schemas"]["BilingualTextDto"];
            /** @example age */
            name: string;
            /** @enum {string} */
            type: "number" | "string" | "enum";
            /** @description The values an enum attribute may take */
            values?: string[];
        };
        BeneficiaryGroupDto: {
            id: string;
            /** @enum {string} */
            kind: "target" | "status";
            label: components["schemas"]["BilingualTextDto"];
            /** @description Supporting documents a member presents (Tuwaiq 6-2) */
            requiredDocuments: ("national-id" | "national-address" | "cv" | "qualification" | "status-certificate")[];
        };
        /** @description The same text in Arabic and English */
        Bilingual: {
            /** @example الحقل مطلوب */
            ar: string;
            /** @example is required */
            en: string;
        };
        BilingualTextDto: {
            /** @example العمر من 18 إلى 60 */
            ar: string;
            /** @example Aged 18 to 60 */
            en: string;
        };
        CaseCriterionDto: {
            criterionId: string;
            met: boolean;
            reason: components["schemas"]["BilingualTextDto"];
        };
        CaseDocumentStateDto: {
            documentId: string;
            /** @example national-id */
            documentType: string;
            /**
             * @description Why it waits for verification (null unless pending)
             * @enum {string|null}
             */
            reason: "attached" | "expiring" | "periodic-review" | null;
            /** @enum {string} */
            status: "pending" | "verified" | "rejected" | "closed";
            /**
             * Format: date-time
             * @description The document's own expiry, once verified
             */
            validUntil: string | null;
        };
        CaseOverrideDto: {
            /** Format: date-time */
            at: string;
            /** @description The researcher's user id */
            by: string;
            /** @enum {string} */
            from: "eligible" | "not-eligible";
            reason: string;
            /** @enum {string} */
            to: "eligible" | "not-eligible";
        };
        CaseReviewDto: {
            criteria: components["schemas"]["CaseCriterionDto"][];
            eligibilityPolicyVersion: number | null;
            reasons: components["schemas"]["BilingualTextDto"][];
            /** @enum {string} */
            result: "reconfirmed" | "lapsed";
            /** Format: date-time */
            reviewedAt: string;
            round: string;
        };
        CriterionChangeDto: {
            /** @description Under the draft (null: it has no such criterion) */
            after: components["schemas"]["CriterionResultDto"] | (never | null);
            /** @description Under the version in force (null: it has no such criterion) */
            before: components["schemas"]["CriterionResultDto"] | (never | null);
            criterionId: string;
        };
        CriterionDto: {
            /** @description A declared attribute */
            attribute: string;
            id: string;
            met: components["schemas"]["BilingualTextDto"];
            notMet: components["schemas"]["BilingualTextDto"];
            /** @enum {string} */
            operator: "equal" | "notEqual" | "in" | "notIn" | "lessThan" | "lessThanInclusive" | "greaterThan" | "greaterThanInclusive";
            /** @description A value, or a list for in / notIn */
            value: string | number | (string | number)[];
        };
        CriterionResultDto: {
            met: boolean;
            reason: components["schemas"]["BilingualTextDto"];
        };
        DocumentRejectedDto: {
            /** Format: uuid */
            caseId: string;
            documentId: string;
            /** @example national-id */
            documentType: string;
            /** @enum {string} */
            method: "original-sighted" | "government-platform" | "issuer-confirmed" | "copy-compared";
            reason: string;
            /** Format: date-time */
            rejectedAt: string;
            /** @description The reviewer's user id */
            rejectedBy: string;
            /** @enum {string} */
            role: "services-officer" | "social-researcher";
        };
        DocumentReviewRuleDto: {
            reverifyDaysBeforeExpiry: number;
            /** @enum {string} */
            verifiedBy: "services-officer" | "social-researcher";
        };
        DocumentVerifiedDto: {
            /** Format: uuid */
            caseId: string;
            documentId: string;
            /** @example national-id */
            documentType: string;
            /** @enum {string} */
            method: "original-sighted" | "government-platform" | "issuer-confirmed" | "copy-compared";
            note: string | null;
            /** @enum {string} */
            role: "services-officer" | "social-researcher";
            /**
             * Format: date-time
             * @description The document's own expiry
             */
            validUntil: string | null;
            /** Format: date-time */
            verifiedAt: string;
            /** @description The reviewer's user id */
            verifiedBy: string;
        };
        EligibilityCaseDetailsDto: {
            /** Format: date-time */
            assessedAt: string;
            /**
             * @description The first decision, under the policy in force at submission
             * @enum {string}
             */
            assessedOutcome: "eligible" | "not-eligible";
            criteria: components["schemas"]["CaseCriterionDto"][];
            documents: components["schemas"]["CaseDocumentStateDto"][];
            eligibilityPolicyVersion: number | null;
            /**
             * @description The decision as it stands: the assessment's, or the researcher's override
             * @enum {string}
             */
            outcome: "eligible" | "not-eligible";
            /** @description null when never overridden */
            override: components["schemas"]["CaseOverrideDto"] | (never | null);
            policyVersion: number;
            /** @description null before the first periodic review */
            review: components["schemas"]["CaseReviewDto"] | (never | null);
        };
        EligibilityCaseViewDto: {
            caseId: string;
            details: components["schemas"]["EligibilityCaseDetailsDto"];
            /** @enum {string} */
            stage: "assessed-eligible" | "assessed-not-eligible" | "overridden-eligible" | "overridden-not-eligible" | "reconfirmed" | "lapsed";
            /** Format: date-time */
            updatedAt: string;
        };
        EligibilityOverriddenDto: {
            /** Format: uuid */
            caseId: string;
            /** @enum {string} */
            from: "eligible" | "not-eligible";
            /** Format: date-time */
            overriddenAt: string;
            /** @description The researcher's user id */
            overriddenBy: string;
            reason: string;
            reviewWindow: components["schemas"]["ReviewWindowDto"];
            serviceId: string;
            /** Format: date-time */
            submittedAt: string;
            /** @enum {string} */
            to: "eligible" | "not-eligible";
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
        OverrideEligibilityDto: {
            /**
             * @description Why the decision is replaced (at least 10 characters); kept on the record
             * @example شهادة الضمان الاجتماعي سارية بعد المراجعة الميدانية
             */
            reason: string;
            /** @enum {string} */
            to: "eligible" | "not-eligible";
        };
        PolicyApprovalDto: {
            /** @example 2026-01-15 */
            gregorianDate: string;
            /** @example 1447-07-26 */
            hijriDate: string;
            session: string;
        };
        PolicyInForceDto: {
            /** @description null for a draft */
            approval: components["schemas"]["PolicyApprovalDto"] | (never | null);
            attributes: components["schemas"]["AttributeDeclarationDto"][];
            /** @description Per document type */
            documentReview?: {
                [key: string]: components["schemas"]["DocumentReviewRuleDto"];
            };
            /** Format: date-time */
            effectiveFrom: string;
            groups?: components["schemas"]["BeneficiaryGroupDto"][];
            reverification?: components["schemas"]["ReverificationDto"];
            reviewsDue: components["schemas"]["PolicyReviewDueDto"][];
            /** @description Criteria per service id */
            services: {
                [key: string]: components["schemas"]["ServiceCriteriaDto"];
            };
            /** @enum {string} */
            status: "draft" | "approved";
            /** @example tuwaiq */
            tenantId: string;
            version: number;
        };
        PolicyReviewDueDto: {
            approval: components["schemas"]["PolicyApprovalDto"] | (never | null);
            /** Format: date-time */
            dueAt: string;
            /** Format: date-time */
            effectiveFrom: string;
            eligibilityPolicyVersion: number;
            /** @description The schedule's run */
            round: string;
        };
        Readiness: {
            /** @description Per engine: status, ms, error */
            checks: {
                [key: string]: Record<string, never>;
            };
            /** @enum {string} */
            status: "up" | "down";
        };
        ReverificationDto: {
            everyDays: number;
        };
        ReviewWindowDto: {
            /** @enum {string} */
            counting: "calendar" | "working";
            days: number;
        };
        ServiceCriteriaDto: {
            criteria: components["schemas"]["CriterionDto"][];
            targetGroups: string[];
        };
        VerifyDocumentDto: {
            /** @enum {string} */
            decision: "verified" | "rejected";
            /** @enum {string} */
            method: "original-sighted" | "government-platform" | "issuer-confirmed" | "copy-compared";
            note?: string;
            /**
             * @description Required when rejecting: the applicant is told it
             * @example الشهادة منتهية
             */
            reason?: string;
            /**
             * @description The document's own expiry (ISO 8601); a re-verification task is raised before it
             * @example 2030-01-31T00:00:00Z
             */
            validUntil?: string;
        };
        WhatIfAnswerDto: {
            changes: components["schemas"]["WhatIfChangeDto"][];
            /** @description Cases judged under both versions (at most limit, by case id) */
            compared: number;
            draftVersion: number;
            inForceVersion: number;
            limit: number;
            /** @description Current (assessed) cases of the tenant */
            total: number;
            /** @description True when the comparison was cut at the limit: cases past it were not judged */
            truncated: boolean;
        };
        WhatIfChangeDto: {
            /** Format: uuid */
            caseId: string;
            /** @description The applicant's case number */
            caseNumber: string | null;
            criteria: components["schemas"]["CriterionChangeDto"][];
            /** @enum {string} */
            from: "eligible" | "not-eligible";
            /** @enum {string} */
            to: "eligible" | "not-eligible";
        };
        WorkItemDto: {
            /** Format: uuid */
            caseId: string;
            /** @description Why a lapsed beneficiary needs follow-up (Arabic and English) */
            details: components["schemas"]["BilingualTextDto"][];
            documentId: string | null;
            documentType: string | null;
            /** Format: date-time */
            dueBy: string | null;
            /** @enum {string} */
            kind: "document-verification" | "eligibility-lapsed";
            /** Format: date-time */
            openedAt: string;
            /** @description null while open */
            outcome: components["schemas"]["WorkItemOutcomeDto"] | (never | null);
            /** @description attached, expiring, periodic-review */
            reason: string;
            /** @enum {string} */
            role: "services-officer" | "social-researcher";
            /** @enum {string} */
            status: "open" | "done";
        };
        WorkItemOutcomeDto: {
            /** Format: date-time */
            at: string;
            /** @description Who closed it: the reviewer's user id, or committee-review */
            by: string;
            /**
             * @description verified, rejected, closed (the committee decided the case first), or how a lapse was followed up
             * @example verified
             */
            decision: string;
            /**
             * @description How the document was checked (verified or rejected)
             * @enum {string}
             */
            method?: "original-sighted" | "government-platform" | "issuer-confirmed" | "copy-compared";
            /** @description Why it was rejected or closed */
            reason?: string | null;
            /**
             * Format: date-time
             * @description The document's own expiry (verified)
             */
            validUntil?: string | null;
        };
        WorkQueuePageDto: {
            items: components["schemas"]["WorkItemDto"][];
            /** @description Pass as cursor (with the same filters) for the next page; null on the last page */
            nextCursor: string | null;
            /** @description Items the filters match now, across all pages */
            total: number;
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
    EligibilityCaseViewController_get: {
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
                    "application/json": components["schemas"]["EligibilityCaseViewDto"];
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
    VerifyDocumentController_decide: {
        parameters: {
            query?: never;
            header?: {
                /** @description The same caller retrying the same request with the same key within 24 hours gets the first answer; the same key with another request is 422 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The case (application) id */
                caseId: string;
                /** @description The document id */
                documentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VerifyDocumentDto"];
            };
        };
        responses: {
            /** @description The recorded outcome: the verification, or the rejection */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentVerifiedDto"] | components["schemas"]["DocumentRejectedDto"];
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
    OverrideEligibilityController_override: {
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
                "application/json": components["schemas"]["OverrideEligibilityDto"];
            };
        };
        responses: {
            /** @description The recorded override */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EligibilityOverriddenDto"];
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
    PolicyInForceController_current: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The version in force and the yearly reviews it has been due for */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyInForceDto"];
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
    WhatIfController_whatIf: {
        parameters: {
            query?: never;
            header?: {
                /** @description The same caller retrying the same request with the same key within 24 hours gets the first answer; the same key with another request is 422 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description A draft eligibility policy version (same shape as the policy file entries; checked in full by the server, field by field) */
        requestBody: {
            content: {
                "application/json": {
                    /** @description The board session that approved it (null for a draft) */
                    approval: components["schemas"]["PolicyApprovalDto"] | (never | null);
                    attributes: components["schemas"]["AttributeDeclarationDto"][];
                    documentReview?: {
                        [key: string]: components["schemas"]["DocumentReviewRuleDto"];
                    };
                    /** Format: date-time */
                    effectiveFrom: string;
                    groups?: components["schemas"]["BeneficiaryGroupDto"][];
                    notes?: string;
                    reverification?: components["schemas"]["ReverificationDto"];
                    services: {
                        [key: string]: components["schemas"]["ServiceCriteriaDto"];
                    };
                    /** @enum {string} */
                    status: "draft" | "approved";
                    /** @description Ignored: the caller's tenant is used */
                    tenantId?: string;
                    version: number;
                };
            };
        };
        responses: {
            /** @description compared = cases judged (at most limit, by case id); total = current cases; truncated = some were not compared */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatIfAnswerDto"];
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
    WorkQueueController_list: {
        parameters: {
            query?: {
                /** @description The previous page's nextCursor, passed back unchanged with the same filters (opaque; 422 otherwise) */
                cursor?: string;
                /** @description Only items due at or after this instant (ISO 8601) */
                dueAfter?: string;
                /** @description Only items due before this instant (ISO 8601) */
                dueBefore?: string;
                /** @description Only documents to verify, or only lapsed beneficiaries to follow up */
                kind?: "document-verification" | "eligibility-lapsed";
                /** @description Items per page */
                limit?: number;
                /** @description Only tasks opened at or after this instant (ISO 8601) */
                openedFrom?: string;
                /** @description Only tasks opened before this instant (ISO 8601) */
                openedTo?: string;
                status?: "open" | "done";
            };
            header?: never;
            path: {
                /** @description role */
                role: string;
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
                    "application/json": components["schemas"]["WorkQueuePageDto"];
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
}
