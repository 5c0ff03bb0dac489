import type { Bilingual } from '@athar/contracts';

/** Some days before a due date with no report yet (Tuwaiq, partner allocation 5). */
export function reportReminderMessage(allocating: Bilingual, service: Bilingual, period: string): { subject: Bilingual; body: Bilingual } {
  return {
    subject: { ar: `تذكير: تقرير الأثر مستحق في ${period}`, en: `Reminder: your impact report is due on ${period}` },
    body: {
      ar: `تقرير الأثر لاتفاقية الشراكة مع ${allocating.ar} لخدمة "${service.ar}" مستحق في ${period}: المستفيدون المباشرون وغير المباشرون، والأنشطة، والمصروف، والشواهد. يُرفع من حساب جمعيتكم على المنصة.`,
      en: `The impact report for your partner agreement with ${allocating.en} for "${service.en}" is due on ${period}: direct and indirect beneficiaries, activities, spending and evidence. Submit it from your association's account on the platform.`,
    },
  };
}

/** The grace days after the due date passed with no report: escalated (the empowerment team sees it in its queue). */
export function reportOverdueMessage(allocating: Bilingual, service: Bilingual, period: string): { subject: Bilingual; body: Bilingual } {
  return {
    subject: { ar: `تقرير الأثر المستحق في ${period} متأخر`, en: `Your impact report due on ${period} is overdue` },
    body: {
      ar: `لم يصل تقرير الأثر المستحق في ${period} لاتفاقية الشراكة مع ${allocating.ar} لخدمة "${service.ar}"، وأُحيل إلى فريق التمكين لديهم. ارفعوه من حساب جمعيتكم على المنصة في أقرب وقت.`,
      en: `The impact report due on ${period} for your partner agreement with ${allocating.en} for "${service.en}" has not arrived and was escalated to their empowerment team. Submit it from your association's account on the platform as soon as you can.`,
    },
  };
}
