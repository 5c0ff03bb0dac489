import 'reflect-metadata';
import {
  assignComplaint,
  evolveComplaint,
  fileComplaint,
  initialComplaintState,
  resolveComplaint,
  startInvestigation,
  type ComplaintEvent,
  type ComplaintState,
} from '@athar/domain-feedback';
import type { Principal } from '@athar/identity';
import { complaintRowFrom } from '../projection/complaints.projection';
import { GetComplaintHandler, GetComplaintQuery } from './queue.controller';

const T0 = new Date('2026-11-22T07:00:00Z');
const complaintId = '0b1f6a2e-3c4d-4e5f-8a9b-0c1d2e3f4a5b';
const officer: Principal = { userId: 'u-officer', tenantId: 'awj', roles: ['relations-officer'] };

/** A complaint's stream, event by event: the states after each revision (revision i = i + 1 events). */
function history(): ComplaintState[] {
  const states: ComplaintState[] = [];
  let state = initialComplaintState;
  const apply = (type: ComplaintEvent['type'], data: unknown) => {
    state = evolveComplaint(state, { type, data, revision: states.length } as unknown as ComplaintEvent);
    states.push(state);
  };
  const out = fileComplaint(
    initialComplaintState,
    {
      complaintId,
      reference: 'AWJ-C-1448-000000001',
      channel: 'phone',
      categoryId: 'delay',
      priority: 'normal',
      safeguarding: false,
      concerns: { kind: 'service', id: 'member-service' },
      serviceId: 'member-service',
      department: null,
      text: 'تأخر الرد على طلبي',
      anonymous: false,
      complainant: { name: 'Sara', mobile: '+966551234567', email: null },
      filedBy: 'u-officer',
      ratingCodeHash: 'hash-1',
      acknowledgeBy: '2026-11-24T07:00:00.000Z',
      resolveBy: '2026-12-20T07:00:00.000Z',
    },
    T0,
  );
  apply('ComplaintFiled', out.filed);
  apply('ComplaintAcknowledged', out.acknowledged);
  apply('ComplaintAssigned', assignComplaint(state, 'u-handler', 'u-officer', T0));
  apply('ComplaintInvestigationStarted', startInvestigation(state, 'u-handler', false, T0));
  apply('ComplaintResolved', resolveComplaint(state, { ar: 'تمت المعالجة', en: 'Handled' }, 'u-handler', false, T0));
  return states;
}

/**
 * GET /complaints/{id} answers one point of the stream: its status, service level, assignee and
 * `revision` all as of the revision it read, even while the queue's row (the projection) lags behind.
 */
describe('GET /complaints/{id}: status and revision from the same point of the stream', () => {
  async function detailWhileTheRowLags() {
    const states = history();
    const latest = states.length - 1; // resolved
    const stale = { _id: `awj:${complaintId}`, ...complaintRowFrom('awj', complaintId, states[1]!, 1, T0.getTime()) }; // still acknowledged
    const reader = { complaint: async () => ({ state: states[latest]!, revision: latest }) };
    const rows = { findOne: () => ({ lean: () => ({ exec: async () => stale }) }) };
    // Built with both the stream reader and the queue's rows: the handler may take either.
    const handler = Reflect.construct(GetComplaintHandler, [reader, rows]) as GetComplaintHandler;
    return { detail: await handler.execute(new GetComplaintQuery(officer, complaintId)), latest };
  }

  it('tells the status, assignee and answer of the revision it names', async () => {
    const { detail, latest } = await detailWhileTheRowLags();
    expect(detail.revision).toBe(latest);
    expect(detail).toMatchObject({ status: 'resolved', serviceLevel: 'resolved', assignee: 'u-handler', response: { ar: 'تمت المعالجة', en: 'Handled' } });
    expect(detail.resolvedAt).toBe(T0.toISOString());
  });
});
