import type { Principal } from '@athar/identity';
import type { SubmitImpactReportDto } from './submit-impact-report.dto';

export class SubmitImpactReportCommand {
  constructor(
    readonly principal: Principal,
    readonly agreementId: string,
    readonly body: SubmitImpactReportDto,
  ) {}
}
