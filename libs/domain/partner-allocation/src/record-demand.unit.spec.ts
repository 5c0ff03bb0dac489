import type { ApplicationSubmittedV1 } from '@athar/contracts';
import { recordDemand } from './record-demand';

describe('recordDemand', () => {
  const application = { caseId: 'c-1', serviceId: 's' } as ApplicationSubmittedV1;
  const now = new Date('2026-11-22T07:00:00Z');

  it('counts an application toward its service demand once, even when the event comes twice', () => {
    expect(recordDemand({ recorded: false }, application, now)).toEqual({ caseId: 'c-1', serviceId: 's', recordedAt: now.toISOString() });
    expect(recordDemand({ recorded: true }, application, now)).toBeNull();
  });
});
