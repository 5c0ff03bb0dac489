import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import type { RecordedEvent } from '@athar/contracts';
import { COMPLAINT_STREAM_EVENTS, type ComplaintState } from '@athar/domain-feedback';
import { EventHandlers } from '@athar/service-kit';
import { ComplaintReader } from '../complaint-stream';
import { ComplaintRow } from './complaint-row.schema';

function serviceLevelOf(state: ComplaintState, now: number): string {
  if (state.status === 'closed') return 'closed';
  if (state.status === 'resolved') return state.resolvedLate ? 'resolved-late' : 'resolved';
  if (state.breachedRounds.includes(state.round)) return 'breached';
  if (state.remindedPercents.length > 0 && state.resolveBy && now < Date.parse(state.resolveBy)) return 'at-risk';
  return 'open';
}

/**
 * A complaint's row as of one revision of its stream: the projection writes it, and GET /complaints/{id}
 * answers it from the stream it has just read (status, service level and revision from the same point).
 */
export function complaintRowFrom(tenantId: string, complaintId: string, state: ComplaintState, revision: number, now: number): Omit<ComplaintRow, '_id'> {
  const filed = state.filed!;
  return {
    tenantId,
    complaintId,
    reference: filed.reference,
    channel: filed.channel,
    categoryId: filed.categoryId,
    priority: filed.priority,
    routing: filed.routing,
    concernsKind: filed.concerns.kind,
    concernsId: filed.routing === 'safeguarding' ? null : filed.concerns.id,
    concernedStaffId: filed.routing === 'executive-director' ? filed.concerns.id : null,
    serviceId: filed.serviceId,
    department: filed.department,
    anonymous: filed.anonymous,
    status: state.status,
    serviceLevel: serviceLevelOf(state, now),
    assignee: state.assignee,
    round: state.round,
    filedAt: new Date(filed.filedAt),
    acknowledgedAt: new Date(state.acknowledgedAt ?? filed.filedAt),
    acknowledgeBy: new Date(state.acknowledgeBy ?? filed.filedAt),
    resolveBy: new Date(state.resolveBy!),
    resolvedAt: state.resolvedAt ? new Date(state.resolvedAt) : null,
    breached: state.breachedRounds.length > 0,
    escalated: state.escalated,
    issueId: state.issueId,
    rating: state.rating,
    revision,
  };
}

/** Every complaint event rebuilds its row from the stream (the newest revision wins; a redelivery changes nothing). */
@Injectable()
export class ComplaintsProjection implements OnModuleInit {
  constructor(
    private readonly handlers: EventHandlers,
    private readonly reader: ComplaintReader,
    @InjectModel(ComplaintRow.name) private readonly rows: Model<ComplaintRow>,
  ) {}

  onModuleInit(): void {
    for (const type of COMPLAINT_STREAM_EVENTS) this.handlers.on(type, (event) => this.rebuild(event));
  }

  async rebuild(event: RecordedEvent): Promise<void> {
    const complaintId = (event.data as { complaintId: string }).complaintId;
    const snapshot = await this.reader.complaint(event.tenantId, complaintId);
    if (!snapshot?.state.filed || !snapshot.state.resolveBy) return;
    const row = complaintRowFrom(event.tenantId, complaintId, snapshot.state, snapshot.revision, Date.now());
    const id = `${event.tenantId}:${complaintId}`;
    if ((await this.rows.updateOne({ _id: id, revision: { $lt: row.revision } }, { $set: row }).exec()).matchedCount > 0) return;
    try {
      await this.rows.create({ _id: id, ...row });
    } catch (error) {
      if ((error as { code?: number }).code !== 11000) throw error;
      await this.rows.updateOne({ _id: id, revision: { $lt: row.revision } }, { $set: row }).exec();
    }
  }
}
