import type { Principal } from '@athar/identity';

export type ComplaintAction =
  | { kind: 'assign'; assignee: string }
  | { kind: 'investigate' }
  | { kind: 'resolve'; response: { ar: string; en: string } }
  | { kind: 'close' }
  | { kind: 'reopen'; reason: string }
  | { kind: 'mark-general' };

/** A step of a complaint's lifecycle, by a member of staff who may see it (docs/adr/0042). */
export class ComplaintActionCommand {
  constructor(
    readonly principal: Principal,
    readonly complaintId: string,
    readonly action: ComplaintAction,
  ) {}
}
