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
    "/ops/dead-letters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Dead letters (open by default): original topic, key, tenant, event type, error, attempts, first and last failure; never the payload. */
        get: operations["OperationsDeadLettersController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ops/dead-letters/discard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Marks dead letters as discarded (they stay in the topic, out of the open list). Recorded per letter. */
        post: operations["OperationsDeadLettersController_discard"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ops/dead-letters/redrive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sends dead letters back to their original topics as they were; consumers that handled one already skip it (inbox). Recorded per letter. */
        post: operations["OperationsDeadLettersController_redrive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ops/messaging": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Consumer lag per service and partition, relay lag in events and seconds, inbox sizes, open dead letters (also on /metrics). */
        get: operations["OperationsMessagingController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ops/process": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Median and 90th percentile of each transition of a case (received → submitted → eligibility decided → review opened → committee decided → delivery opened → delivery ended → surveyed), per Riyadh month, by channel and service; and the slowest cases. */
        get: operations["ProcessMiningController_report"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ops/workflows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Running workflows with case, stage, deadline and lateness, from Temporal visibility; filtered (type, stage, at-risk/breached), in pages. */
        get: operations["OperationsWorkflowsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ops/workflows/{workflowId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One workflow: its stage, deadline, lateness and next timer. */
        get: operations["OperationsWorkflowsController_detail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ops/workflows/{workflowId}/activities/{activityId}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Retries a failing activity now: Temporal's ResetActivity (attempts from 1, the next attempt at once instead of after its backoff; history not rewound); recorded with the reason and the actor. */
        post: operations["OperationsWorkflowsController_retryActivity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ops/workflows/{workflowId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Asks a running workflow to cancel (it may clean up); recorded with the reason and the actor. */
        post: operations["OperationsWorkflowsController_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ops/workflows/{workflowId}/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Temporal's reset to the last completed workflow task (signals after it re-applied); operations only; recorded with the reason and the actor. */
        post: operations["OperationsWorkflowsController_reset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ops/workflows/{workflowId}/signal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sends a signal to a running workflow; recorded with the reason and the actor. */
        post: operations["OperationsWorkflowsController_signal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ops/workflows/{workflowId}/terminate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ends a running workflow at once (no clean-up); operations only; recorded with the reason and the actor. */
        post: operations["OperationsWorkflowsController_terminate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ops/workflows/counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Running workflows counted: all, at risk, breached, and by stage. */
        get: operations["OperationsWorkflowsController_counts"];
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
        ConsumerLagDto: {
            group: string;
            lag: number;
            members: number;
            partitions: components["schemas"]["PartitionLagDto"][];
            service: string;
            state: string;
        };
        DeadLetterActionDto: {
            /** @description Dead letter ids (`<partition>-<offset>`) */
            ids: string[];
            /**
             * @description Why: recorded with the action and its actor (no personal data)
             * @example stuck after the engine outage; restarting from the last good point
             */
            reason: string;
        };
        DeadLetterDto: {
            attempts: number | null;
            consumerGroup: string | null;
            error: string | null;
            eventId: string | null;
            eventType: string | null;
            /** Format: date-time */
            firstFailedAt: string;
            id: string;
            /** @description The Kafka key: a case or record id */
            key: string | null;
            /** Format: date-time */
            lastFailedAt: string;
            originalOffset: string | null;
            originalPartition: number | null;
            originalTopic: string | null;
            /** @enum {string} */
            state: "open" | "redriven" | "discarded";
            tenantId: string | null;
        };
        DeadLetterOutcomeDto: {
            id: string;
            /** @description The event store position of the event that records it */
            position: string;
            /** @enum {string} */
            state: "redriven" | "discarded";
            /** @description Where the redriven message went */
            topic?: string;
        };
        DeadLetterOutcomesDto: {
            items: components["schemas"]["DeadLetterOutcomeDto"][];
        };
        DeadLetterPageDto: {
            items: components["schemas"]["DeadLetterDto"][];
            nextCursor: string | null;
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
        HistoryEventDto: {
            /** Format: date-time */
            at: string;
            eventId: string;
            /**
             * @description The event's type (never its payload)
             * @example TimerStarted
             */
            type: string;
        };
        InboxSizeDto: {
            events: number;
            group: string;
        };
        MessagingDto: {
            consumers: components["schemas"]["ConsumerLagDto"][];
            /** @description Open dead letters (not redriven or discarded) */
            deadLetters: number;
            inbox: components["schemas"]["InboxSizeDto"][];
            /** Format: date-time */
            measuredAt: string;
            relays: components["schemas"]["RelayLagDto"][];
        };
        PartitionLagDto: {
            committed: string | null;
            end: string;
            lag: number;
            partition: number;
            topic: string;
        };
        PendingActivityDto: {
            activityId: string;
            /** @example recordServiceDeliveryEnd */
            activityType: string;
            /** @description The attempt under way or next (1 for the first) */
            attempt: number;
            /** @description The last attempt's failure message (a handler's own words) */
            lastFailure: string | null;
            /** Format: date-time */
            lastStartedAt: string | null;
            /** @description null: retried until its timeouts */
            maximumAttempts: number | null;
            /**
             * Format: date-time
             * @description When the next attempt is scheduled; null while one runs
             */
            nextAttemptAt: string | null;
            /** @enum {string} */
            state: "scheduled" | "started" | "cancel-requested" | "paused" | "pause-requested" | "unspecified";
        };
        PendingTimerDto: {
            /** Format: date-time */
            firesAt: string;
            timerId: string;
        };
        ProcessMonthDto: {
            /** @description The Hijri (Umm al-Qura) month or months it spans, e.g. 1448-06/1448-07 */
            hijri: string;
            /** @description The Gregorian month in Riyadh time */
            month: string;
            /** @description Each transition, in the order of the case path; skips (a milestone not reached) where any happened */
            transitions: components["schemas"]["TransitionStatsDto"][];
        };
        ProcessReportDto: {
            /** @description Cases with a milestone in the months */
            cases: number;
            channel: string | null;
            fromMonth: string;
            months: components["schemas"]["ProcessMonthDto"][];
            serviceId: string | null;
            /** @description The slowest of those cases, longest first (at most limit) */
            slowest: components["schemas"]["SlowCaseDto"][];
            /** @description The association (null: every association, operations only) */
            tenant: string | null;
            toMonth: string;
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
        ReasonDto: {
            /**
             * @description Why: recorded with the action and its actor (no personal data)
             * @example stuck after the engine outage; restarting from the last good point
             */
            reason: string;
        };
        RelayLagDto: {
            atLeast: boolean;
            checkpoint: string;
            /** Format: date-time */
            checkpointSavedAt: string | null;
            events: number;
            relay: string;
            seconds: number;
            service: string;
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
        SignalDto: {
            /** @description The signal's arguments (JSON values) */
            args?: unknown[];
            /**
             * @description Why: recorded with the action and its actor (no personal data)
             * @example stuck after the engine outage; restarting from the last good point
             */
            reason: string;
            /**
             * @description The signal the workflow defines
             * @example reviewDecided
             */
            signal: string;
        };
        SlowCaseDto: {
            /** Format: uuid */
            caseId: string;
            /** @description The case number (null: intake’s event not applied yet) */
            caseNumber: string | null;
            channel: string | null;
            /** @enum {string} */
            from: "received" | "submitted" | "eligibility-decided" | "review-opened" | "committee-decided" | "delivery-opened" | "delivery-ended" | "surveyed";
            /**
             * @description stuck: still waiting at `from` for `to` until now; slowest-transition: its longest completed transition
             * @enum {string}
             */
            kind: "stuck" | "slowest-transition";
            seconds: number;
            serviceId: string | null;
            /** @enum {string} */
            to: "received" | "submitted" | "eligibility-decided" | "review-opened" | "committee-decided" | "delivery-opened" | "delivery-ended" | "surveyed";
        };
        StageCountDto: {
            count: number;
            stage: string;
        };
        TallyDto: {
            accept: number;
            quorum: number;
            reject: number;
            tieBrokenByChair: boolean;
        };
        TransitionStatsDto: {
            /**
             * @description The milestone the transition starts at
             * @enum {string}
             */
            from: "received" | "submitted" | "eligibility-decided" | "review-opened" | "committee-decided" | "delivery-opened" | "delivery-ended" | "surveyed";
            /** @description Median seconds (nearest rank; null when n is 0) */
            medianSeconds: number | null;
            /** @description Transitions completed in the month */
            n: number;
            /** @description 90th percentile of seconds (nearest rank; null when n is 0) */
            p90Seconds: number | null;
            /**
             * @description The milestone it ends at (the month is the Riyadh month this one was reached in)
             * @enum {string}
             */
            to: "received" | "submitted" | "eligibility-decided" | "review-opened" | "committee-decided" | "delivery-opened" | "delivery-ended" | "surveyed";
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
        WorkflowActionDto: {
            /** @enum {string} */
            action: "workflow-signal" | "workflow-cancel" | "workflow-terminate" | "workflow-reset" | "activity-retry";
            /** @description After an activity retry: the activity retried */
            activityId?: string;
            /** @description After a reset: the new run */
            newRunId?: string;
            /** @description The event store position of the OperationsActionRecorded event that records the action */
            position: string;
            /** @description After an activity retry: the attempt it had reached before it was retried */
            previousAttempt?: number;
            runId: string;
            workflowId: string;
        };
        WorkflowCountsDto: {
            atRisk: number;
            breached: number;
            byStage: components["schemas"]["StageCountDto"][];
            /** @description True when more workflows ran than were counted by stage (10 000) */
            capped: boolean;
            running: number;
        };
        WorkflowDetailDto: {
            /** @description Each pending activity with its attempt and last failure */
            activities: components["schemas"]["PendingActivityDto"][];
            /** @description The case, agreement, complaint or round the workflow times */
            caseId: string | null;
            /** Format: date-time */
            deadline: string | null;
            historyLength: number;
            /** @description Seconds past the deadline; 0 before it */
            lateBySeconds: number;
            /** @description The next timer to fire (from the history); null when none waits */
            nextTimer: components["schemas"]["PendingTimerDto"] | (never | null);
            pendingActivities: number;
            /** @description The latest history events, newest first (types and times only) */
            recentHistory: components["schemas"]["HistoryEventDto"][];
            /** @enum {string} */
            risk: "on-track" | "at-risk" | "breached" | "no-deadline";
            runId: string;
            stage: string | null;
            /** Format: date-time */
            startedAt: string;
            /** @example Running */
            status: string;
            taskQueue: string;
            tenantId: string | null;
            /** @enum {string} */
            type: "reviewTimeline" | "caseDocumentExpiry" | "documentExpiryWatch" | "periodicReverification" | "eligibilityPolicyReview" | "serviceDelivery" | "needsStudyTimeline" | "partnerAgreementTimeline" | "impactReportTimeline" | "allocationRoundTimeline" | "satisfactionSurveyTimeline" | "complaintServiceLevel";
            workflowId: string;
        };
        WorkflowItemDto: {
            /** @description The case, agreement, complaint or round the workflow times */
            caseId: string | null;
            /** Format: date-time */
            deadline: string | null;
            /** @description Seconds past the deadline; 0 before it */
            lateBySeconds: number;
            /** @enum {string} */
            risk: "on-track" | "at-risk" | "breached" | "no-deadline";
            runId: string;
            stage: string | null;
            /** Format: date-time */
            startedAt: string;
            /** @example Running */
            status: string;
            taskQueue: string;
            tenantId: string | null;
            /** @enum {string} */
            type: "reviewTimeline" | "caseDocumentExpiry" | "documentExpiryWatch" | "periodicReverification" | "eligibilityPolicyReview" | "serviceDelivery" | "needsStudyTimeline" | "partnerAgreementTimeline" | "impactReportTimeline" | "allocationRoundTimeline" | "satisfactionSurveyTimeline" | "complaintServiceLevel";
            workflowId: string;
        };
        WorkflowPageDto: {
            items: components["schemas"]["WorkflowItemDto"][];
            /** @description Pass as cursor (with the same filters) for the next page; null on the last page */
            nextCursor: string | null;
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
    OperationsDeadLettersController_list: {
        parameters: {
            query?: {
                cursor?: string;
                /** @description The event type */
                eventType?: string;
                limit?: number;
                state?: "open" | "redriven" | "discarded";
                /** @description Operations only: one association; without it, every association */
                tenant?: string;
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
                    "application/json": components["schemas"]["DeadLetterPageDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            /** @description tenant-out-of-scope: a tenant caller named another tenant */
            403: {
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
    OperationsDeadLettersController_discard: {
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
                "application/json": components["schemas"]["DeadLetterActionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeadLetterOutcomesDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description dead-letter-not-found: an id the caller cannot see; nothing was discarded */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description dead-letter-already-handled; nothing was discarded */
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
    OperationsDeadLettersController_redrive: {
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
                "application/json": components["schemas"]["DeadLetterActionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeadLetterOutcomesDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description dead-letter-not-found: an id the caller cannot see; nothing was redriven */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description dead-letter-already-handled or dead-letter-unroutable; nothing was redriven */
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
    OperationsMessagingController_get: {
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
                    "application/json": components["schemas"]["MessagingDto"];
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
    ProcessMiningController_report: {
        parameters: {
            query?: {
                /** @description Only cases received by this channel */
                channel?: "interview" | "visit" | "phone" | "website" | "social-media" | "letters" | "email" | "help-request-service" | "volunteering" | "social-researcher" | "office-representative";
                /** @description First Riyadh month (YYYY-MM), inclusive; default: eleven months before toMonth */
                fromMonth?: string;
                /** @description How many of the slowest cases */
                limit?: number;
                /** @description Only cases of this service (one of the association's services; 422 otherwise) */
                serviceId?: string;
                /** @description Operations only: one association; without it, every association. A tenant caller always sees only its own. */
                tenant?: string;
                /** @description Last Riyadh month (YYYY-MM), inclusive; default: this month. At most 36 months in all */
                toMonth?: string;
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
                    "application/json": components["schemas"]["ProcessReportDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            /** @description tenant-out-of-scope: a tenant caller named another tenant */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            404: components["responses"]["NotFound"];
            /** @description validation-failed: a month not YYYY-MM, toMonth before fromMonth, a channel or service the association does not have */
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
    OperationsWorkflowsController_list: {
        parameters: {
            query?: {
                /** @description Hours before the deadline that count as at risk */
                atRiskHours?: number;
                /** @description The previous page's nextCursor, with the same filters (opaque; 422 otherwise) */
                cursor?: string;
                /** @description Items per page */
                limit?: number;
                /** @description The Stage search attribute (under-review, at-risk, report-overdue…) */
                stage?: string;
                /** @description breached: past its deadline; at-risk: due within atRiskHours */
                status?: "at-risk" | "breached";
                /** @description Operations only: one association; without it, every association. A tenant caller always sees only its own. */
                tenant?: string;
                /** @description The workflow type */
                type?: "reviewTimeline" | "caseDocumentExpiry" | "documentExpiryWatch" | "periodicReverification" | "eligibilityPolicyReview" | "serviceDelivery" | "needsStudyTimeline" | "partnerAgreementTimeline" | "impactReportTimeline" | "allocationRoundTimeline" | "satisfactionSurveyTimeline" | "complaintServiceLevel";
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
                    "application/json": components["schemas"]["WorkflowPageDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            /** @description tenant-out-of-scope: a tenant caller named another tenant */
            403: {
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
    OperationsWorkflowsController_detail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The workflow id (Temporal) */
                workflowId: string;
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
                    "application/json": components["schemas"]["WorkflowDetailDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description workflow-not-found: no such workflow on this instance, or (for a tenant caller) not this tenant’s: the same answer either way */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            410: components["responses"]["Gone"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    OperationsWorkflowsController_retryActivity: {
        parameters: {
            query?: never;
            header?: {
                /** @description The same caller retrying the same request with the same key within 24 hours gets the first answer; the same key with another request is 422 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The pending activity (activityId in the workflow detail) */
                activityId: string;
                /** @description The workflow id (Temporal) */
                workflowId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowActionDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description workflow-not-found: no such workflow on this instance, or (for a tenant caller) not this tenant’s: the same answer either way; activity-not-pending: no pending activity of that id in the current run */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description workflow-not-running, or activity-not-retryable (Temporal refused) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            410: components["responses"]["Gone"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    OperationsWorkflowsController_cancel: {
        parameters: {
            query?: never;
            header?: {
                /** @description The same caller retrying the same request with the same key within 24 hours gets the first answer; the same key with another request is 422 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The workflow id (Temporal) */
                workflowId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowActionDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description workflow-not-found: no such workflow on this instance, or (for a tenant caller) not this tenant’s: the same answer either way */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description workflow-not-running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            410: components["responses"]["Gone"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    OperationsWorkflowsController_reset: {
        parameters: {
            query?: never;
            header?: {
                /** @description The same caller retrying the same request with the same key within 24 hours gets the first answer; the same key with another request is 422 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The workflow id (Temporal) */
                workflowId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowActionDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description workflow-not-found: no such workflow on this instance, or (for a tenant caller) not this tenant’s: the same answer either way */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description workflow-not-resettable */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            410: components["responses"]["Gone"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    OperationsWorkflowsController_signal: {
        parameters: {
            query?: never;
            header?: {
                /** @description The same caller retrying the same request with the same key within 24 hours gets the first answer; the same key with another request is 422 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The workflow id (Temporal) */
                workflowId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignalDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowActionDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description workflow-not-found: no such workflow on this instance, or (for a tenant caller) not this tenant’s: the same answer either way */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description workflow-not-running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            410: components["responses"]["Gone"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    OperationsWorkflowsController_terminate: {
        parameters: {
            query?: never;
            header?: {
                /** @description The same caller retrying the same request with the same key within 24 hours gets the first answer; the same key with another request is 422 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The workflow id (Temporal) */
                workflowId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowActionDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description workflow-not-found: no such workflow on this instance, or (for a tenant caller) not this tenant’s: the same answer either way */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description workflow-not-running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            410: components["responses"]["Gone"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    OperationsWorkflowsController_counts: {
        parameters: {
            query?: {
                atRiskHours?: number;
                /** @description Operations only: one association; without it, every association */
                tenant?: string;
                type?: "reviewTimeline" | "caseDocumentExpiry" | "documentExpiryWatch" | "periodicReverification" | "eligibilityPolicyReview" | "serviceDelivery" | "needsStudyTimeline" | "partnerAgreementTimeline" | "impactReportTimeline" | "allocationRoundTimeline" | "satisfactionSurveyTimeline" | "complaintServiceLevel";
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
                    "application/json": components["schemas"]["WorkflowCountsDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            /** @description tenant-out-of-scope: a tenant caller named another tenant */
            403: {
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
