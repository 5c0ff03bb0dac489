import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import type { EventDataMap, PendingEvent, RecordedEvent } from '@athar/contracts';
import { gatherGeneralIssue, generalIssueReached, linkComplaint, markGeneral, raiseGeneralIssue, type GeneralIssueEventType } from '@athar/domain-feedback';
import { AggregateCommands, EventHandlers, facts, type Cause } from '@athar/service-kit';
import { complaintAggregate, complaintStreamId, ComplaintReader, generalIssueAggregate, generalIssueId, generalIssueStreamId } from '../complaint-stream';
import { ComplaintsPolicies } from '../complaints-policies';
import { ComplaintRow } from '../projection/complaint-row.schema';
import { GeneralIssueRow } from './general-issue-row.schema';

type Filed = EventDataMap['ComplaintFiled'];

/**
 * Issues of a general nature go to the board (Environment Madinah, docs/adr/0042): when the policy's
 * threshold of similar complaints (same category and service, not confidential) is reached within its
 * period, or staff mark one as general. A complaint filed while its category and service have an issue
 * on the agenda joins that issue. Every step is keyed by its cause, so a redelivery records nothing twice.
 */
@Injectable()
export class GeneralIssues implements OnModuleInit {
  constructor(
    private readonly handlers: EventHandlers,
    private readonly commands: AggregateCommands,
    private readonly policies: ComplaintsPolicies,
    private readonly reader: ComplaintReader,
    @InjectModel(ComplaintRow.name) private readonly complaints: Model<ComplaintRow>,
    @InjectModel(GeneralIssueRow.name) private readonly agenda: Model<GeneralIssueRow>,
  ) {}

  onModuleInit(): void {
    this.handlers.on('ComplaintFiled', (event) => this.onFiled(event, event.data));
    for (const type of ['GeneralIssueRaised', 'GeneralIssueComplaintLinked', 'BoardSolutionRecorded'] as const) {
      this.handlers.on(type, (event) => this.project(event.tenantId, event.data.issueId));
    }
  }

  /** Staff marked the complaint general: the issue is raised with it, or it joins the one already raised. */
  async raiseForMarked(tenantId: string, issueId: string, filed: Filed, by: string): Promise<void> {
    const cause: Cause = { kind: 'request', principal: { userId: by, tenantId, roles: ['executive-director'] }, channel: 'system' };
    await this.commands.handle(generalIssueAggregate, {
      streamId: generalIssueStreamId(tenantId, issueId),
      tenantId,
      cause,
      decide: (state) => {
        const raised = raiseGeneralIssue(
          state,
          { issueId, categoryId: filed.categoryId, serviceId: filed.serviceId, reason: 'staff', complaintIds: [filed.complaintId] },
          new Date(),
        );
        if (raised) return facts({ type: 'GeneralIssueRaised', version: 1, data: raised });
        const linked = linkComplaint(state, filed.complaintId, new Date());
        return facts(...(linked ? [{ type: 'GeneralIssueComplaintLinked' as const, version: 1, data: linked }] : []));
      },
    });
  }

  private async onFiled(event: RecordedEvent, filed: Filed): Promise<void> {
    if (filed.routing !== 'general') return;
    const policy = this.policies.of(event.tenantId).generalIssue;
    const now = new Date(filed.filedAt);
    const open = await this.openIssue(event.tenantId, filed, now, policy.periodDays);
    if (open) {
      await this.join(event, open, filed.complaintId);
      return;
    }
    const others = await this.complaints
      .find({
        tenantId: event.tenantId,
        categoryId: filed.categoryId,
        serviceId: filed.serviceId,
        routing: 'general',
        issueId: null,
        complaintId: { $ne: filed.complaintId },
        filedAt: { $gte: new Date(now.getTime() - policy.periodDays * 86_400_000) },
      })
      .select({ complaintId: 1, filedAt: 1 })
      .lean()
      .exec();
    const similar = [
      ...others.map((o) => ({ complaintId: o.complaintId, filedAt: new Date(o.filedAt).toISOString() })),
      { complaintId: filed.complaintId, filedAt: filed.filedAt },
    ];
    // Counted as of the latest of them, not of this complaint: complaints filed together reach this handler in
    // any order (one partition each), and the last one handled may be the first filed.
    const countedAt = new Date(Math.max(...similar.map((c) => Date.parse(c.filedAt))));
    const reached = generalIssueReached(similar, policy.threshold, policy.periodDays, countedAt);
    if (!reached) return;
    const issueId = generalIssueId(event.tenantId, filed.categoryId, filed.serviceId, reached[0].complaintId);
    const complaintIds = reached.map((c) => c.complaintId);
    const outcome = await this.commands.handle(generalIssueAggregate, {
      streamId: generalIssueStreamId(event.tenantId, issueId),
      tenantId: event.tenantId,
      cause: { kind: 'event', event },
      decide: (state) =>
        facts(
          ...gatherGeneralIssue(state, { issueId, categoryId: filed.categoryId, serviceId: filed.serviceId, reason: 'threshold', complaintIds }, now).map(
            (e) => ({ ...e, version: 1 }) as PendingEvent<GeneralIssueEventType>,
          ),
        ),
    });
    // Only the complaints the issue holds are marked (a solved issue takes none).
    for (const complaintId of complaintIds.filter((id) => outcome.state.complaintIds.includes(id))) await this.mark(event, complaintId, issueId);
  }

