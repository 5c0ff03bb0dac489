import { randomUUID } from 'node:crypto';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { normalizeNationalId, prepareSubmission } from '@athar/domain-intake';
import { derivedRecordId, requestContext, type Cause } from '@athar/service-kit';
import { TenantRegistry } from '@athar/tenancy';
import { CaseRegistration } from './case-registration';
import { draftReceipt, submittedReceipt } from './receipts';
import { SubmitApplicationCommand } from './submit-application.command';
import type { ApplicationReceiptDto } from './submit-application.dto';
import { submissionRequest, submissionTerms } from './submission';

/** Receiving a request (the common process of every association's policy, steps 2 and 4 to 6). */
@CommandHandler(SubmitApplicationCommand)
export class SubmitApplicationHandler implements ICommandHandler<SubmitApplicationCommand, ApplicationReceiptDto> {
  constructor(
    private readonly tenants: TenantRegistry,
    private readonly registration: CaseRegistration,
  ) {}

  async execute(command: SubmitApplicationCommand): Promise<ApplicationReceiptDto> {
    const { principal, request } = command;
    const policy = this.tenants.get(principal.tenantId);
    const now = new Date();
    // A retry of this request (same Idempotency-Key) is the same case: it finishes what a try cut short began (docs/adr/0019).
    const retryKey = requestContext.current()?.retryKey;
    const caseId = command.caseId ?? (retryKey ? derivedRecordId(retryKey, 'intake:case-id') : randomUUID());
    const cause: Cause = { kind: 'request', principal, channel: request.channel, retryKey };
    const registrant = this.registration.registrant(principal.tenantId, normalizeNationalId(request.applicant.nationalId), request.serviceId);

    // Steps 2, 4 and 5 with the one open request per person and service, checked once, before anything is drawn.
    const open = await this.registration.openRequest(registrant);
    const submission = prepareSubmission(submissionRequest(command, caseId), submissionTerms(policy), open, now);
    // Step 6: a case number, the open request, the person registry and the application (docs/architecture.md, "Registering a case").
    const { caseNumber, state } = await this.registration.register(policy, registrant, caseId, submission, open, cause, now);
    // Step 5: the applicant is told the number; an incomplete request is told what it still lacks.
    return state.submitted ? submittedReceipt(state.submitted) : draftReceipt(caseId, caseNumber, submission.checklist);
  }
}
