import { allocationWeightProblems, type AllocationWeights } from '@athar/contracts';
import { z } from 'zod';
import { checkSatisfaction, satisfactionPolicySchema } from './satisfaction-policy.schema';
import { complaintsPolicySchema } from './complaints-policy.schema';

/** Text a person reads: Arabic first, English beside it. */
export const bilingualText = z.object({ ar: z.string().min(1), en: z.string().min(1) }).strict();
export type BilingualText = z.infer<typeof bilingualText>;

export const CHANNELS = [
  'interview',
  'visit',
  'phone',
  'website',
  'social-media',
  'letters',
  'email',
  'help-request-service',
  'volunteering',
  'social-researcher',
  'office-representative',
] as const;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
const hijriDate = z.string().regex(/^14\d{2}-\d{2}-\d{2}$/, 'expected a Hijri date YYYY-MM-DD (14xx)');
const slug = z.string().regex(/^[a-z][a-z0-9-]{1,62}$/, 'expected a lower-case slug');

/** Where a setting comes from: a clause of the seed policy, or a platform default the tenant may change. */
const provenance = z.string().min(3);

const committeeMember = z
  .object({
    /** The member's user id in the tenant's identity provider (the token's subject). */
    userId: z.string().min(1).max(120),
    name: bilingualText,
    role: z.enum(['chair', 'member', 'secretary']),
  })
  .strict();

const decisionReason = z.object({ id: slug, text: bilingualText }).strict();

/**
 * Common process step 5: who studies the request, how a decision is reached, and the
 * timeline's rules. The seeds name the committee and the two-week window; everything else here is a
 * platform default the tenant admin may change (see each file's `notes`).
 */
export const committeeReviewSchema = z
  .object({
    committees: z
      .array(
        z
          .object({
            id: slug,
            name: bilingualText,
            /** The services whose requests this committee studies. */
            serviceIds: z.array(slug).min(1),
            /** Votes needed before a decision: a majority of them decides, the chair breaks a tie. */
            quorum: z.number().int().min(1),
            members: z.array(committeeMember).min(1),
          })
          .strict(),
      )
      .min(1),
    /** Points of the window at which the committee is reminded, in percent (e.g. 50 and 80). */
    reminderPercents: z.array(z.number().int().min(1).max(99)),
    /** From this point of the window a case is listed as at risk (Temporal search attribute Stage). */
    atRiskFromPercent: z.number().int().min(1).max(99),
    /** Days that do not count when the window counts working days (Friday and Saturday never count). */
    holidays: z.array(isoDate),
    /** Days after a rejection during which the applicant may ask to be reviewed again (0: none). */
    reconsiderationDays: z.number().int().min(0).max(365),
    /** Review rounds in all, the first included (2: one reconsideration). */
    maxRounds: z.number().int().min(1).max(5),
    /** Length of the programme an accepted applicant is registered on, per service (days). */
    deliveryDays: z.record(slug, z.number().int().min(1).max(3650)),
    reasons: z.object({ accept: z.array(decisionReason).min(1), reject: z.array(decisionReason).min(1) }).strict(),
    /**
     * Tuwaiq 6-2: document review is part of eligibility, so a member votes once the service's required
     * documents are verified (a vote before answers 409 documents-not-verified). false lets the committee
     * vote first. Default true.
     */
    votesRequireVerifiedDocuments: z.boolean().default(true),
    notes: z.string().min(3),
  })
  .strict();
export type CommitteeReviewPolicy = z.infer<typeof committeeReviewSchema>;
export type CommitteeMember = z.infer<typeof committeeMember>;

