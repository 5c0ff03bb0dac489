import { CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { PublicLinkReturns } from '../apply-through-public-link/public-link-returns';
import type { ApplicationReceiptDto } from '../submit-application/submit-application.dto';
import { SubmitDraftCommand } from '../submit-draft/submit-draft.handler';
import { SubmitReturningDraftCommand } from './return-to-draft.command';

/**
 * The way back ends in the draft's submission (common process steps 4 and 6, through SubmitDraftCommand
 * and its one command path), after which no return code of the case opens anything (docs/adr/0026).
 */
@CommandHandler(SubmitReturningDraftCommand)
export class SubmitReturningDraftHandler implements ICommandHandler<SubmitReturningDraftCommand, ApplicationReceiptDto> {
  constructor(
    private readonly commands: CommandBus,
    private readonly returns: PublicLinkReturns,
  ) {}

  async execute({ returning, declaration, client }: SubmitReturningDraftCommand): Promise<ApplicationReceiptDto> {
    const receipt = await this.commands.execute<SubmitDraftCommand, ApplicationReceiptDto>(
      new SubmitDraftCommand(returning.principal, returning.caseId, declaration, client),
    );
    await this.returns.spent(returning.principal.tenantId, returning.caseNumber);
    return receipt;
  }
}
