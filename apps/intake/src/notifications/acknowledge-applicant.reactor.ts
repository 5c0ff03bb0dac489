import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { ApplicationSubmittedV1 } from '@athar/contracts';
import type { Notifier } from '@athar/notifier';
import { EventHandlers } from '@athar/service-kit';
import { TenantRegistry } from '@athar/tenancy';
import { submittedReceipt } from '../applications/submit-application/receipts';

export const NOTIFIER = Symbol('NOTIFIER');

/**
 * Tells the applicant their case number and the date the committee must answer by (common process
 * step 5), by SMS to the mobile on the request. Keyed by the event, so a redelivery sends nothing.
 */
@Injectable()
export class AcknowledgeApplicantReactor implements OnModuleInit {
  constructor(
    private readonly handlers: EventHandlers,
    private readonly tenants: TenantRegistry,
    @Inject(NOTIFIER) private readonly notifier: Notifier,
  ) {}

  onModuleInit(): void {
    this.handlers.on('ApplicationSubmitted', async (event) => {
      const submitted = event.data as ApplicationSubmittedV1;
      const receipt = submittedReceipt(this.tenants.get(event.tenantId), submitted);
      await this.notifier.send({
        tenantId: event.tenantId,
        caseId: submitted.caseId,
        channel: 'sms',
        to: submitted.applicant.mobile,
        subject: { ar: `استلام الطلب ${submitted.caseNumber}`, en: `Request ${submitted.caseNumber} received` },
        body: receipt.message,
        correlationId: event.correlationId,
        idempotencyKey: `acknowledgement:${event.eventId}`,
      });
    });
  }
}