function checkCommitteeReview(
  policy: { services: Array<{ id: string; beneficiaryType: string }>; committeeReview: CommitteeReviewPolicy },
  ctx: z.RefinementCtx,
): void {
  const review = policy.committeeReview;
  const at = (...path: Array<string | number>) => ['committeeReview', ...path];
  const issue = (path: Array<string | number>, message: string) => ctx.addIssue({ code: z.ZodIssueCode.custom, path: at(...path), message });
  const direct = policy.services.filter((s) => s.beneficiaryType === 'direct').map((s) => s.id);
  const assigned = new Map<string, string>();
  review.committees.forEach((committee, c) => {
    committee.serviceIds.forEach((serviceId, i) => {
      if (!direct.includes(serviceId)) issue(['committees', c, 'serviceIds', i], `"${serviceId}" is not one of the tenant's direct-beneficiary services`);
      if (assigned.has(serviceId)) issue(['committees', c, 'serviceIds', i], `"${serviceId}" is already studied by committee "${assigned.get(serviceId)}"`);
      assigned.set(serviceId, committee.id);
    });
    const ids = committee.members.map((m) => m.userId);
    if (new Set(ids).size !== ids.length) issue(['committees', c, 'members'], 'a member is listed twice');
    if (committee.members.filter((m) => m.role === 'chair').length !== 1) issue(['committees', c, 'members'], 'exactly one member must be the chair');
    const voters = committee.members.filter((m) => m.role !== 'secretary').length;
    if (committee.quorum > voters) issue(['committees', c, 'quorum'], `quorum ${committee.quorum} is more than the ${voters} voting members`);
  });
  for (const serviceId of direct) {
    if (!assigned.has(serviceId)) issue(['committees'], `no committee studies service "${serviceId}"`);
    if (review.deliveryDays[serviceId] === undefined) issue(['deliveryDays'], `no programme length for service "${serviceId}"`);
  }
  const sorted = [...review.reminderPercents].sort((a, b) => a - b);
  if (sorted.join() !== review.reminderPercents.join() || new Set(sorted).size !== sorted.length)
    issue(['reminderPercents'], 'reminder points must be increasing and must not repeat');
  if (new Set(review.holidays).size !== review.holidays.length) issue(['holidays'], 'holidays must not repeat');
}

/** At most `max` requests per window of `windowSeconds` (a fixed window, counted in PostgreSQL). */
export const requestLimitSchema = z
  .object({
    max: z.number().int().min(1).max(100_000),
    windowSeconds: z
      .number()
      .int()
      .min(1)
      .max(7 * 24 * 3600),
  })
  .strict();
export type RequestLimit = z.infer<typeof requestLimitSchema>;

/** The tenant's own abuse limits on its public link (docs/adr/0024); absent ones take the platform's (env). */
export const publicLinkPolicySchema = z.object({ perAddress: requestLimitSchema.optional(), perMobile: requestLimitSchema.optional() }).strict();

/**
 * Who on the tenant's staff is told what no single case carries (docs/adr/0025). `policyReview`: the
 * yearly review of the eligibility policy (Tuwaiq 6-3(4)) is sent to this work address; without one it
 * is kept in the outbox for the role named here to read (GET /notifications/outbox).
 */
export const staffContactsSchema = z
  .object({
    policyReview: z
      .object({
        email: z.string().email().max(254).optional(),
        role: z.enum(['executive-director', 'tenant-admin', 'social-researcher']),
        source: provenance,
      })
      .strict()
      .optional(),
  })
  .strict();
export type StaffContacts = z.infer<typeof staffContactsSchema>;

/**
 * How the tenant weighs partner-allocation requests (Tuwaiq partner allocation 2 and 3; docs/adr/0037):
 * a whole-number weight from 0 to 1000 for every factor of ALLOCATION_FACTORS (each named after its
 * clause), at least one above zero. Problems read in Arabic with English beside it.
 */
export const allocationWeightsSchema = z
  .unknown()
  .superRefine((raw, ctx) => {
    for (const problem of allocationWeightProblems(raw, '')) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: problem.field.split('.').filter((part) => part !== ''),
        message: problem.reasons.map((r) => `${r.ar} — ${r.en}`).join('; '),
      });
    }
  })
  .transform((raw) => raw as AllocationWeights);

export const partnerAllocationPolicySchema = z.object({ weights: allocationWeightsSchema, source: provenance }).strict();
export type PartnerAllocationPolicy = z.infer<typeof partnerAllocationPolicySchema>;

