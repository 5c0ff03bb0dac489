import { z } from 'zod';

// Satisfaction surveys of a tenant (seeds, "Goals every policy states": measure beneficiary satisfaction;
// Tuwaiq 2-2 direct beneficiaries, 5-9; Environment Madinah: evaluation is a right of the beneficiary and
// a tool for improvement, not for punishment or defamation). Versioned with the policy; docs/adr/0041.

const bilingual = z.object({ ar: z.string().min(1), en: z.string().min(1) }).strict();
const slug = z.string().regex(/^[a-z][a-z0-9-]{1,62}$/, 'expected a lower-case slug');

/** The scales a question may use: CSAT 1–5, NPS 0–10, customer effort 1–7, or free text. */
export const SURVEY_SCALES = { csat: { min: 1, max: 5 }, nps: { min: 0, max: 10 }, effort: { min: 1, max: 7 } } as const;
export type SurveyScale = keyof typeof SURVEY_SCALES | 'free-text';

/** What sends a survey: a programme's end (ServiceDeliveryEnded), a closed complaint, an answered inquiry. */
export const SURVEY_TRIGGERS = ['service-delivery-ended', 'complaint-closed', 'inquiry-answered'] as const;
export type SurveyTrigger = (typeof SURVEY_TRIGGERS)[number];

export const surveyQuestionSchema = z
  .object({
    id: slug,
    text: bilingual,
    scale: z.enum(['csat', 'nps', 'effort', 'free-text']),
    /** A question the respondent may leave blank; the scale questions a survey is measured by are required. */
    optional: z.boolean().default(false),
    /** Whether the question is about the staff member who served the case (results seen by them and the executive director only). */
    aboutStaff: z.boolean().default(false),
  })
  .strict();

export const surveyDefinitionSchema = z
  .object({
    id: slug,
    title: bilingual,
    trigger: z.enum(SURVEY_TRIGGERS),
    /** The services this survey concerns (for `service-delivery-ended`); empty: every direct-beneficiary service. */
    serviceIds: z.array(slug),
    /** The department results are grouped under on the dashboards. */
    department: slug,
    questions: z.array(surveyQuestionSchema).min(1).max(20),
    /** Days after sending when one reminder goes, unless answered. */
    reminderAfterDays: z.number().int().min(1).max(60),
    /** Days after sending when the link closes. */
    closesAfterDays: z.number().int().min(1).max(180),
  })
  .strict()
  .superRefine((survey, ctx) => {
    if (survey.reminderAfterDays >= survey.closesAfterDays) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['reminderAfterDays'], message: 'the reminder must come before the survey closes' });
    }
    const ids = survey.questions.map((q) => q.id);
    if (new Set(ids).size !== ids.length) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['questions'], message: 'question ids must not repeat' });
    if (!survey.questions.some((q) => q.scale === 'csat')) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['questions'], message: 'a survey needs a CSAT question (the dashboards measure it)' });
    }
  });

export const satisfactionPolicySchema = z
  .object({
    /** k: no published aggregate covers fewer responses than this (docs/adr/0041); default 5. */
    minimumGroupSize: z.number().int().min(3).max(100).default(5),
    surveys: z.array(surveyDefinitionSchema),
    /** Anonymous rating of published content by indirect beneficiaries: the content items that may be rated. */
    contentRating: z
      .object({ contentItems: z.array(z.object({ id: slug, title: bilingual }).strict()), channels: z.array(slug).min(1) })
      .strict()
      .optional(),
    source: z.string().min(3),
    notes: z.string().optional(),
  })
  .strict()
  .superRefine((policy, ctx) => {
    const ids = policy.surveys.map((s) => s.id);
    if (new Set(ids).size !== ids.length) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['surveys'], message: 'survey ids must not repeat' });
  });

export type SatisfactionPolicy = z.infer<typeof satisfactionPolicySchema>;
export type SurveyDefinition = z.infer<typeof surveyDefinitionSchema>;
export type SurveyQuestion = z.infer<typeof surveyQuestionSchema>;

/** Cross-checks against the rest of the policy: a survey's services are the tenant's direct-beneficiary services. */
export function checkSatisfaction(
  policy: { services: Array<{ id: string; beneficiaryType: string }>; satisfaction?: SatisfactionPolicy },
  ctx: z.RefinementCtx,
): void {
  const direct = new Set(policy.services.filter((s) => s.beneficiaryType === 'direct').map((s) => s.id));
  policy.satisfaction?.surveys.forEach((survey, s) =>
    survey.serviceIds.forEach((serviceId, i) => {
      if (!direct.has(serviceId)) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ['satisfaction', 'surveys', s, 'serviceIds', i],
          message: `"${serviceId}" is not one of the tenant's direct-beneficiary services`,
        });
      }
    }),
  );
}
