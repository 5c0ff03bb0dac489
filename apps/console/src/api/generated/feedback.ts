// Generated from the service's OpenAPI document by `npm run console:api-types` (docs/adr/0036). Do not edit.
export interface paths {
    "/board-agenda": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Issues of a general nature on the board's agenda, newest first; keyset pages with a total. Complaint ids only, no complainant. */
        get: operations["BoardAgendaController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/board-agenda/{issueId}/solution": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the board's discussion and the solution decided; every complainant of the linked complaints is told by SMS and email */
        post: operations["BoardAgendaController_solve"];
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
    "/complaint-figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Complaints figures: by category, service, department, channel and month (Gregorian and Hijri), times to acknowledge and resolve against the service levels; per-staff figures only for the executive director. */
        get: operations["ComplaintFiguresController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/complaints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Complaints the caller may see, nearest resolution deadline first: `view` mine, breached or escalated; filters by priority, status, category and service; keyset pages with a total. */
        get: operations["ComplaintQueueController_list"];
        put?: never;
        /** Record a complaint or suggestion from any of the association’s channels, by a beneficiary or anonymously; acknowledged at once with a reference (by SMS when a mobile is given). */
        post: operations["FileComplaintController_file"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/complaints/{complaintId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One complaint with its words and answer (never the complainant’s contact) */
        get: operations["ComplaintQueueController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/complaints/{complaintId}/assignment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Assign the complaint to a member of staff, who investigates and answers it */
        post: operations["ComplaintLifecycleController_assign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/complaints/{complaintId}/closure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close a resolved complaint */
        post: operations["ComplaintLifecycleController_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/complaints/{complaintId}/general-issue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark the complaint as of a general nature: it goes to the board's agenda with its similar complaints (Environment Madinah) */
        post: operations["ComplaintLifecycleController_markGeneral"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/complaints/{complaintId}/investigation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The assignee (or the executive director) starts the investigation */
        post: operations["ComplaintLifecycleController_investigate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/complaints/{complaintId}/reopening": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reopen a resolved or closed complaint within the policy's period (reopenWithinDays): a new round with its own service level */
        post: operations["ComplaintLifecycleController_reopen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/complaints/{complaintId}/resolution": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Resolve with the answer the complainant is told by SMS and email (Arabic then English); late when after its service level */
        post: operations["ComplaintLifecycleController_resolve"];
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
    "/public/{tenantId}/complaint-ratings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rate how a resolved complaint was handled (1 to 5), once, with its reference and the single-use code given at acknowledgement */
        post: operations["RateComplaintController_rate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/{tenantId}/complaints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** File a complaint or suggestion through the association’s link, named or anonymously; answered with its reference and a single-use rating code (the reference also by SMS when a mobile is given). */
        post: operations["PublicComplaintController_file"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/{tenantId}/content-ratings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** An anonymous rating (1–5) of a published content item, by channel (Tuwaiq 2-2, indirect beneficiaries). No personal data. */
        post: operations["RateContentController_rate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/surveys/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The survey's title and questions (Arabic and English) behind a link; nothing about the case or the person. */
        get: operations["AnswerSurveyController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/surveys/{token}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The one answer a survey takes. It names no person and stays when the case’s personal data is erased. */
        post: operations["AnswerSurveyController_answer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/satisfaction/content-ratings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Anonymous content ratings by content item and channel (indirect beneficiaries), released in batches of k. */
        get: operations["DashboardsController_contentRatings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/satisfaction/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** CSAT, NPS, effort and response rate by service, department, channel or month (Gregorian with its Hijri months), under the k-threshold method: every figure covers a multiple of k answers. Remarks masked for all but the executive director. */
        get: operations["DashboardsController_dashboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/satisfaction/staff/{userId}/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A staff member's own results, by month: seen by that staff member and the executive director only (coaching, not exposure). */
        get: operations["DashboardsController_staff"];
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
        AssignComplaintDto: {
            /**
             * @description The staff member's user id (the token's subject)
             * @example awj-services-officer
             */
            assignee: string;
        };
        /** @description The same text in Arabic and English */
        Bilingual: {
            /** @example الحقل مطلوب */
            ar: string;
            /** @example is required */
            en: string;
        };
        BilingualDto: {
            /** @example تمت معالجة ملاحظتكم */
            ar: string;
            /** @example Your remark was addressed */
            en: string;
        };
        BilingualTextDto: {
            ar: string;
            en: string;
        };
        BoardAgendaPageDto: {
            items: components["schemas"]["GeneralIssueDto"][];
            /** @description Pass as cursor (with the same filters) for the next page; null on the last page */
            nextCursor: string | null;
            /** @description Items the filters match now, across all pages */
            total: number;
        };
        BoardSolutionViewDto: {
            discussion: string;
            /**
             * @description The board meeting (Gregorian)
             * @example 2026-12-20
             */
            meetingDate: string;
            /** Format: date-time */
            recordedAt: string;
            recordedBy: string;
            solution: components["schemas"]["BilingualDto"];
        };
        CaseViewDto: {
            caseId: string;
            details: Record<string, never>;
            stage: string;
            updatedAt: string;
        };
        ComplainantDto: {
            /** @example sara@example.org */
            email?: string;
            /**
             * @description Saudi mobile: 05XXXXXXXX or +9665XXXXXXXX; the acknowledgement and the answer come by SMS
             * @example 0512345678
             */
            mobile?: string;
            name?: string;
        };
        ComplaintActionDto: {
            /** Format: uuid */
            complaintId: string;
            /** @description The revision of the complaint's stream after this change (not an ETag: no command takes an expected revision) */
            revision: number;
            round: number;
            /** @enum {string} */
            status: "acknowledged" | "assigned" | "under-investigation" | "resolved" | "closed";
        };
        ComplaintDetailDto: {
            anonymous: boolean;
            assignee: string | null;
            categoryId: string;
            channel: string;
            /** Format: uuid */
            complaintId: string;
            concernsId: string | null;
            /** @enum {string} */
            concernsKind: "case" | "service" | "department" | "staff" | "none";
            escalated: boolean;
            /** Format: date-time */
            filedAt: string;
            /**
             * Format: uuid
             * @description The board agenda's issue it belongs to
             */
            issueId: string | null;
            /** @enum {string} */
            priority: "urgent" | "high" | "normal" | "low";
            rating: number | null;
            /** @description Whether the complainant can be told by SMS (the number itself is never shown) */
            reachableBySms: boolean;
            reference: string;
            /** Format: date-time */
            resolveBy: string;
            /** Format: date-time */
            resolvedAt: string | null;
            /** @description The answer given, once resolved */
            response: components["schemas"]["BilingualDto"] | (never | null);
            /** @description The revision of the complaint's stream this answer was read at (its last event's); every other field is as of that same revision. Not an ETag: the lifecycle commands take no expected revision. */
            revision: number;
            round: number;
            /** @enum {string} */
            routing: "general" | "executive-director" | "safeguarding";
            serviceId: string | null;
            /** @enum {string} */
            serviceLevel: "open" | "at-risk" | "breached" | "resolved" | "resolved-late" | "closed";
            /** @enum {string} */
            status: "acknowledged" | "assigned" | "under-investigation" | "resolved" | "closed";
            /** @description The complaint's words */
            text: string;
        };
        ComplaintFiguresDto: {
            byCategory: components["schemas"]["FigureBucketDto"][];
            byChannel: components["schemas"]["FigureBucketDto"][];
            byDepartment: components["schemas"]["FigureBucketDto"][];
            byMonth: components["schemas"]["MonthBucketDto"][];
            byService: components["schemas"]["FigureBucketDto"][];
            /** @description Only for the executive director; null for everyone else */
            byStaff: components["schemas"]["StaffFiguresDto"] | (never | null);
            total: components["schemas"]["FigureBucketDto"];
        };
        ComplaintItemDto: {
            anonymous: boolean;
            assignee: string | null;
            categoryId: string;
            channel: string;
            /** Format: uuid */
            complaintId: string;
            concernsId: string | null;
            /** @enum {string} */
            concernsKind: "case" | "service" | "department" | "staff" | "none";
            escalated: boolean;
            /** Format: date-time */
            filedAt: string;
            /**
             * Format: uuid
             * @description The board agenda's issue it belongs to
             */
            issueId: string | null;
            /** @enum {string} */
            priority: "urgent" | "high" | "normal" | "low";
            rating: number | null;
            reference: string;
            /** Format: date-time */
            resolveBy: string;
            /** Format: date-time */
            resolvedAt: string | null;
            round: number;
            /** @enum {string} */
            routing: "general" | "executive-director" | "safeguarding";
            serviceId: string | null;
            /** @enum {string} */
            serviceLevel: "open" | "at-risk" | "breached" | "resolved" | "resolved-late" | "closed";
            /** @enum {string} */
            status: "acknowledged" | "assigned" | "under-investigation" | "resolved" | "closed";
        };
        ComplaintQueuePageDto: {
            items: components["schemas"]["ComplaintItemDto"][];
            /** @description Pass as cursor (with the same filters) for the next page; null on the last page */
            nextCursor: string | null;
            /** @description Items the filters match now, across all pages */
            total: number;
        };
        ComplaintReceiptDto: {
            /** Format: date-time */
            acknowledgedAt: string;
            /** Format: uuid */
            complaintId: string;
            message: components["schemas"]["BilingualDto"];
            /** @description Single-use code to rate the handling once resolved (POST /public/{tenantId}/complaint-ratings); shown once, kept only as a digest */
            ratingCode: string;
            /**
             * @description The reference the complainant quotes (also sent by SMS when a mobile is given)
             * @example AWJ-C-1448-004218312
             */
            reference: string;
            /**
             * Format: date-time
             * @description Due for resolution by (working days, Sunday–Thursday, without the holidays)
             */
            resolveBy: string;
            /** @enum {string} */
            status: "acknowledged";
        };
        ConcernsDto: {
            /**
             * @description The case id, service id, department slug or staff user id; absent for `none`
             * @example member-service
             */
            id?: string;
            /**
             * @description What the complaint is about; `staff`: a member of staff (routed to the executive director alone)
             * @enum {string}
             */
            kind: "case" | "service" | "department" | "staff" | "none";
        };
        ContentRatedDto: {
            ratingId: string;
        };
        ContentRatingDto: {
            /** @example website */
            channel: string;
            /** @example job-readiness-guide */
            contentItemId: string;
            /** @example 4 */
            rating: number;
        };
        ContentRatingGroupDto: {
            channel: string;
            contentItemId: string;
            mean: number;
            /** @description Ratings covered: a multiple of k */
            n: number;
        };
        ContentRatingsDto: {
            groups: components["schemas"]["ContentRatingGroupDto"][];
            k: number;
        };
        CsatFiguresDto: {
            mean: number;
            /** @description Share of 4 and 5, percent */
            satisfiedPercent: number;
        };
        DashboardCommentDto: {
            month: string;
            serviceId: string;
            /** @description Masked (names, ID numbers, mobiles) for anyone but the executive director */
            text: string;
        };
        DashboardDto: {
            comments: components["schemas"]["DashboardCommentDto"][];
            groups: components["schemas"]["DashboardGroupDto"][];
            /** @description k: no published figure covers fewer answers */
            k: number;
            totals: components["schemas"]["DashboardGroupDto"];
        };
        DashboardFiguresDto: {
            csat?: components["schemas"]["MetricFiguresDto"];
            effort?: components["schemas"]["MetricFiguresDto"];
            nps?: components["schemas"]["MetricFiguresDto"];
            /** @description The question about the staff member who served (staff results only) */
            staffCsat?: components["schemas"]["MetricFiguresDto"];
        };
        DashboardGroupDto: {
            figures: components["schemas"]["DashboardFiguresDto"];
            /** @description The group: a service, department, channel or month (YYYY-MM); "all" for the totals */
            key: string;
            month?: components["schemas"]["MonthLabelDto"];
            /** @description Published responses over surveys sent, percent */
            responseRate: number | null;
            /** @description Published responses: 0 or a multiple of k */
            responses: number;
            sent: number;
        };
        EffortFiguresDto: {
            /** @description 1 (very easy) … 7 (very hard) */
            mean: number;
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
        FigureBucketDto: {
            acknowledgedWithinLevel: number;
            breached: number;
            complaints: number;
            key: string;
            meanDaysToAcknowledge: number | null;
            meanDaysToResolve: number | null;
            resolved: number;
            resolvedWithinLevel: number;
        };
        FileComplaintDto: {
            /** @description Filed without a name or contact: nothing that identifies the author is kept */
            anonymous: boolean;
            /**
             * @description One of the association's categories (tenant policy complaints.categories)
             * @example delay
             */
            categoryId: string;
            /**
             * @description One of the association's channels (tenant policy channels)
             * @example phone
             */
            channel: string;
            /** @description Absent or refused when anonymous */
            complainant?: components["schemas"]["ComplainantDto"];
            concerns: components["schemas"]["ConcernsDto"];
            /**
             * @description The department concerned
             * @example services
             */
            department?: string;
            /**
             * @description Default: the policy's defaultPriority
             * @enum {string}
             */
            priority?: "urgent" | "high" | "normal" | "low";
            /**
             * @description The service the complaint is about (one of the association's services)
             * @example member-service
             */
            serviceId?: string;
            /** @example تأخر الرد على طلبي ثلاثة أسابيع */
            text: string;
        };
        GeneralIssueDto: {
            categoryId: string;
            complaints: number;
            /** Format: uuid */
            issueId: string;
            /** Format: date-time */
            raisedAt: string;
            /**
             * @description threshold: the policy's count of similar complaints; staff: marked general
             * @enum {string}
             */
            reason: "threshold" | "staff";
            serviceId: string | null;
            /** @description null until the board records its solution */
            solution: components["schemas"]["BoardSolutionViewDto"] | (never | null);
            /** @enum {string} */
            status: "on-agenda" | "solved";
        };
        MetricFiguresDto: {
            csat?: components["schemas"]["CsatFiguresDto"];
            effort?: components["schemas"]["EffortFiguresDto"];
            /** @description Answers covered: a multiple of k */
            n: number;
            nps?: components["schemas"]["NpsFiguresDto"];
            staffCsat?: components["schemas"]["CsatFiguresDto"];
        };
        MonthBucketDto: {
            acknowledgedWithinLevel: number;
            breached: number;
            complaints: number;
            /** @example 2026-12 */
            gregorian: string;
            /** @example 1448-06 */
            hijri: string;
            /** @example جمادى الآخرة ١٤٤٨ هـ */
            hijriLabel: string;
            key: string;
            meanDaysToAcknowledge: number | null;
            meanDaysToResolve: number | null;
            resolved: number;
            resolvedWithinLevel: number;
        };
        MonthLabelDto: {
            /** @example 2026-12 */
            gregorian: string;
            /**
             * @description The Umm al-Qura month(s) the Gregorian month spans
             * @example 1448-06/1448-07
             */
            hijri: string;
            label: components["schemas"]["BilingualTextDto"];
        };
        NpsFiguresDto: {
            detractorsPercent: number;
            promotersPercent: number;
            /** @description Promoters minus detractors, -100…100 */
            score: number;
        };
        PublicComplaintDto: {
            /** @description Filed without a name or contact: nothing that identifies the author is kept */
            anonymous: boolean;
            /**
             * @description One of the association's categories (tenant policy complaints.categories)
             * @example delay
             */
            categoryId: string;
            /** @description Absent or refused when anonymous */
            complainant?: components["schemas"]["ComplainantDto"];
            concerns: components["schemas"]["ConcernsDto"];
            /**
             * @description The department concerned
             * @example services
             */
            department?: string;
            /**
             * @description The service the complaint is about (one of the association's services)
             * @example member-service
             */
            serviceId?: string;
            /** @example تأخر الرد على طلبي ثلاثة أسابيع */
            text: string;
        };
        PublicSurveyDto: {
            /** @description ISO instant the link closes */
            closesAt: string;
            questions: components["schemas"]["SurveyQuestionDto"][];
            title: components["schemas"]["BilingualTextDto"];
        };
        RateComplaintDto: {
            /**
             * @description The single-use rating code given at acknowledgement
             * @example q1w2e3r4t5y6u7i8o9p0aa
             */
            code: string;
            comment?: string;
            rating: number;
            /**
             * @description The reference given at acknowledgement
             * @example AWJ-C-1448-004218312
             */
            reference: string;
        };
        RatingReceiptDto: {
            message: components["schemas"]["BilingualDto"];
            /** @enum {string} */
            status: "rated";
        };
        Readiness: {
            /** @description Per engine: status, ms, error */
            checks: {
                [key: string]: Record<string, never>;
            };
            /** @enum {string} */
            status: "up" | "down";
        };
        RecordBoardSolutionDto: {
            /** @description The board's discussion, as minuted */
            discussion: string;
            /**
             * @description The meeting date (YYYY-MM-DD), not in the future
             * @example 2026-12-20
             */
            meetingDate: string;
            /** @description The solution decided, told to every complainant (Arabic then English) */
            solution: components["schemas"]["BilingualDto"];
        };
        ReopenComplaintDto: {
            /** @example The complainant says the delay continues */
            reason: string;
        };
        ResolveComplaintDto: {
            /** @description The answer the complainant is told by SMS and email, Arabic then English */
            response: components["schemas"]["BilingualDto"];
        };
        StaffFiguresDto: {
            /** @description By the member of staff handling */
            assignee: components["schemas"]["FigureBucketDto"][];
            /** @description Remarks about each member of staff */
            concerning: components["schemas"]["FigureBucketDto"][];
        };
        SurveyAnswerDto: {
            /**
             * @description Scores by question id (CSAT 1–5, NPS 0–10, effort 1–7)
             * @example {
             *       "overall": 5,
             *       "recommend": 9,
             *       "effort": 2
             *     }
             */
            scores: {
                [key: string]: number;
            };
            /**
             * @description Free-text answers by question id (at most 2000 characters; markup removed)
             * @example {
             *       "comment": "خدمة ممتازة"
             *     }
             */
            texts?: {
                [key: string]: string;
            };
        };
        SurveyAnsweredDto: {
            answeredAt: string;
        };
        SurveyQuestionDto: {
            id: string;
            /** @description Highest score (scale questions) */
            max?: number;
            /** @description Lowest score (scale questions) */
            min?: number;
            optional: boolean;
            /** @enum {string} */
            scale: "csat" | "nps" | "effort" | "free-text";
            text: components["schemas"]["BilingualTextDto"];
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
    BoardAgendaController_list: {
        parameters: {
            query?: {
                /** @description The previous page's nextCursor, passed back unchanged with the same filters (opaque; 422 otherwise) */
                cursor?: string;
                /** @description Items per page */
                limit?: number;
                status?: "on-agenda" | "solved";
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
                    "application/json": components["schemas"]["BoardAgendaPageDto"];
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
    BoardAgendaController_solve: {
        parameters: {
            query?: never;
            header?: {
                /** @description The same caller retrying the same request with the same key within 24 hours gets the first answer; the same key with another request is 422 */
                "Idempotency-Key"?: string;
            };
            path: {
                issueId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordBoardSolutionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GeneralIssueDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description No such item on the agenda */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The solution is already recorded */
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
    ComplaintFiguresController_get: {
        parameters: {
            query?: {
                /** @description Complaints filed from this instant */
                from?: string;
                /** @description Complaints filed before this instant */
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
                    "application/json": components["schemas"]["ComplaintFiguresDto"];
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
    ComplaintQueueController_list: {
        parameters: {
            query?: {
                categoryId?: string;
                /** @description The previous page's nextCursor, passed back unchanged with the same filters (opaque; 422 otherwise) */
                cursor?: string;
                /** @description Items per page */
                limit?: number;
                priority?: "urgent" | "high" | "normal" | "low";
                serviceId?: string;
                status?: "acknowledged" | "assigned" | "under-investigation" | "resolved" | "closed";
                /** @description mine: assigned to me; breached: past their service level; escalated: escalated to the executive director */
                view?: "all" | "mine" | "breached" | "escalated";
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
                    "application/json": components["schemas"]["ComplaintQueuePageDto"];
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
    FileComplaintController_file: {
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
                "application/json": components["schemas"]["FileComplaintDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintReceiptDto"];
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
    ComplaintQueueController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                complaintId: string;
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
                    "application/json": components["schemas"]["ComplaintDetailDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description No such complaint, or one the caller may not see */
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
    ComplaintLifecycleController_assign: {
        parameters: {
            query?: never;
            header?: {
                /** @description The same caller retrying the same request with the same key within 24 hours gets the first answer; the same key with another request is 422 */
                "Idempotency-Key"?: string;
            };
            path: {
                complaintId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignComplaintDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintActionDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description No such complaint, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed where the complaint stands (Arabic and English) */
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
    ComplaintLifecycleController_close: {
        parameters: {
            query?: never;
            header?: {
                /** @description The same caller retrying the same request with the same key within 24 hours gets the first answer; the same key with another request is 422 */
                "Idempotency-Key"?: string;
            };
            path: {
                complaintId: string;
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
                    "application/json": components["schemas"]["ComplaintActionDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description No such complaint, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed where the complaint stands (Arabic and English) */
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
    ComplaintLifecycleController_markGeneral: {
        parameters: {
            query?: never;
            header?: {
                /** @description The same caller retrying the same request with the same key within 24 hours gets the first answer; the same key with another request is 422 */
                "Idempotency-Key"?: string;
            };
            path: {
                complaintId: string;
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
                    "application/json": components["schemas"]["ComplaintActionDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description No such complaint, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed where the complaint stands (Arabic and English) */
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
    ComplaintLifecycleController_investigate: {
        parameters: {
            query?: never;
            header?: {
                /** @description The same caller retrying the same request with the same key within 24 hours gets the first answer; the same key with another request is 422 */
                "Idempotency-Key"?: string;
            };
            path: {
                complaintId: string;
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
                    "application/json": components["schemas"]["ComplaintActionDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description No such complaint, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed where the complaint stands (Arabic and English) */
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
    ComplaintLifecycleController_reopen: {
        parameters: {
            query?: never;
            header?: {
                /** @description The same caller retrying the same request with the same key within 24 hours gets the first answer; the same key with another request is 422 */
                "Idempotency-Key"?: string;
            };
            path: {
                complaintId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReopenComplaintDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintActionDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description No such complaint, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed where the complaint stands (Arabic and English) */
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
    ComplaintLifecycleController_resolve: {
        parameters: {
            query?: never;
            header?: {
                /** @description The same caller retrying the same request with the same key within 24 hours gets the first answer; the same key with another request is 422 */
                "Idempotency-Key"?: string;
            };
            path: {
                complaintId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResolveComplaintDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintActionDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description No such complaint, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed where the complaint stands (Arabic and English) */
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
    RateComplaintController_rate: {
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
                "application/json": components["schemas"]["RateComplaintDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RatingReceiptDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            /** @description No complaint under this reference and code (a wrong code answers the same) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Already rated, or not resolved yet */
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
            /** @description Too many attempts from this address */
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
    PublicComplaintController_file: {
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
                "application/json": components["schemas"]["PublicComplaintDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintReceiptDto"];
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
            /** @description Field-level reasons in Arabic and English */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many complaints from this address; Retry-After says when to try again */
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
    RateContentController_rate: {
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
                "application/json": components["schemas"]["ContentRatingDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContentRatedDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            /** @description No such association, or it offers no content rating */
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
            /** @description Field-level reasons: unknown content item or channel, rating outside 1–5 */
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
    AnswerSurveyController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
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
                    "application/json": components["schemas"]["PublicSurveyDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            /** @description Unknown, forged or malformed link (nothing more is said) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description survey-already-answered: the survey took its one answer */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description survey-closed: the link expired */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
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
    AnswerSurveyController_answer: {
        parameters: {
            query?: never;
            header?: {
                /** @description The same caller retrying the same request with the same key within 24 hours gets the first answer; the same key with another request is 422 */
                "Idempotency-Key"?: string;
            };
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SurveyAnswerDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyAnsweredDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            /** @description Unknown, forged or malformed link (nothing more is said) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description survey-already-answered: a replayed link */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description survey-closed: the link expired */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            /** @description Field-level reasons: a score out of its scale, an unknown question, a required answer missing, text over 2000 characters */
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
    DashboardsController_contentRatings: {
        parameters: {
            query?: {
                channel?: string;
                contentItemId?: string;
                fromMonth?: string;
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
                    "application/json": components["schemas"]["ContentRatingsDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description below-minimum-group: the filters leave no batch of k answers to publish (docs/adr/0041) */
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
    DashboardsController_dashboard: {
        parameters: {
            query?: {
                /** @description The channel the case came through */
                channel?: string;
                department?: string;
                /** @description First Gregorian month, YYYY-MM */
                fromMonth?: string;
                groupBy?: "service" | "department" | "channel" | "month";
                serviceId?: string;
                /** @description Last Gregorian month, YYYY-MM */
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
                    "application/json": components["schemas"]["DashboardDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description below-minimum-group: the filters leave no batch of k answers to publish (docs/adr/0041) */
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
    DashboardsController_staff: {
        parameters: {
            query?: {
                fromMonth?: string;
                toMonth?: string;
            };
            header?: never;
            path: {
                userId: string;
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
                    "application/json": components["schemas"]["DashboardDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            /** @description staff-results-private: neither the staff member nor the executive director (the board included) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description staff-results-not-found: no survey of this association names that staff member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            410: components["responses"]["Gone"];
            /** @description below-minimum-group: the filters leave no batch of k answers to publish (docs/adr/0041) */
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
}
