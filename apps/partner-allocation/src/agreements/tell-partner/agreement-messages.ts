import type { Bilingual } from '@athar/contracts';

const day = (iso: string): string => iso.slice(0, 10);

/** At sending: the agreement is ready to sign, by when (Tuwaiq, partner allocation 4). */
export function agreementSentMessage(allocating: Bilingual, service: Bilingual, signBy: string): { subject: Bilingual; body: Bilingual } {
  return {
    subject: { ar: `اتفاقية شراكة بانتظار توقيعكم لدى ${allocating.ar}`, en: `A partner agreement from ${allocating.en} awaits your signature` },
    body: {
      ar: `أرسلت ${allocating.ar} اتفاقية الشراكة لخدمة "${service.ar}" للتوقيع. يوقّعها المفوض من جمعيتكم من حسابها على المنصة قبل ${day(signBy)}، وإلا انقضت.`,
      en: `${allocating.en} sent the partner agreement for "${service.en}" for signature. Your association's authorised signatory signs it from its account on the platform by ${day(signBy)}, or it lapses.`,
    },
  };
}

/** Both signed: in force, when the term runs and when the first impact report is due (partner allocation 5). */
export function agreementInForceMessage(
  allocating: Bilingual,
  service: Bilingual,
  term: { startsOn: string; endsOn: string },
  firstReportDue: string | undefined,
): { subject: Bilingual; body: Bilingual } {
  const report = firstReportDue
    ? { ar: ` أول تقرير أثر مستحق في ${firstReportDue}.`, en: ` Your first impact report is due on ${firstReportDue}.` }
    : { ar: '', en: '' };
  return {
    subject: { ar: `سريان اتفاقية الشراكة مع ${allocating.ar}`, en: `Your partner agreement with ${allocating.en} is in force` },
    body: {
      ar: `وقّع الطرفان اتفاقية الشراكة لخدمة "${service.ar}"، وهي سارية من ${term.startsOn} إلى ${term.endsOn}.${report.ar}`,
      en: `Both parties signed the partner agreement for "${service.en}"; it runs from ${term.startsOn} to ${term.endsOn}.${report.en}`,
    },
  };
}
