import { DomainError, type Bilingual, type EventDataMap, type RecordedEventOf } from '@athar/contracts';

export type GeneralIssueEventType = 'GeneralIssueRaised' | 'GeneralIssueComplaintLinked' | 'BoardSolutionRecorded';
export type GeneralIssueEvent = RecordedEventOf<GeneralIssueEventType>;

export interface GeneralIssueState {
  raised: EventDataMap['GeneralIssueRaised'] | null;
  complaintIds: string[];
  solution: EventDataMap['BoardSolutionRecorded'] | null;
}
export const initialGeneralIssueState: GeneralIssueState = { raised: null, complaintIds: [], solution: null };

export function evolveGeneralIssue(state: GeneralIssueState, event: GeneralIssueEvent): GeneralIssueState {
  switch (event.type) {
    case 'GeneralIssueRaised':
      return { ...state, raised: event.data, complaintIds: [...event.data.complaintIds] };
    case 'GeneralIssueComplaintLinked':
      return state.complaintIds.includes(event.data.complaintId) ? state : { ...state, complaintIds: [...state.complaintIds, event.data.complaintId] };
    case 'BoardSolutionRecorded':
      return { ...state, solution: event.data };
    default:
      return state;
  }
}

/** A similar complaint, as the general-issue count sees it. */
export interface SimilarComplaint {
  complaintId: string;
  filedAt: string;
}

/**
 * Whether complaints of one category and service make an issue of a general nature (Environment
 * Madinah: discussed by the board): at least `threshold` of them filed within `periodDays` before
 * `now`. Returns those complaints, oldest first, or null.
 */
export function generalIssueReached(similar: readonly SimilarComplaint[], threshold: number, periodDays: number, now: Date): SimilarComplaint[] | null {
  const from = now.getTime() - periodDays * 86_400_000;
  const inPeriod = similar
    .filter((c) => Date.parse(c.filedAt) >= from && Date.parse(c.filedAt) <= now.getTime())
    .sort((a, b) => a.filedAt.localeCompare(b.filedAt) || a.complaintId.localeCompare(b.complaintId));
  return inPeriod.length >= threshold ? inPeriod : null;
}

export function raiseGeneralIssue(
  state: GeneralIssueState,
  input: Omit<EventDataMap['GeneralIssueRaised'], 'raisedAt'>,
  now: Date,
): EventDataMap['GeneralIssueRaised'] | null {
  if (state.raised) return null;
  return { ...input, raisedAt: now.toISOString() };
}

export function linkComplaint(state: GeneralIssueState, complaintId: string, now: Date): EventDataMap['GeneralIssueComplaintLinked'] | null {
  if (!state.raised || state.complaintIds.includes(complaintId)) return null;
  return { issueId: state.raised.issueId, complaintId, linkedAt: now.toISOString() };
}

/**
 * The count of similar complaints reached the threshold: the issue is raised with them, or, when it was
 * raised already (a count that came up late or twice, as complaints filed close together are counted
 * from the read model), the ones it lacks are linked to it. Re-evaluated on every similar complaint and
 * idempotent: nothing is recorded twice, and none of the counted complaints is left off the agenda.
 * A solved issue takes no more complaints.
 */
export function gatherGeneralIssue(
  state: GeneralIssueState,
  input: Omit<EventDataMap['GeneralIssueRaised'], 'raisedAt'>,
  now: Date,
): Array<
  | { type: 'GeneralIssueRaised'; data: EventDataMap['GeneralIssueRaised'] }
  | { type: 'GeneralIssueComplaintLinked'; data: EventDataMap['GeneralIssueComplaintLinked'] }
> {
  const raised = raiseGeneralIssue(state, input, now);
  if (raised) return [{ type: 'GeneralIssueRaised', data: raised }];
  if (state.solution) return [];
  return input.complaintIds
    .map((complaintId) => linkComplaint(state, complaintId, now))
    .filter((linked): linked is EventDataMap['GeneralIssueComplaintLinked'] => linked !== null)
    .map((data) => ({ type: 'GeneralIssueComplaintLinked' as const, data }));
}

/** The board records its discussion and the solution decided, once; every complainant is then told. */
export function recordBoardSolution(
  state: GeneralIssueState,
  input: { discussion: string; solution: Bilingual; meetingDate: string; recordedBy: string },
  now: Date,
): EventDataMap['BoardSolutionRecorded'] {
  if (!state.raised)
    throw new DomainError('general-issue-not-found', 'not-found', { ar: 'البند غير موجود في جدول الأعمال', en: 'No such item on the board agenda' });
  if (state.solution)
    throw new DomainError('board-solution-recorded', 'conflict', { ar: 'سُجّل حل المجلس من قبل', en: "The board's solution is already recorded" });
  const meeting = Date.parse(`${input.meetingDate}T00:00:00Z`);
  // A date of the calendar (Date.parse rolls 2026-02-30 over to 2 March).
  if (Number.isNaN(meeting) || new Date(meeting).toISOString().slice(0, 10) !== input.meetingDate) {
    const text = { ar: 'تاريخ الاجتماع غير موجود في التقويم', en: 'The meeting date is not a calendar date' };
    throw new DomainError('board-meeting-date-invalid', 'invalid', text, [{ field: 'meetingDate', reasons: [text] }]);
  }
  if (meeting > now.getTime()) {
    const text = { ar: 'تاريخ الاجتماع في المستقبل', en: 'The meeting date is in the future' };
    throw new DomainError('board-meeting-in-future', 'invalid', text, [{ field: 'meetingDate', reasons: [text] }]);
  }
  return { issueId: state.raised.issueId, ...input, recordedAt: now.toISOString() };
}
