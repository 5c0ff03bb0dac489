import { z } from 'zod';

const slug = z.string().regex(/^[a-z][a-z0-9-]{1,62}$/, 'expected a lower-case slug');
const bilingual = z.object({ ar: z.string().min(1), en: z.string().min(1) }).strict();
const provenance = z.string().min(3);
const workingDays = (what: string) =>
  z
    .number({ message: `${what}: عدد صحيح من أيام العمل / a whole number of working days` })
    .int(`${what}: عدد صحيح من أيام العمل / a whole number of working days`)
    .min(1, `${what}: يوم عمل واحد على الأقل / at least 1 working day`)
    .max(120, `${what}: 120 يوم عمل على الأكثر / at most 120 working days`);

/**
 * Complaints and suggestions (goals every policy states: serve with speed and quality; evaluation is a
 * right of the beneficiary "not for punishment or defamation"; Environment Madinah: general problems go
 * to the board, individual remarks to the executive director; docs/adr/0042). Service levels count the
 * Saudi working week and the tenant's holidays (committeeReview.holidays).
 */
export const complaintsPolicySchema = z
  .object({
    categories: z
      .array(
        z
          .object({
            id: slug,
            name: bilingual,
            /** Abuse, exploitation: confidential, seen only by the executive director, escalated at once. */
            safeguarding: z.boolean(),
          })
          .strict(),
      )
      .min(1, 'صنف واحد على الأقل / at least one category')
      .refine((c) => new Set(c.map((x) => x.id)).size === c.length, 'أصناف مكررة / category ids must not repeat'),
    priorities: z
      .array(
        z
          .object({
            id: z.enum(['urgent', 'high', 'normal', 'low']),
            name: bilingual,
            acknowledgeWithinWorkingDays: workingDays('acknowledgeWithinWorkingDays'),
            resolveWithinWorkingDays: workingDays('resolveWithinWorkingDays'),
          })
          .strict(),
      )
      .min(1)
      .refine((p) => new Set(p.map((x) => x.id)).size === p.length, 'أولويات مكررة / priority ids must not repeat'),
    defaultPriority: z.enum(['urgent', 'high', 'normal', 'low']),
    /** Reminders to the handler at these shares of the resolution window; at risk from `atRiskFromPercent`. */
    remindAtPercents: z.array(z.number().int().min(1).max(99)),
    atRiskFromPercent: z.number().int().min(1).max(99),
    /** A resolved complaint may be reopened within this many calendar days of its resolution. */
    reopenWithinDays: z.number().int().min(1).max(365),
    /** N similar complaints (same category and service) within the period make a general issue for the board. */
    generalIssue: z.object({ threshold: z.number().int().min(2).max(100), periodDays: z.number().int().min(1).max(365) }).strict(),
    source: provenance,
    notes: z.string().min(3),
  })
  .strict()
  .superRefine((policy, ctx) => {
    if (!policy.priorities.some((p) => p.id === policy.defaultPriority)) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['defaultPriority'], message: 'ليست من الأولويات المعرّفة / not one of the priorities' });
    }
    policy.priorities.forEach((p, i) => {
      if (p.acknowledgeWithinWorkingDays > p.resolveWithinWorkingDays) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ['priorities', i, 'acknowledgeWithinWorkingDays'],
          message: 'الإقرار بعد الحل / acknowledgement cannot be due after resolution',
        });
      }
    });
  });
export type ComplaintsPolicy = z.infer<typeof complaintsPolicySchema>;
