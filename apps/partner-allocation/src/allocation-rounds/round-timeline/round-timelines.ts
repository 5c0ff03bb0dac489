import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import type { AllocationRoundScheduledV1 } from '@athar/contracts';
import { startWorkflowOnce, TemporalRuntime } from '@athar/temporal-kit';
import { allocationRoundWorkflowId, caseSearchAttributes, type allocationRoundTimeline } from '@athar/workflows';
import { AllocationRoundRow } from '../projection/allocation-round-row.schema';

/**
 * One Temporal workflow per round opens and closes it (its id derived from tenant and round, so a start
 * repeated starts nothing twice). At start-up every round not yet closed is started again: a round whose
 * start was lost (Temporal down at scheduling) closes at the next start of the service (docs/runbook.md).
 */
@Injectable()
export class RoundTimelines implements OnApplicationBootstrap {
  private readonly logger = new Logger('AllocationRounds');

  constructor(
    private readonly temporal: TemporalRuntime,
    @InjectModel(AllocationRoundRow.name) private readonly rows: Model<AllocationRoundRow>,
  ) {}

  async start(tenantId: string, round: Pick<AllocationRoundScheduledV1, 'roundId' | 'opensAt' | 'closesAt'>): Promise<void> {
    await startWorkflowOnce<typeof allocationRoundTimeline>(this.temporal, 'allocationRoundTimeline', {
      workflowId: allocationRoundWorkflowId(tenantId, round.roundId),
      args: [{ tenantId, roundId: round.roundId, opensAt: round.opensAt, closesAt: round.closesAt }],
      searchAttributes: caseSearchAttributes(tenantId, round.roundId, 'round-scheduled', round.closesAt),
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    const open = await this.rows
      .find({ status: { $in: ['scheduled', 'open'] } })
      .lean()
      .exec();
    for (const row of open) {
      try {
        await this.start(row.tenantId, { roundId: row.roundId, opensAt: new Date(row.opensAt).toISOString(), closesAt: new Date(row.closesAt).toISOString() });
      } catch (error) {
        this.logger.error(`allocation round ${row.tenantId}/${row.roundId}: timeline not started: ${(error as Error).message}`);
      }
    }
  }
}
