import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { ApplicationAcceptedV1, ApplicationRejectedV1, Bilingual, RecordedEvent } from '@athar/contracts';
import { EventHandlers } from '@athar/service-kit';
import { TenantRegistry, type TenantPolicy } from '@athar/tenancy';
import { ApplicantMessenger } from './applicant-messenger';
import { riyadhDates } from './riyadh-dates';

/** The committee's decision and its reasons, Arabic first with English beside it. */
export function decisionMessage(
  policy: TenantPolicy,
  caseNumber: string,
  decision: { type: 'ApplicationAccepted'; data: ApplicationAcceptedV1 } | { type: 'ApplicationRejected'; data: ApplicationRejectedV1 },
): Bilingual {
  const committee = policy.committee.name;
  const reasonsAr = decision.data.reasons.map((r) => r.text.ar).join('؛ ');
  const reasonsEn = decision.data.reasons.map((r) => r.text.en).join('; ');
  if (decision.type === 'ApplicationAccepted') {
    return {
      ar: `قررت ${committee.ar} قبول طلبك رقم ${caseNumber}. الأسباب: ${reasonsAr}. اكتمل تسجيلك، وسنتواصل معك لتقديم الخدمة.`,
      en: `The ${committee.en} accepted your request ${caseNumber}. Reasons: ${reasonsEn}. Your registration is complete; we will contact you to deliver the service.`,
    };
  }
  const until = decision.data.reconsiderationUntil;
  const dates = until ? riyadhDates(new Date(until)) : null;
  return {
    ar: `قررت ${committee.ar} رفض طلبك رقم ${caseNumber}. الأسباب: ${reasonsAr}.${dates ? ` يمكنك طلب إعادة النظر حتى ${dates.hijri} (${dates.gregorianAr}).` : ''}`,
    en: `The ${committee.en} rejected your request ${caseNumber}. Reasons: ${reasonsEn}.${dates ? ` You may ask for reconsideration until ${dates.gregorianEn}.` : ''}`,
  };
}

/**
 * Tells the applicant the committee's decision and its reasons in Arabic and English, by SMS
 * to the mobile on the request; keyed by the decision event, so a redelivery sends nothing.
 */
@Injectable()
export class TellCommitteeDecisionReactor implements OnModuleInit {
  constructor(
    private readonly handlers: EventHandlers,
    private readonly tenants: TenantRegistry,
    private readonly messenger: ApplicantMessenger,
  ) {}

  onModuleInit(): void {
    this.handlers.on('ApplicationAccepted', (event) => this.tell(event, { type: 'ApplicationAccepted', data: event.data }));
    this.handlers.on('ApplicationRejected', (event) => this.tell(event, { type: 'ApplicationRejected', data: event.data }));
  }

  private async tell(event: RecordedEvent, decision: Parameters<typeof decisionMessage>[2]): Promise<void> {
    await this.messenger.tell(event, decision.data.caseId, 'committee-decision', (caseNumber) => ({
      subject:
        decision.type === 'ApplicationAccepted'
          ? { ar: `قبول الطلب ${caseNumber}`, en: `Request ${caseNumber} accepted` }
          : { ar: `رفض الطلب ${caseNumber}`, en: `Request ${caseNumber} rejected` },
      body: decisionMessage(this.tenants.get(event.tenantId), caseNumber, decision),
    }));
  }
}
