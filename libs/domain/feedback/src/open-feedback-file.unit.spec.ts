import type { ApplicationSubmittedV1 } from '@athar/contracts';
import { openFeedbackFile } from './open-feedback-file';

const application = { caseId: 'c-1', serviceId: 's' } as ApplicationSubmittedV1;
const now = new Date('2026-11-22T07:00:00Z');

describe('openFeedbackFile', () => {
  it('opens a feedback file once', () => {
    expect(openFeedbackFile({ recorded: false }, application, now)).toEqual({ caseId: 'c-1', serviceId: 's', openedAt: now.toISOString() });
    expect(openFeedbackFile({ recorded: true }, application, now)).toBeNull();
  });
});
