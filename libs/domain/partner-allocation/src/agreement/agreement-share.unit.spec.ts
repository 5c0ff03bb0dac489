import type { AllocationProposedV1 } from '@athar/contracts';
import { initialAllocationRoundState, type AllocationRoundState, type RoundStatus } from '../rounds/allocation-round';
import { approvedShareFor, requireWithinShare } from './agreement-share';

const SERVICE = 'job-seeker-training';
const line = (requestId: string, share: number) => ({ requestId, partnerId: requestId, serviceId: SERVICE, unit: 'seat', share });
const proposal = {
  roundId: 'r1',
  allocation: { roundId: 'r1', services: [{ serviceId: SERVICE, unit: 'seat', allocations: [line('awj-request', 60), line('late-request', 0)] }] },
} as unknown as AllocationProposedV1;
const roundIn = (status: RoundStatus): AllocationRoundState => ({
  ...initialAllocationRoundState,
  status,
  proposal: status === 'proposed' || status === 'approved' ? proposal : null,
});
const problem = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    const { code, kind, fields } = error as { code: string; kind: string; fields: Array<{ field: string; reasons: Array<{ ar: string; en: string }> }> };
    return { code, kind, field: fields[0]?.field, reason: fields[0]?.reasons[0] };
  }
  throw new Error('not refused');
};

// Tuwaiq, partner allocation 3–4: the agreement carries the approved round's share (docs/adr/0039).
describe("an agreement's allocation and the approved round's share", () => {
  const approved = roundIn('approved');

  it('gives the share the approved round allocated the request, in the agreement’s unit', () => {
    expect(approvedShareFor(approved, 'awj-request')).toEqual({ serviceId: SERVICE, units: 60, unit: 'seats' });
  });

  it('accepts the whole share or less of it', () => {
    const share = approvedShareFor(approved, 'awj-request');
    expect(() => requireWithinShare(share, { serviceId: SERVICE, units: 60, unit: 'seats' })).not.toThrow();
    expect(() => requireWithinShare(share, { serviceId: SERVICE, units: 1, unit: 'seats' })).not.toThrow();
  });

  it('refuses more than the share (422 on allocation.units, the share named in both languages)', () => {
    const refused = problem(() => requireWithinShare(approvedShareFor(approved, 'awj-request'), { serviceId: SERVICE, units: 61, unit: 'seats' }));
    expect(refused).toMatchObject({ code: 'agreement-share-mismatch', kind: 'invalid', field: 'allocation.units' });
    expect(refused.reason?.en).toContain('60 seats');
    expect(refused.reason?.ar).toContain('60');
  });

  it('refuses another unit or another service', () => {
    const share = approvedShareFor(approved, 'awj-request');
    expect(problem(() => requireWithinShare(share, { serviceId: SERVICE, units: 10, unit: 'halalas' }))).toMatchObject({
      kind: 'invalid',
      field: 'allocation.unit',
    });
    expect(problem(() => requireWithinShare(share, { serviceId: 'other', units: 10, unit: 'seats' }))).toMatchObject({
      kind: 'invalid',
      field: 'partnerRequestId',
    });
  });

  it.each<[string, RoundStatus]>([
    ['scheduled', 'scheduled'],
    ['open', 'open'],
    ['proposed but not approved', 'proposed'],
  ])('refuses a round %s (409)', (_name, status) => {
    expect(problem(() => approvedShareFor(roundIn(status), 'awj-request'))).toMatchObject({ code: 'allocation-round-not-approved', kind: 'conflict' });
  });

  it('refuses a round the tenant does not have (422 on roundId)', () => {
    expect(problem(() => approvedShareFor(null, 'awj-request'))).toMatchObject({ kind: 'invalid', field: 'roundId' });
  });

  it('refuses a request the round left out or gave nothing (422 on partnerRequestId)', () => {
    expect(problem(() => approvedShareFor(approved, 'not-in-round'))).toMatchObject({ kind: 'invalid', field: 'partnerRequestId' });
    const nothing = problem(() => approvedShareFor(approved, 'late-request'));
    expect(nothing).toMatchObject({ kind: 'invalid', field: 'partnerRequestId' });
    expect(nothing.reason?.en).toContain('nothing');
  });
});
