import { Injectable, type OnModuleInit } from '@nestjs/common';
import { EventHandlers } from '@athar/service-kit';
import { TenantRegistry } from '@athar/tenancy';
import { ApplicantMessenger } from './applicant-messenger';
import { riyadhDates } from './riyadh-dates';

/**
 * The committee's answer is late: the applicant is told, with the date it was due and that the case went
 * to the executive director. Keyed by the breach event, so a redelivery sends nothing. A breach
 * recorded after the (late) decision tells nothing: the decision has been told.
 */
@Injectable()
export class TellAnswerIsLateReactor implements OnModuleInit {
  constructor(
    private readonly handlers: EventHandlers,
    private readonly tenants: TenantRegistry,
    private readonly messenger: ApplicantMessenger,
  ) {}

  onModuleInit(): void {
    this.handlers.on('ReviewDeadlineBreached', async (event) => {
      const breach = event.data;
      // Recorded after a late decision (ADR 0016): the applicant has been told the decision already.
      if (breach.decidedLate) return;
      const committee = this.tenants.get(event.tenantId).committee.name;
      const due = riyadhDates(new Date(breach.deadline));
      await this.messenger.tell(event, breach.caseId, 'answer-late', (caseNumber) => ({
        subject: { ar: `تأخر الرد على الطلب ${caseNumber}`, en: `Answer to request ${caseNumber} is late` },
        body: {
          ar: `نعتذر، تأخر رد ${committee.ar} على طلبك رقم ${caseNumber} عن موعده ${due.hijri} (${due.gregorianAr}). أُحيل طلبك إلى المدير التنفيذي لمتابعته، وسنبلغك بالقرار فور صدوره.`,
          en: `We apologise: the ${committee.en}'s answer to your request ${caseNumber} was due on ${due.gregorianEn} and is late. Your request has gone to the executive director, and we will tell you the decision as soon as it is made.`,
        },
      }));
    });
  }
}