  /**
   * The unsolved issue of this category and service: from the agenda, or, while the agenda has not yet
   * caught up, from a recent similar complaint already marked, its issue read from the store.
   */
  private async openIssue(tenantId: string, filed: Filed, now: Date, periodDays: number): Promise<string | null> {
    const listed = await this.agenda.findOne({ tenantId, categoryId: filed.categoryId, serviceId: filed.serviceId, status: 'on-agenda' }).lean().exec();
    if (listed) return listed.issueId;
    const marked = await this.complaints
      .find({
        tenantId,
        categoryId: filed.categoryId,
        serviceId: filed.serviceId,
        routing: 'general',
        issueId: { $ne: null },
        filedAt: { $gte: new Date(now.getTime() - periodDays * 86_400_000) },
      })
      .sort({ filedAt: -1 })
      .limit(20)
      .select({ issueId: 1 })
      .lean()
      .exec();
    for (const issueId of new Set(marked.map((m) => m.issueId as string))) {
      const issue = await this.reader.issue(tenantId, issueId);
      if (issue?.state.raised && !issue.state.solution) return issueId;
    }
    return null;
  }

  private async join(event: RecordedEvent, issueId: string, complaintId: string): Promise<void> {
    await this.commands.handle(generalIssueAggregate, {
      streamId: generalIssueStreamId(event.tenantId, issueId),
      tenantId: event.tenantId,
      cause: { kind: 'event', event },
      decide: (state) => {
        const linked = linkComplaint(state, complaintId, new Date());
        return facts(...(linked ? [{ type: 'GeneralIssueComplaintLinked' as const, version: 1, data: linked }] : []));
      },
    });
    await this.mark(event, complaintId, issueId);
  }

  private async mark(event: RecordedEvent, complaintId: string, issueId: string): Promise<void> {
    await this.commands.handle(complaintAggregate, {
      streamId: complaintStreamId(event.tenantId, complaintId),
      tenantId: event.tenantId,
      // One cause marks several complaints: a retry key derives each stream's event id from the cause and
      // the stream (an `event` cause would give every stream the same id).
      cause: {
        kind: 'request',
        principal: { userId: 'service:feedback', tenantId: event.tenantId, roles: ['service'] },
        channel: 'system',
        retryKey: event.eventId,
      },
      decide: (state) => {
        if (state.status === 'none' || state.filed?.routing !== 'general') return facts<'ComplaintMarkedGeneral'>();
        const marked = markGeneral(state, issueId, 'threshold', new Date());
        return facts(...(marked ? [{ type: 'ComplaintMarkedGeneral' as const, version: 1, data: marked }] : []));
      },
    });
  }

  private async project(tenantId: string, issueId: string): Promise<void> {
    const snapshot = await this.reader.issue(tenantId, issueId);
    if (!snapshot?.state.raised) return;
    const { state, revision } = snapshot;
    const row = {
      tenantId,
      issueId,
      categoryId: state.raised!.categoryId,
      serviceId: state.raised!.serviceId,
      reason: state.raised!.reason,
      complaintIds: state.complaintIds,
      status: state.solution ? 'solved' : 'on-agenda',
      raisedAt: new Date(state.raised!.raisedAt),
      solution: state.solution
        ? {
            discussion: state.solution.discussion,
            solution: state.solution.solution,
            meetingDate: state.solution.meetingDate,
            recordedBy: state.solution.recordedBy,
            recordedAt: state.solution.recordedAt,
          }
        : null,
      revision,
    };
    const id = `${tenantId}:${issueId}`;
    if ((await this.agenda.updateOne({ _id: id, revision: { $lt: revision } }, { $set: row }).exec()).matchedCount > 0) return;
    try {
      await this.agenda.create({ _id: id, ...row });
    } catch (error) {
      if ((error as { code?: number }).code !== 11000) throw error;
      await this.agenda.updateOne({ _id: id, revision: { $lt: revision } }, { $set: row }).exec();
    }
  }
}
