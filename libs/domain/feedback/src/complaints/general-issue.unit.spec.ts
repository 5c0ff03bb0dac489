import type { RecordedEventOf } from '@athar/contracts';
import {
  evolveGeneralIssue,
  gatherGeneralIssue,
  recordBoardSolution,
  initialGeneralIssueState,
  type GeneralIssueEventType,
  type GeneralIssueState,
} from './general-issue';

const now = new Date('2026-03-01T08:00:00Z');
const input = (complaintIds: string[]) => ({ issueId: 'i-1', categoryId: 'delay', serviceId: 'svc', reason: 'threshold' as const, complaintIds });
const apply = (state: GeneralIssueState, events: ReturnType<typeof gatherGeneralIssue>): GeneralIssueState =>
  events.reduce((s, e) => evolveGeneralIssue(s, { type: e.type, data: e.data } as RecordedEventOf<GeneralIssueEventType>), state);

/**
 * The threshold count reads the read model, so complaints filed close together may be counted late or
 * twice: the decision is re-evaluated on each and idempotent (docs/adr/0042), no counted complaint left off.
 */
describe('gathering a general issue', () => {
  it('raises the issue with the complaints counted', () => {
    const events = gatherGeneralIssue(initialGeneralIssueState, input(['c1', 'c2', 'c3']), now);
    expect(events.map((e) => e.type)).toEqual(['GeneralIssueRaised']);
    expect(apply(initialGeneralIssueState, events).complaintIds).toEqual(['c1', 'c2', 'c3']);
  });

  it('links the complaints a later count finds that the raised issue lacks (the fourth, counted before the first three were marked)', () => {
    const raised = apply(initialGeneralIssueState, gatherGeneralIssue(initialGeneralIssueState, input(['c1', 'c2', 'c3']), now));
    const events = gatherGeneralIssue(raised, input(['c1', 'c2', 'c3', 'c4']), now);
    expect(events).toEqual([{ type: 'GeneralIssueComplaintLinked', data: { issueId: 'i-1', complaintId: 'c4', linkedAt: now.toISOString() } }]);
    expect(apply(raised, events).complaintIds).toEqual(['c1', 'c2', 'c3', 'c4']);
  });

  it('records nothing when the same count arrives twice, and nothing on a solved issue', () => {
    const raised = apply(initialGeneralIssueState, gatherGeneralIssue(initialGeneralIssueState, input(['c1', 'c2', 'c3']), now));
    expect(gatherGeneralIssue(raised, input(['c1', 'c2', 'c3']), now)).toEqual([]);
    const solved = { ...raised, solution: { issueId: 'i-1' } as GeneralIssueState['solution'] };
    expect(gatherGeneralIssue(solved, input(['c1', 'c4']), now)).toEqual([]);
  });
});

describe("the board's solution", () => {
  const raised = apply(initialGeneralIssueState, gatherGeneralIssue(initialGeneralIssueState, input(['c1', 'c2', 'c3']), now));
  const solution = (meetingDate: string) => ({ discussion: 'd', solution: { ar: 'حل', en: 'solution' }, meetingDate, recordedBy: 'b' });

  it.each(['2026-02-30', '2025-02-29', '2026-13-01', '2026-00-10'])('refuses a meeting date not on the calendar (%s) on the field', (date) => {
    expect(() => recordBoardSolution(raised, solution(date), now)).toThrow(expect.objectContaining({ code: 'board-meeting-date-invalid' }));
  });

  it('takes a past calendar date, refuses a future one', () => {
    expect(recordBoardSolution(raised, solution('2026-02-28'), now).meetingDate).toBe('2026-02-28');
    expect(() => recordBoardSolution(raised, solution('2026-03-02'), now)).toThrow(expect.objectContaining({ code: 'board-meeting-in-future' }));
  });
});
