import type { Bilingual } from '@athar/contracts';

const day = (iso: string): string => iso.slice(0, 10);

/** At submission: received, which service, when the needs study is due (Tuwaiq, partner allocation 1-2). */
export function requestReceivedMessage(allocating: Bilingual, service: Bilingual, studyDeadline: string): { subject: Bilingual; body: Bilingual } {
  return {
    subject: { ar: `استلام طلب الشراكة لدى ${allocating.ar}`, en: `Partner request received by ${allocating.en}` },
    body: {
      ar: `استلمت ${allocating.ar} طلبكم للاستفادة من "${service.ar}". يدرس فريق التمكين احتياجكم، وموعد إتمام الدراسة ${day(studyDeadline)}.`,
      en: `${allocating.en} received your request for "${service.en}". The empowerment team studies your needs; the study is due by ${day(studyDeadline)}.`,
    },
  };
}

/** When the needs study is done: no scores, only that it is done and what comes next. */
export function studyDoneMessage(allocating: Bilingual, service: Bilingual): { subject: Bilingual; body: Bilingual } {
  return {
    subject: { ar: `اكتملت دراسة الاحتياج لدى ${allocating.ar}`, en: `Needs study done at ${allocating.en}` },
    body: {
      ar: `اكتملت دراسة احتياجكم لطلب "${service.ar}". يُنظر في طلبكم في جولة التوزيع القادمة وسنبلغكم بنتيجتها.`,
      en: `The needs study of your request for "${service.en}" is done. Your request is considered in the next allocation round; we will tell you its result.`,
    },
  };
}
