import { z } from 'zod';
import { DOCUMENT_TYPES } from '@athar/contracts';
import type { EligibilityPolicyVersion } from '@athar/domain-eligibility';
import { bilingualText } from '@athar/tenancy';

const slug = z.string().regex(/^[a-z][a-z0-9-]{1,62}$/, 'expected a lower-case slug');
const operator = z.enum(['equal', 'notEqual', 'in', 'notIn', 'lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive']);
const documentType = z.enum(DOCUMENT_TYPES);

/** The shape of one eligibility policy version, in a tenant's file or in a what-if request. */
export const eligibilityPolicyVersionSchema = z
  .object({
    tenantId: slug,
    version: z.number().int().min(1),
    status: z.enum(['draft', 'approved']),
    approval: z
      .object({
        session: z.string().min(1),
        gregorianDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD'),
        hijriDate: z.string().regex(/^14\d{2}-\d{2}-\d{2}$/, 'expected a Hijri date YYYY-MM-DD (14xx)'),
      })
      .strict()
      .nullable(),
    effectiveFrom: z.string().datetime({ offset: true }),
    attributes: z
      .array(
        z
          .object({
            name: z.string().regex(/^[a-zA-Z][a-zA-Z0-9]{0,40}$/),
            type: z.enum(['number', 'string', 'enum']),
            values: z.array(z.string().min(1)).optional(),
            label: bilingualText,
          })
          .strict(),
      )
      .min(1),
    groups: z
      .array(z.object({ id: slug, kind: z.enum(['target', 'status']), label: bilingualText, requiredDocuments: z.array(documentType) }).strict())
      .optional(),
    services: z.record(
      slug,
      z
        .object({
          targetGroups: z.array(slug).min(1),
          criteria: z
            .array(
              z
                .object({
                  id: slug,
                  attribute: z.string().min(1),
                  operator,
                  value: z.union([z.string(), z.number(), z.array(z.union([z.string(), z.number()])).min(1)]),
                  met: bilingualText,
                  notMet: bilingualText,
                })
                .strict(),
            )
            .min(1),
        })
        .strict(),
    ),
    documentReview: z
      .record(
        documentType,
        z.object({ verifiedBy: z.enum(['services-officer', 'social-researcher']), reverifyDaysBeforeExpiry: z.number().int().min(0).max(365) }).strict(),
      )
      .optional(),
    reverification: z
      .object({ everyDays: z.number().int().min(1).max(3650) })
      .strict()
      .optional(),
    notes: z.string().optional(),
  })
  .strict();

/** Field-level problems of a version that does not fit the shape, as `path: message` lines. */
export function parseEligibilityPolicyVersion(input: unknown): { version: EligibilityPolicyVersion } | { problems: Array<{ field: string; message: string }> } {
  const result = eligibilityPolicyVersionSchema.safeParse(input);
  if (!result.success) return { problems: result.error.issues.map((issue) => ({ field: issue.path.join('.') || '(root)', message: issue.message })) };
  const { notes: _notes, ...version } = result.data;
  return { version: version as EligibilityPolicyVersion };
}
