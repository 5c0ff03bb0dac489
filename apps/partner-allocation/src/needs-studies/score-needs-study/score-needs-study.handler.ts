import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { partnerRequestNotFound, scoreNeedsStudy } from '@athar/domain-partner-allocation';
import { AggregateCommands } from '@athar/service-kit';
import { PartnerAllocationPolicies } from '../../policies/partner-allocation-policies';
import { partnerRequestAggregate, partnerRequestStreamId } from '../../partner-requests/partner-request-stream';
import type { NeedsStudyReceiptDto } from './score-needs-study.controller';
import { ScoreNeedsStudyCommand } from './score-needs-study.command';

/** The study is recorded on the request's stream of the assessor's own association; the assessor is the token's subject. */
@CommandHandler(ScoreNeedsStudyCommand)
export class ScoreNeedsStudyHandler implements ICommandHandler<ScoreNeedsStudyCommand, NeedsStudyReceiptDto> {
  constructor(
    private readonly commands: AggregateCommands,
    private readonly policies: PartnerAllocationPolicies,
  ) {}

  async execute({ principal, partnerRequestId, body, expectedRevision }: ScoreNeedsStudyCommand): Promise<NeedsStudyReceiptDto> {
    const policy = this.policies.of(principal.tenantId);
    if (!policy) throw partnerRequestNotFound();
    const outcome = await this.commands.handle(partnerRequestAggregate, {
      streamId: partnerRequestStreamId(principal.tenantId, partnerRequestId),
      tenantId: principal.tenantId,
      cause: { kind: 'request', principal, channel: 'system' },
      expectedRevision,
      whenMissing: partnerRequestNotFound,
      decide: (state) => {
        const study = scoreNeedsStudy(state, policy.needsStudy.factors, { scores: body.scores, assessedBy: principal.userId }, new Date());
        return { events: [{ type: 'NeedsStudyCompleted' as const, version: 1, data: study }], result: study };
      },
    });
    const study = outcome.result;
    return { ...study, factors: study.factors.map((f) => ({ ...f })), revision: outcome.revision as number };
  }
}
