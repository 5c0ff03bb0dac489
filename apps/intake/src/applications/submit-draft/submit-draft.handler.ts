import { NotFoundException } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { DomainError } from '@athar/contracts';
import { isComplete, signDeclaration, submitApplication } from '@athar/domain-intake';
import type { Principal } from '@athar/identity';
import { EventWriter } from '@athar/service-kit';
import { TenantRegistry } from '@athar/tenancy';
import { loadApplication } from '../application-state';
import { serviceChecklist } from '../requirements';
import { submittedReceipt } from '../submit-application/receipts';
import type { ApplicationReceiptDto, DeclarationDto } from '../submit-application/submit-application.dto';

export class SubmitDraftCommand {
  constructor(
    readonly principal: Principal,
    readonly caseId: string,
    readonly declaration: DeclarationDto | undefined,
    readonly client: { userAgent: string | null; ip: string | null },
  ) {}
}

/** Completes registration of a draft once its checklist is done (common process step 6). */
@CommandHandler(SubmitDraftCommand)
export class SubmitDraftHandler implements ICommandHandler<SubmitDraftCommand, ApplicationReceiptDto> {
  constructor(
    private readonly writer: EventWriter,
    private readonly tenants: TenantRegistry,
  ) {}

  async execute({ principal, caseId, declaration, client }: SubmitDraftCommand): Promise<ApplicationReceiptDto> {
    const policy = this.tenants.get(principal.tenantId);
    const { state, revision, stream } = await loadApplication(this.writer, principal.tenantId, caseId, principal);
    if (state.status === 'none' || !state.draft)
      throw new NotFoundException({ code: 'case-not-found', message: { ar: 'الطلب غير موجود', en: 'Application not found' } });
    if (state.status === 'submitted') {
      throw new DomainError('already-submitted', 'conflict', { ar: 'سبق تقديم هذا الطلب', en: 'This application has already been submitted' });
    }
    const draft = state.draft;
    const items = serviceChecklist(policy, draft.serviceId, draft.applicant, state.documents);
    if (!isComplete(items)) {
      throw new DomainError(
        'application-incomplete',
        'invalid',
        { ar: 'الطلب غير مكتمل بعد', en: 'The application is not complete yet' },
        items.filter((i) => !i.done).map((i) => ({ field: i.item, reasons: [i.label] })),
      );
    }
    const now = new Date();
    const signed = signDeclaration(declaration, {
      caseId,
      channel: draft.channel,
      applicantFullName: draft.applicant.fullName,
      currentVersion: policy.declaration.version,
      staffId: principal.roles.includes('applicant') ? null : principal.userId,
      client,
      now,
    });
    const submitted = submitApplication(
      {
        caseId,
        caseNumber: draft.caseNumber,
        servedBeforeElsewhere: draft.servedBeforeElsewhere,
        serviceId: draft.serviceId,
        channel: draft.channel,
        applicant: draft.applicant,
      },
      {
        policyVersion: draft.policyVersion,
        channels: policy.channels,
        services: policy.services,
        reviewWindow: policy.reviewWindow,
        holidays: policy.committeeReview.holidays,
      },
      now,
    );
    await this.writer.append(
      stream,
      principal.tenantId,
      { kind: 'request', principal, channel: draft.channel },
      [
        { type: 'DeclarationSigned', version: 1, data: signed },
        { type: 'ApplicationSubmitted', version: 2, data: submitted },
      ],
      revision,
    );
    return submittedReceipt(submitted);
  }
}
