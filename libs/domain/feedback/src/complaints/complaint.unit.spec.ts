import type { ComplaintConcerns, EventDataMap } from '@athar/contracts';
import {
  assignComplaint,
  breachServiceLevel,
  closeComplaint,
  evolveComplaint,
  fileComplaint,
  initialComplaintState,
  markGeneral,
  rateComplaint,
  remindHandler,
  reopenComplaint,
  resolveComplaint,
  startInvestigation,
  type ComplaintEvent,
  type ComplaintState,
} from './complaint';
import { complaintVisibilityFilter, maySeeComplaint } from './visibility';

const T0 = new Date('2026-11-22T07:00:00Z'); // a Sunday
const id = '0b1f6a2e-3c4d-4e5f-8a9b-0c1d2e3f4a5b';
let revision = 0;
const apply = (state: ComplaintState, type: ComplaintEvent['type'], data: unknown): ComplaintState =>
  evolveComplaint(state, { type, data, revision: revision++ } as unknown as ComplaintEvent);

function filed(concerns: ComplaintConcerns = { kind: 'service', id: 'member-service' }, safeguarding = false, anonymous = false) {
  const out = fileComplaint(
    initialComplaintState,
    {
      complaintId: id,
      reference: 'AWJ-C-1448-000000001',
      channel: 'phone',
      categoryId: 'delay',
      priority: 'normal',
      safeguarding,
      concerns,
      serviceId: 'member-service',
      department: null,
      text: 'late',
      anonymous,
      complainant: { name: 'Sara', mobile: '0551234567', email: null },
      filedBy: 'u-officer',
      ratingCodeHash: 'hash-1',
      acknowledgeBy: '2026-11-24T07:00:00.000Z',
      resolveBy: '2026-12-20T07:00:00.000Z',
    },
    T0,
  );
  let state = apply(initialComplaintState, 'ComplaintFiled', out.filed);
  state = apply(state, 'ComplaintAcknowledged', out.acknowledged);
  if (out.escalated) state = apply(state, 'ComplaintEscalated', out.escalated);
  return { state, out };
}

function investigated(): ComplaintState {
  let { state } = filed();
  state = apply(state, 'ComplaintAssigned', assignComplaint(state, 'u-handler', 'u-officer', T0));
  return apply(state, 'ComplaintInvestigationStarted', startInvestigation(state, 'u-handler', false, T0));
}

