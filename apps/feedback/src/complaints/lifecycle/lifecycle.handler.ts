import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { DomainError, type PendingEvent } from '@athar/contracts';
import {
  assignComplaint,
  closeComplaint,
  complaintNotFound,
  complaintServiceLevels,
  markGeneral,
  maySeeComplaint,
  reopenComplaint,
  resolveComplaint,
  startInvestigation,
  type ComplaintEventType,
} from '@athar/domain-feedback';
import { AggregateCommands } from '@athar/service-kit';
import { complaintAggregate, complaintStreamId, generalIssueId } from '../complaint-stream';
import { ComplaintsPolicies } from '../complaints-policies';
import { GeneralIssues } from '../board-agenda/general-issues';
import type { ComplaintActionDto } from './lifecycle.dto';
import { ComplaintActionCommand } from './lifecycle.commands';

@CommandHandler(ComplaintActionCommand)
export class ComplaintActionHandler implements ICommandHandler<ComplaintActionCommand, ComplaintActionDto> {
  constructor(
    private readonly commands: AggregateCommands,
    private readonly policies: ComplaintsPolicies,
    private readonly issues: GeneralIssues,
  ) {}

  async execute({ principal, complaintId, action }: ComplaintActionCommand): Promise<ComplaintActionDto> {
    const tenantId = principal.tenantId;
    const policy = this.policies.of(tenantId);
    const isDirector = principal.roles.includes('executive-director');
    const now = new Date();
    const outcome = await this.commands.handle(complaintAggregate, {
      streamId: complaintStreamId(tenantId, complaintId),
      tenantId,
      cause: { kind: 'request', principal, channel: 'system' },
      whenMissing: complaintNotFound,
      now,
      decide: (state) => {
        const filed = state.filed!;
        // Whoever may not see it finds nothing (a safeguarding complaint, a remark about another member of staff).
        if (!maySeeComplaint(principal, { routing: filed.routing, concernedStaffId: filed.concerns.kind === 'staff' ? filed.concerns.id : null }))
          throw complaintNotFound();
        // The member of staff a remark is about sees it, but only the executive director follows it up (Environment Madinah).
        if (filed.routing === 'executive-director' && !isDirector) {
          throw new DomainError('complaint-for-director', 'forbidden', {
            ar: 'يتابع المدير التنفيذي هذه الملاحظة',
            en: 'The executive director follows up this remark',
          });
        }
        const events: Array<PendingEvent<ComplaintEventType>> = [];
        const push = <K extends ComplaintEventType>(type: K, data: PendingEvent<K>['data'] | null) => {
          if (data) events.push({ type, version: 1, data } as PendingEvent<ComplaintEventType>);
        };
        switch (action.kind) {
          case 'assign':
            push('ComplaintAssigned', assignComplaint(state, action.assignee, principal.userId, now));
            break;
          case 'investigate':
            push('ComplaintInvestigationStarted', startInvestigation(state, principal.userId, isDirector, now));
            break;
          case 'resolve':
            push('ComplaintResolved', resolveComplaint(state, action.response, principal.userId, isDirector, now));
            break;
          case 'close':
            push('ComplaintClosed', closeComplaint(state, principal.userId, now));
            break;
          case 'reopen': {
            const levels = complaintServiceLevels(now, this.policies.rules(tenantId, filed.priority));
            push('ComplaintReopened', reopenComplaint(state, action.reason, principal.userId, policy.reopenWithinDays, levels.resolveBy, now));
            break;
          }
          case 'mark-general':
            push(
              'ComplaintMarkedGeneral',
              markGeneral(state, generalIssueId(tenantId, filed.categoryId, filed.serviceId, filed.complaintId), principal.userId, now),
            );
            break;
        }
        return { events, result: undefined };
      },
    });
    if (action.kind === 'mark-general' && outcome.state.issueId && outcome.state.filed) {
      await this.issues.raiseForMarked(tenantId, outcome.state.issueId, outcome.state.filed, principal.userId);
    }
    return { complaintId, status: outcome.state.status, round: outcome.state.round, revision: outcome.revision as number };
  }
}
