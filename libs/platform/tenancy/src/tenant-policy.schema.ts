import { z } from 'zod';

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
  });

export type TenantPolicy = z.infer<typeof tenantPolicySchema>;
export type ChannelId = (typeof CHANNELS)[number];