describe('complaint lifecycle', () => {
  it('is received and acknowledged at once; a general complaint is not escalated', () => {
    const { state, out } = filed();
    expect(state.status).toBe('acknowledged');
    expect(out.filed.routing).toBe('general');
    expect(out.escalated).toBeNull();
  });

  it('routes a remark about a member of staff to the executive director, and a safeguarding complaint to the designated role, escalated at once', () => {
    expect(filed({ kind: 'staff', id: 'u-staff' }).out).toMatchObject({ filed: { routing: 'executive-director' }, escalated: { reason: 'staff-remark' } });
    expect(filed(undefined, true).out).toMatchObject({ filed: { routing: 'safeguarding' }, escalated: { reason: 'safeguarding', to: 'executive-director' } });
  });

  it('keeps no complainant on an anonymous complaint', () => {
    expect(filed(undefined, false, true).out.filed.complainant).toBeNull();
  });

  it('goes assigned → under investigation → resolved → closed, and only the assignee (or the director) investigates', () => {
    let { state } = filed();
    expect(() => startInvestigation(state, 'u-handler', false, T0)).toThrow(/Assign the complaint/);
    state = apply(state, 'ComplaintAssigned', assignComplaint(state, 'u-handler', 'u-officer', T0));
    expect(state.status).toBe('assigned');
    expect(() => startInvestigation(state, 'u-other', false, T0)).toThrow(/assigned to someone else/);
    expect(() => resolveComplaint(state, { ar: 'تم', en: 'Done' }, 'u-handler', false, T0)).toThrow(/after its investigation/);
    state = apply(state, 'ComplaintInvestigationStarted', startInvestigation(state, 'u-handler', false, T0));
    const resolved = resolveComplaint(state, { ar: 'تم', en: 'Done' }, 'u-handler', false, new Date('2026-12-01T00:00:00Z'));
    expect(resolved.late).toBe(false);
    state = apply(state, 'ComplaintResolved', resolved);
    state = apply(state, 'ComplaintClosed', closeComplaint(state, 'u-officer', T0));
    expect(state.status).toBe('closed');
    expect(closeComplaint(state, 'u-officer', T0)).toBeNull();
  });

  it('marks a resolution after the deadline as late, to the millisecond', () => {
    const state = investigated();
    expect(resolveComplaint(state, { ar: 'a', en: 'b' }, 'u-handler', false, new Date('2026-12-20T07:00:00.000Z')).late).toBe(false);
    expect(resolveComplaint(state, { ar: 'a', en: 'b' }, 'u-handler', false, new Date('2026-12-20T07:00:00.001Z')).late).toBe(true);
  });

  it('reopens within the policy period only, as a new round with its own deadline', () => {
    let state = investigated();
    state = apply(state, 'ComplaintResolved', resolveComplaint(state, { ar: 'a', en: 'b' }, 'u-handler', false, new Date('2026-12-01T00:00:00Z')));
    const reopened = reopenComplaint(state, 'not fixed', 'u-officer', 30, '2027-01-31T07:00:00.000Z', new Date('2026-12-31T00:00:00Z'));
    expect(reopened.round).toBe(2);
    expect(() => reopenComplaint(state, 'too late', 'u-officer', 30, 'x', new Date('2026-12-31T00:00:00.001Z'))).toThrow(/reopening period is over/);
    state = apply(state, 'ComplaintReopened', reopened);
    expect(state).toMatchObject({ status: 'assigned', round: 2, resolvedAt: null });
  });

  it('is rated once, after the resolution, with the right code only; a wrong code answers as a missing complaint', () => {
    let state = investigated();
    expect(() => rateComplaint(state, 'hash-1', 5, null, T0)).toThrow(/once resolved/);
    state = apply(state, 'ComplaintResolved', resolveComplaint(state, { ar: 'a', en: 'b' }, 'u-handler', false, T0));
    expect(() => rateComplaint(state, 'hash-2', 5, null, T0)).toThrow(/No such complaint/);
    state = apply(state, 'ComplaintRated', rateComplaint(state, 'hash-1', 4, 'ok', T0));
    expect(() => rateComplaint(state, 'hash-1', 5, null, T0)).toThrow(/already been rated/);
  });

  it('reminds once per point and round, not after the resolution', () => {
    let state = investigated();
    const reminder = remindHandler(state, 1, 50, false, T0)!;
    state = apply(state, 'ComplaintReminderSent', reminder);
    expect(remindHandler(state, 1, 50, false, T0)).toBeNull();
    expect(remindHandler(state, 2, 80, true, T0)).toBeNull();
  });

  it('judges the breach by instants (ADR 0016): a late timer with an in-time resolution records nothing', () => {
    let state = investigated();
    expect(breachServiceLevel(state, 1, new Date('2026-12-20T06:59:59.999Z')).breached).toBe(false);
    const inTime = apply(state, 'ComplaintResolved', resolveComplaint(state, { ar: 'a', en: 'b' }, 'u-handler', false, new Date('2026-12-20T07:00:00.000Z')));
    expect(breachServiceLevel(inTime, 1, new Date('2026-12-25T00:00:00Z'))).toEqual({ breached: false, events: null });
    const breach = breachServiceLevel(state, 1, new Date('2026-12-21T00:00:00Z'));
    expect(breach.events).toMatchObject({ breach: { round: 1 }, escalation: { reason: 'breach', to: 'executive-director' } });
    state = apply(state, 'ComplaintServiceLevelBreached', breach.events!.breach);
    expect(breachServiceLevel(state, 1, new Date('2026-12-22T00:00:00Z'))).toEqual({ breached: true, events: null });
  });

  it('sends neither a confidential complaint nor a remark about staff to the board', () => {
    expect(() => markGeneral(filed(undefined, true).state, 'i', 'u', T0)).toThrow(/does not go to the board/);
    expect(() => markGeneral(filed({ kind: 'staff', id: 'u-staff' }).state, 'i', 'u', T0)).toThrow(/does not go to the board/);
    const { state } = filed();
    const marked: EventDataMap['ComplaintMarkedGeneral'] = markGeneral(state, 'i', 'u', T0)!;
    expect(markGeneral(apply(state, 'ComplaintMarkedGeneral', marked), 'i', 'u', T0)).toBeNull();
  });
});

describe('complaint visibility', () => {
  const director = { userId: 'ed', roles: ['executive-director'] };
  const officer = { userId: 'ro', roles: ['relations-officer'] };
  const board = { userId: 'bm', roles: ['board-member'] };
  const staff = { userId: 'u-staff', roles: ['services-officer'] };
  it('shows a safeguarding complaint to the designated role only', () => {
    const c = { routing: 'safeguarding' as const, concernedStaffId: null };
    expect([director, officer, board, staff].map((v) => maySeeComplaint(v, c))).toEqual([true, false, false, false]);
  });
  it('shows a remark about a member of staff to the director and that member only', () => {
    const c = { routing: 'executive-director' as const, concernedStaffId: 'u-staff' };
    expect([director, officer, board, staff].map((v) => maySeeComplaint(v, c))).toEqual([true, false, false, true]);
    expect(complaintVisibilityFilter(officer)).toEqual({ $or: [{ routing: 'general' }, { routing: 'executive-director', concernedStaffId: 'ro' }] });
  });
  it('shows a general complaint to the handlers, not to the board', () => {
    const c = { routing: 'general' as const, concernedStaffId: null };
    expect([director, officer, board, staff].map((v) => maySeeComplaint(v, c))).toEqual([true, true, false, true]);
  });
});
