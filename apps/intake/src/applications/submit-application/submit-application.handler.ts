import { randomUUID } from 'node:crypto';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { streamId } from '@athar/contracts';
import { submitApplication } from '@athar/domain-intake';
import { EventWriter } from '@athar/service-kit';
import { TenantRegistry } from '@athar/tenancy';
import { SubmitApplicationCommand } from './submit-application.command';
import type { ApplicationReceiptDto } from './submit-application.dto';

@CommandHandler(SubmitApplicationCommand)
export class SubmitApplicationHandler implements ICommandHandler<SubmitApplicationCommand, ApplicationReceiptDto> {
  constructor(
    private readonly tenants: TenantRegistry,
    private readonly writer: EventWriter,
  ) {}

  async execute({ principal, request }: SubmitApplicationCommand): Promise<ApplicationReceiptDto> {
    const policy = this.tenants.get(principal.tenantId);
    const submitted = submitApplication(
      { caseId: randomUUID(), serviceId: request.serviceId, channel: request.channel, applicant: request.applicant },
      { policyVersion: policy.policyVersion, channels: policy.channels, services: policy.services, reviewWindow: policy.reviewWindow },
      new Date(),
    );
    await this.writer.append(
      streamId('intake', 'application', principal.tenantId, submitted.caseId),
      principal.tenantId,
      { kind: 'request', principal, channel: request.channel },
      [{ type: 'ApplicationSubmitted', version: 1, data: submitted }],
      'no_stream',
    );
    const due = submitted.expectedResponseBy.slice(0, 10);
    return {
      caseId: submitted.caseId,
      status: 'submitted',
      submittedAt: submitted.submittedAt,
      expectedResponseBy: submitted.expectedResponseBy,
      message: {
        ar: `استلمنا طلبك وسيُرفع إلى ${policy.committee.name.ar} لدراسته، وسنرد عليك بالقبول أو الرفض في موعد أقصاه ${due}.`,
        en: `We received your request. It goes to the ${policy.committee.name.en}, which will answer accept or reject by ${due}.`,
      },
    };
  }
}
