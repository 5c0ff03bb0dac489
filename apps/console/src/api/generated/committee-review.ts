// Generated from the service's OpenAPI document by `npm run console:api-types` (docs/adr/0036). Do not edit.
export interface paths {
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
    "/committee/deadlines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cases at risk of missing, or past, their review deadline, nearest deadline first, without personal data; filtered, in keyset pages with a total. */
        get: operations["CommitteeQueueController_deadlines"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/committee/queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The tenant's undecided cases by deadline, with the eligibility explanation and verified documents; filtered, in keyset pages with a total. */
        get: operations["CommitteeQueueController_list"];
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
    "/reviews/{caseId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A case's review: round, deadline, votes, recusals and outcome (404 for any other tenant's case). */
        get: operations["GetReviewController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reviews/{caseId}/conflicts-of-interest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Declare a conflict of interest on a case: you will not vote on it (a second declaration changes nothing). */
        post: operations["DeclareConflictOfInterestController_declare"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reviews/{caseId}/reconsideration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask for a rejected request to be reviewed again (409 outside the period or after the last round). */
        post: operations["RequestReconsiderationController_request"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reviews/{caseId}/votes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Vote accept or reject with a reason; the deciding vote records the decision (409 once the review is decided; 409 documents-not-verified, naming them, while required documents await verification). */
        post: operations["CastVoteController_vote"];
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
        /** @description The same text in Arabic and English */
        Bilingual: {
            /** @example الحقل مطلوب */
            ar: string;
            /** @example is required */
            en: string;
        };
        BilingualTextDto: {
            /** @example يستوفي الشروط */
            ar: string;
            /** @example Meets the conditions */
            en: string;
        };
        CaseViewDto: {
            caseId: string;
            details: Record<string, never>;
            stage: string;
            updatedAt: string;
        };
        CastVoteDto: {
            /** @description The member's own words for the file; not sent to the applicant */
            note?: string;
            /**
             * @description One of the tenant's reasons for this vote (policy committeeReview.reasons)
             * @example meets-conditions
             */
            reasonId: string;
            /** @enum {string} */
            vote: "accept" | "reject";
        };
        CommitteeQueueItemDto: {
            /** Format: uuid */
            caseId: string;
            committeeId: string | null;
            /** Format: date-time */
            deadline: string | null;
            eligibility: components["schemas"]["QueueEligibilityDto"] | (never | null);
            /** @description Escalated to the executive director */
            escalated: boolean;
            /** @description Enough members are left, after recusals, to reach the quorum */
            quorumAttainable: boolean;
            /** @description Members who declared a conflict of interest */
            recused: string[];
            /** @description The reminder points reached, in percent of the window */
            remindersSent: number[];
            round: number | null;
            serviceId: string | null;
            /** @enum {string} */
            stage: "under-review" | "at-risk" | "deadline-breached";
            verifiedDocuments: components["schemas"]["QueueDocumentDto"][];
            votes: components["schemas"]["QueueVoteDto"][];
        };
        CommitteeQueuePageDto: {
            items: components["schemas"]["CommitteeQueueItemDto"][];
            /** @description Pass as cursor (with the same filters) for the next page; null on the last page */
            nextCursor: string | null;
            /** @description Items the filters match now, across all pages */
            total: number;
        };
        DeadlineWatchPageDto: {
            items: components["schemas"]["WatchedCaseDto"][];
            /** @description Pass as cursor (with the same filters) for the next page; null on the last page */
            nextCursor: string | null;
            /** @description Items the filters match now, across all pages */
            total: number;
        };
        DecisionDto: {
            /** @enum {string} */
            outcome: "accepted" | "rejected";
            /** @description The reasons of the votes on the winning side, each once */
            reasons: components["schemas"]["DecisionReasonDto"][];
            /**
             * Format: date-time
             * @description Until when the applicant may ask for reconsideration (null on acceptance, or when the tenant offers none after this round)
             */
            reconsiderationUntil: string | null;
            tally: components["schemas"]["TallyDto"];
        };
        DecisionReasonDto: {
            /** @example meets-conditions */
            id: string;
            text: components["schemas"]["BilingualTextDto"];
        };
        DeclareConflictOfInterestDto: {
            /** @example قريب من الدرجة الأولى لمقدم الطلب */
            note: string;
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
        QueueCriterionDto: {
            criterionId: string;
            met: boolean;
            reason: components["schemas"]["BilingualTextDto"];
        };
        QueueDocumentDto: {
            documentId: string;
            /** @example national-id */
            documentType: string;
            /** @enum {string} */
            method: "original-sighted" | "government-platform" | "issuer-confirmed" | "copy-compared";
            /** Format: date-time */
            verifiedAt: string;
        };
        QueueEligibilityDto: {
            /** Format: date-time */
            assessedAt: string | null;
            /**
             * @description The assessment's own decision
             * @enum {string|null}
             */
            assessedOutcome: "eligible" | "not-eligible" | null;
            criteria: components["schemas"]["QueueCriterionDto"][];
            /**
             * @description The standing decision (the override when there is one)
             * @enum {string|null}
             */
            outcome: "eligible" | "not-eligible" | null;
            override: components["schemas"]["QueueOverrideDto"] | (never | null);
            policyVersion: number | null;
            review: components["schemas"]["QueueEligibilityReviewDto"] | (never | null);
            /**
             * @description As in eligibility's case view: assessed-…, overridden-…, reconfirmed, lapsed
             * @example assessed-eligible
             */
            stage: string | null;
        };
        QueueEligibilityReviewDto: {
            /** @description Why it lapsed (empty when reconfirmed) */
            reasons: components["schemas"]["BilingualTextDto"][];
            /** @enum {string} */
            result: "reconfirmed" | "lapsed";
            /** Format: date-time */
            reviewedAt: string;
            /** @description The review round (the schedule's run) */
            round: string;
        };
        QueueOverrideDto: {
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
        QueueVoteDto: {
            memberId: string;
            /** @example meets-conditions */
            reasonId: string;
            /** @enum {string} */
            role: "chair" | "member" | "secretary";
            /** @enum {string} */
            vote: "accept" | "reject";
        };
        Readiness: {
            /** @description Per engine: status, ms, error */
            checks: {
                [key: string]: Record<string, never>;
            };
            /** @enum {string} */
            status: "up" | "down";
        };
        ReasonChoicesDto: {
            accept: components["schemas"]["DecisionReasonDto"][];
            reject: components["schemas"]["DecisionReasonDto"][];
        };
        RequestReconsiderationDto: {
            /** @example أرفقت شهادة الخبرة المطلوبة */
            grounds: string;
        };
        ReviewDto: {
            /** @description The current round's deadline passed with no decision by then */
            breached: boolean;
            /** Format: uuid */
            caseId: string;
            /**
             * Format: date-time
             * @description The current round's deadline
             */
            deadline: string | null;
            /** @description Escalated to the executive director */
            escalated: boolean;
            /** @description The tenant's reasons a vote may give, each way (what POST /reviews/{caseId}/votes accepts as reasonId) */
            reasonChoices: components["schemas"]["ReasonChoicesDto"];
            /**
             * Format: date-time
             * @description Until when the applicant may ask for reconsideration
             */
            reconsiderationUntil: string | null;
            /** @description Members who declared a conflict of interest (all rounds) */
            recused: string[];
            revision: number;
            /** @description 1 for the first review, 2 and up for reconsiderations */
            round: number;
            /** @enum {string} */
            status: "none" | "open" | "accepted" | "rejected";
            /** @description The current round's votes */
            votes: components["schemas"]["ReviewVoteDto"][];
        };
        ReviewVoteDto: {
            /** Format: date-time */
            castAt: string;
            /** @description The member's user id */
            memberId: string;
            reason: components["schemas"]["DecisionReasonDto"];
            /** @enum {string} */
            role: "chair" | "member" | "secretary";
            /** @enum {string} */
            vote: "accept" | "reject";
        };
        TallyDto: {
            accept: number;
            quorum: number;
            reject: number;
            tieBrokenByChair: boolean;
        };
        VoteReceiptDto: {
            /** Format: uuid */
            caseId: string;
            /** @description null until a vote decides the round */
            decision: components["schemas"]["DecisionDto"] | (never | null);
            /** @description The review's revision after the vote (also the ETag) */
            revision: number;
            round: number;
            /** @enum {string} */
            vote: "accept" | "reject";
        };
        WatchedCaseDto: {
            /** @description The deadline passed with no decision */
            breached: boolean;
            /**
             * Format: uuid
             * @description The case's internal id (not the applicant's case number)
             */
            caseId: string;
            committeeId: string | null;
            /** Format: date-time */
            deadline: string | null;
            /** @description Escalated to the executive director */
            escalated: boolean;
            round: number | null;
            serviceId: string | null;
            /** @enum {string} */
            stage: "at-risk" | "deadline-breached";
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
    CommitteeQueueController_deadlines: {
        parameters: {
            query?: {
                committeeId?: string;
                /** @description The previous page's nextCursor, passed back unchanged with the same filters (opaque; 422 otherwise) */
                cursor?: string;
                /** @description Only items due at or after this instant (ISO 8601) */
                dueAfter?: string;
                /** @description Only items due before this instant (ISO 8601) */
                dueBefore?: string;
                /** @description Items per page */
                limit?: number;
                /** @description Only cases of this service */
                serviceId?: string;
                /** @description Only at-risk or only breached cases (default: both) */
                stage?: "at-risk" | "deadline-breached";
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
                    "application/json": components["schemas"]["DeadlineWatchPageDto"];
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
    CommitteeQueueController_list: {
        parameters: {
            query?: {
                committeeId?: string;
                /** @description The previous page's nextCursor, passed back unchanged with the same filters (opaque; 422 otherwise) */
                cursor?: string;
                /** @description Only items due at or after this instant (ISO 8601) */
                dueAfter?: string;
                /** @description Only items due before this instant (ISO 8601) */
                dueBefore?: string;
                /** @description Items per page */
                limit?: number;
                /** @description Only cases of this service */
                serviceId?: string;
                /** @description Only cases at this stage (default: every undecided case); at-risk and deadline-breached are the cases near or past their deadline */
                stage?: "under-review" | "at-risk" | "deadline-breached";
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
                    "application/json": components["schemas"]["CommitteeQueuePageDto"];
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
    GetReviewController_get: {
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
            /** @description The review; its revision is also the response's ETag */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewDto"];
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
    DeclareConflictOfInterestController_declare: {
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
                "application/json": components["schemas"]["DeclareConflictOfInterestDto"];
            };
        };
        responses: {
            /** @description Done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        caseId: string;
                        memberId: string;
                        /** @enum {boolean} */
                        recused: true;
                        revision: number;
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
    RequestReconsiderationController_request: {
        parameters: {
            query?: never;
            header: {
                authorization: string;
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
                "application/json": components["schemas"]["RequestReconsiderationDto"];
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
                        /** Format: uuid */
                        caseId: string;
                        /** Format: date-time */
                        deadline: string;
                        revision: number;
                        round: number;
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
    CastVoteController_vote: {
        parameters: {
            query?: never;
            header?: {
                /** @description The same caller retrying the same request with the same key within 24 hours gets the first answer; the same key with another request is 422 */
                "Idempotency-Key"?: string;
                /** @description The review revision you saw (GET /reviews/{caseId} ETag); 409 if it changed */
                "If-Match"?: string;
            };
            path: {
                /** @description The case (application) id */
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CastVoteDto"];
            };
        };
        responses: {
            /** @description The vote, and the decision when this vote reached it */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VoteReceiptDto"];
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
