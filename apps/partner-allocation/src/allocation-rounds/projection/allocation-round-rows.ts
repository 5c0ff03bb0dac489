import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { proposedAllocation } from '@athar/domain-partner-allocation';
import { AllocationRoundReader } from '../read/allocation-round-reader';
import { AllocationRoundRow } from './allocation-round-row.schema';

/** Keeps a round's row from its stream; called after every command on the round (and safe to call again). */
@Injectable()
export class AllocationRoundRows {
  constructor(
    private readonly reader: AllocationRoundReader,
    @InjectModel(AllocationRoundRow.name) private readonly rows: Model<AllocationRoundRow>,
  ) {}

  async refresh(tenantId: string, roundId: string): Promise<void> {
    const snapshot = await this.reader.snapshot(tenantId, roundId);
    if (!snapshot?.state.round) return;
    const { state, revision } = snapshot;
    const round = state.round!;
    const allocation = state.proposal ? proposedAllocation(state.proposal) : null;
    const lines = allocation ? allocation.services.flatMap((s) => s.allocations) : [];
    const row = {
      tenantId,
      roundId,
      serviceId: round.serviceId,
      unit: round.unit,
      capacity: round.capacity,
      status: state.status,
      opensAt: new Date(round.opensAt),
      closesAt: new Date(round.closesAt),
      closedAt: state.closedAt ? new Date(state.closedAt) : null,
      requestCount: allocation ? lines.length : null,
      allocated: allocation ? lines.reduce((sum, l) => sum + l.share, 0) : null,
      approvedAt: state.approval ? new Date(state.approval.approvedAt) : null,
      shares:
        state.status === 'approved'
          ? lines.filter((l) => l.share > 0).map((l) => ({ partnerRequestId: l.requestId, partnerId: l.partnerId, share: l.share }))
          : [],
      partnerTenantIds: (state.proposal?.partners ?? []).flatMap((p) => (p.partner.kind === 'tenant' ? [p.partner.tenantId] : [])),
      revision,
    };
    const id = `${tenantId}:${roundId}`;
    if ((await this.rows.updateOne({ _id: id, revision: { $lt: revision } }, { $set: row }).exec()).matchedCount > 0) return;
    try {
      await this.rows.create({ _id: id, ...row });
    } catch (error) {
      if ((error as { code?: number }).code !== 11000) throw error;
      await this.rows.updateOne({ _id: id, revision: { $lt: revision } }, { $set: row }).exec();
    }
  }
}
