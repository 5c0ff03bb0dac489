import { NotFoundException } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { DomainError, type ApplicationSubmittedV2, type PendingEvent } from '@athar/contracts';
import { isComplete, signDeclaration, submitApplication, type ApplicationState } from '@athar/domain-intake';
import type { Principal } from '@athar/identity';
import { AggregateCommands, EventWriter } from '@athar/service-kit';
import { TenantRegistry, type TenantPolicy } from '@athar/tenancy';
import { applicationAggregate, loadApplication } from '../application-state';
import { submissionTerms } from '../submit-application/submission';
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
    private readonly commands: AggregateCommands,
    private readonly tenants: TenantRegistry,
  ) {}

  async execute({ principal, caseId, declaration, client }: SubmitDraftCommand): Promise<ApplicationReceiptDto> {
    const policy = this.tenants.get(principal.tenantId);
    // Who may see the case decides first (an applicant and someone else's case load as no case at all).
    const { state: seen, revision, stream } = await loadApplication(this.writer, principal.tenantId, caseId, principal);
    if (seen.status === 'none') throw notFound();
    const now = new Date();
    const { result } = await this.commands.handle(applicationAggregate, {
      streamId: stream,
      tenantId: principal.tenantId,
      cause: { kind: 'request', principal, channel: seen.draft?.channel ?? 'system' },
      expectedRevision: revision === 'no_stream' ? undefined : revision,
      now,
      decide: (state) => {
        const events = submitDraft(state, policy, principal, caseId, declaration, client, now);
        return { events, result: events[1].data };
      },
    });
    return submittedReceipt(result);
  }
}

const notFound = () => new NotFoundException({ code: 'case-not-found', message: { ar: 'الطلب غير موجود', en: 'Application not found' } });

/** Completing registration of a draft (common step 6): nothing missing, the declaration signed (common step 4). */
function submitDraft(
  state: ApplicationState,
  policy: TenantPolicy,
  principal: Principal,
  caseId: string,
  declaration: DeclarationDto | undefined,
  client: SubmitDraftCommand['client'],
  now: Date,
): [PendingEvent<'DeclarationSigned'>, PendingEvent<'ApplicationSubmitted'> & { data: ApplicationSubmittedV2 }] {
  if (state.status === 'none' || !state.draft) throw notFound();
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
    { ...submissionTerms(policy), policyVersion: draft.policyVersion },
    now,
  );
  return [
    { type: 'DeclarationSigned', version: 1, data: signed },
    { type: 'ApplicationSubmitted', version: 2, data: submitted },
  ];
}
