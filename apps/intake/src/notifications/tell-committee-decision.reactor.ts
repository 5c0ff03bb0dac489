import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { ApplicationAcceptedV1, ApplicationRejectedV1, Bilingual, RecordedEvent } from '@athar/contracts';
import type { Notifier } from '@athar/notifier';
import { EventHandlers, EventWriter } from '@athar/service-kit';
import { TenantRegistry, type TenantPolicy } from '@athar/tenancy';
import { NOTIFIER } from './acknowledge-applicant.reactor';
import { applicantOfCase } from './applicant-of-case';
import { riyadhDates } from './riyadh-dates';

/** The committee's decision and its reasons, Arabic first with English beside it. */
export function decisionMessage(policy: TenantPolicy, caseNumber: string, decision: { type: 'ApplicationAccepted'; data: ApplicationAcceptedV1 } | { type: 'ApplicationRejected'; data: ApplicationRejectedV1 }): Bilingual {
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
 * Tells the applicant the committee's decision and its reasons in Arabic and English (issue 5), by SMS
 * to the mobile on the request; keyed by the decision event, so a redelivery sends nothing.
 */
@Injectable()
export class TellCommitteeDecisionReactor implements OnModuleInit {
  constructor(
    private readonly handlers: EventHandlers,
    private readonly writer: EventWriter,
    private readonly tenants: TenantRegistry,
    @Inject(NOTIFIER) private readonly notifier: Notifier,
  ) {}

  onModuleInit(): void {
    this.handlers.on('ApplicationAccepted', (event) => this.tell(event, { type: 'ApplicationAccepted', data: event.data as ApplicationAcceptedV1 }));
    this.handlers.on('ApplicationRejected', (event) => this.tell(event, { type: 'ApplicationRejected', data: event.data as ApplicationRejectedV1 }));
  }

  private async tell(event: RecordedEvent, decision: Parameters<typeof decisionMessage>[2]): Promise<void> {
    const { mobile, caseNumber } = await applicantOfCase(this.writer, event.tenantId, decision.data.caseId);
    await this.notifier.send({
      tenantId: event.tenantId,
      channel: 'sms',
      to: mobile,
      subject: decision.type === 'ApplicationAccepted' ? { ar: `قبول الطلب ${caseNumber}`, en: `Request ${caseNumber} accepted` } : { ar: `رفض الطلب ${caseNumber}`, en: `Request ${caseNumber} rejected` },
      body: decisionMessage(this.tenants.get(event.tenantId), caseNumber, decision),
      correlationId: event.correlationId,
      idempotencyKey: `committee-decision:${event.eventId}`,
    });
  }
}