export const tenantPolicySchema = z
  .object({
    tenantId: slug,
    policyVersion: z.number().int().positive(),
    name: bilingualText,
    /** Case numbers read PREFIX-HIJRIYEAR-SEQUENCE, e.g. AWJ-1448-000123. */
    caseNumberPrefix: z.string().regex(/^[A-Z]{2,5}$/, 'expected 2 to 5 capital letters'),
    source: z.object({ seedFile: z.string().min(1), title: bilingualText }).strict(),
    beneficiaryTerm: bilingualText,
    approval: z
      .object({
        body: z.enum(['board', 'general-assembly']),
        session: z.string().min(1).nullable(),
        gregorianDate: isoDate.nullable(),
        hijriDate: hijriDate.nullable(),
        note: z.string().optional(),
      })
      .strict(),
    effectiveFrom: isoDate,
    channels: z.array(z.enum(CHANNELS)).min(1),
    referenceDocuments: z.array(z.object({ id: slug, name: bilingualText }).strict()),
    beneficiaryTypes: z.array(z.enum(['direct', 'indirect'])).min(1),
    committee: z.object({ name: bilingualText, source: provenance }).strict(),
    reviewWindow: z
      .object({
        days: z.number().int().min(1).max(365),
        counting: z.enum(['calendar', 'working']),
        source: provenance,
      })
      .strict(),
    /** What the applicant confirms and signs (common process step 4); versioned, cited in every signature. */
    declaration: z.object({ version: z.number().int().positive(), text: bilingualText, source: provenance }).strict(),
    /** Applying through the public link is consent to these (Tuwaiq 5-7); versioned, cited in every consent. */
    programmeTerms: z.object({ version: z.number().int().positive(), text: bilingualText, source: provenance }).strict(),
    services: z
      .array(
        z
          .object({
            id: slug,
            name: bilingualText,
            beneficiaryType: z.enum(['direct', 'indirect']),
            /** Applicant fields beyond name, ID and mobile the service needs (e.g. age for Tuwaiq 6-3). */
            requiredFields: z.array(z.enum(['birthDate', 'idExpiry', 'nationalAddress'])),
            /** Documents an application must carry before it is complete (Tuwaiq 6-2). */
            requiredDocuments: z.array(z.enum(['national-id', 'national-address', 'cv', 'qualification', 'status-certificate'])),
            source: provenance,
          })
          .strict(),
      )
      .min(1),
    /** Satisfaction surveys and content rating (docs/adr/0041); absent: the tenant sends none. */
    satisfaction: satisfactionPolicySchema.optional(),
    /** The committees, how they decide, the timeline's reminders, holidays and reconsideration. */
    committeeReview: committeeReviewSchema,
    publicLink: publicLinkPolicySchema.optional(),
    staffContacts: staffContactsSchema.optional(),
    /** Weights of the fair distribution of services to partner associations; absent: the tenant does not allocate. */
    partnerAllocation: partnerAllocationPolicySchema.optional(),
    /** Complaints and suggestions: categories, priorities, service levels, routing (docs/adr/0042). */
    complaints: complaintsPolicySchema.optional(),
  })
  .strict()
  .superRefine((policy, ctx) => {
    const seen = new Set<string>();
    policy.services.forEach((service, index) => {
      if (seen.has(service.id)) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['services', index, 'id'], message: `duplicate service id "${service.id}"` });
      }
      seen.add(service.id);
      if (!policy.beneficiaryTypes.includes(service.beneficiaryType)) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ['services', index, 'beneficiaryType'],
          message: `"${service.beneficiaryType}" is not one of the tenant's beneficiary types`,
        });
      }
    });
    if (new Set(policy.channels).size !== policy.channels.length) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['channels'], message: 'channels must not repeat' });
    }
    checkCommitteeReview(policy, ctx);
    checkSatisfaction(policy, ctx);
  });

export type TenantPolicy = z.infer<typeof tenantPolicySchema>;
export type ChannelId = (typeof CHANNELS)[number];
