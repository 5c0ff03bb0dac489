import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { updateDraft, type ApplicantPatch } from '@athar/domain-intake';
import type { Channel } from '@athar/contracts';
import { AggregateCommands, facts } from '@athar/service-kit';
import { TenantRegistry } from '@athar/tenancy';
import { applicationStream, ownedApplicationAggregate, visibleTo } from '../application-state';
import { serviceChecklist } from '../requirements';
import { UpdateDraftCommand } from './update-draft.command';
import type { UpdateDraftResult } from './update-draft.dto';

/** Completes or corrects a draft's applicant data (common process step 2); the whole record is validated again. */
@CommandHandler(UpdateDraftCommand)
export class UpdateDraftHandler implements ICommandHandler<UpdateDraftCommand, UpdateDraftResult> {
  constructor(
    private readonly commands: AggregateCommands,
    private readonly tenants: TenantRegistry,
  ) {}

  async execute({ principal, caseId, body, expectedRevision }: UpdateDraftCommand): Promise<UpdateDraftResult> {
    const policy = this.tenants.get(principal.tenantId);
    const now = new Date();
    // The facts are recorded on the channel the draft came through (its state, read by the decision).
    let channel: Channel = 'system';
    const { revision, state } = await this.commands.handle(ownedApplicationAggregate, {
      streamId: applicationStream(principal.tenantId, caseId),
      tenantId: principal.tenantId,
      cause: () => ({ kind: 'request', principal, channel }),
      expectedRevision,
      now,
      decide: (owned) => {
        const application = visibleTo(principal, owned);
        channel = application.draft?.channel ?? channel;
        return facts(updateDraft(application, body.applicant as ApplicantPatch, { caseId, tenantChannels: policy.channels, now }));
      },
    });
    const draft = state.application.draft!;
    return {
      caseId,
      status: 'draft',
      checklist: serviceChecklist(policy, draft.serviceId, draft.applicant, state.application.documents),
      revision: revision as number,
    };
  }
}
