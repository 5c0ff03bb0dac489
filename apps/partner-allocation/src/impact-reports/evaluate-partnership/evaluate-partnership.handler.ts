import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { evaluatePartnership } from '@athar/domain-partner-allocation';
import { AggregateCommands } from '@athar/service-kit';
import { PartnerAgreementReader } from '../../agreements/agreement-reader';
import { agreementNotFound } from '../../agreements/partner-agreement-stream';
import type { PartnershipEvaluationDto } from '../impact-report.dto';
import { impactReportsAggregate, impactReportsStreamId } from '../impact-reports-stream';
import { agreementPartnerKey, evaluationView } from '../report-view';
import { EvaluatePartnershipCommand } from './evaluate-partnership.command';

/** The empowerment team evaluates an agreement of its own association once it is over; once (a second is a 409). */
@CommandHandler(EvaluatePartnershipCommand)
export class EvaluatePartnershipHandler implements ICommandHandler<EvaluatePartnershipCommand, PartnershipEvaluationDto> {
  constructor(
    private readonly commands: AggregateCommands,
    private readonly agreements: PartnerAgreementReader,
  ) {}

  async execute({ principal, agreementId, body }: EvaluatePartnershipCommand): Promise<PartnershipEvaluationDto> {
    const tenantId = principal.tenantId;
    const agreement = await this.agreements.snapshot(tenantId, agreementId);
    if (!agreement) throw agreementNotFound();
    const outcome = await this.commands.handle(impactReportsAggregate, {
      streamId: impactReportsStreamId(tenantId, agreementId),
      tenantId,
      cause: { kind: 'request', principal, channel: 'system' },
      decide: (reports) => {
        const evaluated = evaluatePartnership(
          agreement.state,
          reports,
          {
            partnerKey: agreementPartnerKey(agreement.state),
            criteria: body.criteria,
            assessor: { userId: principal.userId, name: body.assessorName },
            evidence: body.evidence ?? [],
          },
          new Date(),
        );
        return { events: [{ type: 'PartnershipEvaluated' as const, version: 1, data: evaluated }], result: evaluated };
      },
    });
    return evaluationView(outcome.result);
  }
}
