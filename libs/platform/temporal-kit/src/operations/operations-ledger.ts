import { Inject, Injectable } from '@nestjs/common';
import { streamId, type BoundedContext, type OperationsAction, type OperationsActionRecordedV1 } from '@athar/contracts';
import type { EventStore } from '@athar/event-store';
import type { Principal } from '@athar/identity';
import { EVENT_STORE, EventWriter } from '@athar/service-kit';

export const OPERATIONS_CONTEXT = Symbol('OPERATIONS_CONTEXT');

/**
 * The record of operators' actions (docs/adr/0045): one `OperationsActionRecorded` per action, in the
 * stream `<context>.ops-actions.<tenant>.log` of the hosting service, with the actor (the token's user
 * and role) and the reason. Internal: not published. The dead letters already redriven or discarded
 * are read back from it (once, then kept up to date in memory).
 */
@Injectable()
export class OperationsLedger {
  private resolved?: Promise<Map<string, 'redriven' | 'discarded'>>;

  constructor(
    private readonly writer: EventWriter,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(OPERATIONS_CONTEXT) private readonly context: BoundedContext,
  ) {}

  async record(
    principal: Principal,
    tenantId: string | null,
    action: OperationsAction,
    target: string,
    reason: string,
    detail: Record<string, string>,
  ): Promise<string> {
    const tenant = tenantId ?? principal.tenantId;
    const data: OperationsActionRecordedV1 = { action, target, reason, detail };
    const result = await this.writer.append(
      streamId(this.context, 'ops-actions', tenant, 'log'),
      tenant,
      { kind: 'request', principal, channel: 'system' },
      [{ type: 'OperationsActionRecorded', version: 1, data }],
      'any',
    );
    if (action === 'dead-letter-redrive' || action === 'dead-letter-discard')
      (await this.deadLetterStates()).set(target, action === 'dead-letter-redrive' ? 'redriven' : 'discarded');
    return result.lastGlobalPosition;
  }

  /** Dead letters an operator already redrove or discarded, by id. */
  deadLetterStates(): Promise<Map<string, 'redriven' | 'discarded'>> {
    this.resolved ??= this.load().catch((error: unknown) => {
      this.resolved = undefined;
      throw error;
    });
    return this.resolved;
  }

  private async load(): Promise<Map<string, 'redriven' | 'discarded'>> {
    const states = new Map<string, 'redriven' | 'discarded'>();
    let after: string | undefined;
    for (;;) {
      const page = await this.store.readAll({ after, maxCount: 1000, streamPrefixes: [`${this.context}.ops-actions.`] });
      if (page.length === 0) return states;
      for (const event of page) {
        if (event.type !== 'OperationsActionRecorded') continue;
        const data = event.data as OperationsActionRecordedV1;
        if (data.action === 'dead-letter-redrive') states.set(data.target, 'redriven');
        if (data.action === 'dead-letter-discard') states.set(data.target, 'discarded');
      }
      after = page[page.length - 1].globalPosition;
    }
  }
}
