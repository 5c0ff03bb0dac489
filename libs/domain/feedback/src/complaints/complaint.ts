import {
  DomainError,
  type Bilingual,
  type ComplaintConcerns,
  type ComplaintPriority,
  type ComplaintRouting,
  type EventDataMap,
  type RecordedEventOf,
} from '@athar/contracts';

export const COMPLAINT_STREAM_EVENTS = [
  'ComplaintFiled',
  'ComplaintAcknowledged',
  'ComplaintAssigned',
  'ComplaintInvestigationStarted',
  'ComplaintResolved',
  'ComplaintClosed',
  'ComplaintReopened',
  'ComplaintRated',
  'ComplaintReminderSent',
  'ComplaintServiceLevelBreached',
  'ComplaintEscalated',
  'ComplaintMarkedGeneral',
] as const;
export type ComplaintEventType = (typeof COMPLAINT_STREAM_EVENTS)[number];
export type ComplaintEvent = RecordedEventOf<ComplaintEventType>;

/** received → acknowledged → assigned → under-investigation → resolved → closed; resolved → (reopened) acknowledged again. */
export type ComplaintStatus = 'none' | 'received' | 'acknowledged' | 'assigned' | 'under-investigation' | 'resolved' | 'closed';

export interface ComplaintState {
  status: ComplaintStatus;
  filed: EventDataMap['ComplaintFiled'] | null;
  reference: string | null;
  acknowledgedAt: string | null;
  acknowledgeBy: string | null;
  resolveBy: string | null;
  assignee: string | null;
  round: number;
  resolvedAt: string | null;
  resolvedLate: boolean;
  response: Bilingual | null;
  closedAt: string | null;
  rating: number | null;
  remindedPercents: number[];
  /** Rounds whose service level was breached. */
  breachedRounds: number[];
  escalated: boolean;
  issueId: string | null;
}

export const initialComplaintState: ComplaintState = {
  status: 'none',
  filed: null,
  reference: null,
  acknowledgedAt: null,
  acknowledgeBy: null,
  resolveBy: null,
  assignee: null,
  round: 1,
  resolvedAt: null,
  resolvedLate: false,
  response: null,
  closedAt: null,
  rating: null,
  remindedPercents: [],
  breachedRounds: [],
  escalated: false,
  issueId: null,
};

export function evolveComplaint(state: ComplaintState, event: ComplaintEvent): ComplaintState {
  switch (event.type) {
    case 'ComplaintFiled':
      return { ...state, status: 'received', filed: event.data, reference: event.data.reference };
    case 'ComplaintAcknowledged':
      return {
        ...state,
        status: 'acknowledged',
        acknowledgedAt: event.data.acknowledgedAt,
        acknowledgeBy: event.data.acknowledgeBy,
        resolveBy: event.data.resolveBy,
      };
    case 'ComplaintAssigned':
      return { ...state, status: state.status === 'under-investigation' ? state.status : 'assigned', assignee: event.data.assignee };
    case 'ComplaintInvestigationStarted':
      return { ...state, status: 'under-investigation' };
    case 'ComplaintResolved':
      return { ...state, status: 'resolved', resolvedAt: event.data.resolvedAt, resolvedLate: event.data.late, response: event.data.response };
    case 'ComplaintClosed':
      return { ...state, status: 'closed', closedAt: event.data.closedAt };
    case 'ComplaintReopened':
      return {
        ...state,
        status: state.assignee ? 'assigned' : 'acknowledged',
        round: event.data.round,
        resolveBy: event.data.resolveBy,
        resolvedAt: null,
        resolvedLate: false,
        response: null,
        closedAt: null,
        remindedPercents: [],
      };
    case 'ComplaintRated':
      return { ...state, rating: event.data.rating };
    case 'ComplaintReminderSent':
      return { ...state, remindedPercents: [...state.remindedPercents, event.data.percent] };
    case 'ComplaintServiceLevelBreached':
      return { ...state, breachedRounds: [...state.breachedRounds, event.data.round] };
    case 'ComplaintEscalated':
      return { ...state, escalated: true };
    case 'ComplaintMarkedGeneral':
      return { ...state, issueId: event.data.issueId };
    default:
      return state;
  }
}

const problem = (code: string, kind: 'invalid' | 'conflict' | 'not-found' | 'forbidden', ar: string, en: string, field?: string): DomainError =>
  new DomainError(code, kind, { ar, en }, field ? [{ field, reasons: [{ ar, en }] }] : []);

export const complaintNotFound = (): DomainError => problem('complaint-not-found', 'not-found', 'الشكوى غير موجودة', 'No such complaint');

/** A reference a person can read over the phone: PREFIX-C-HIJRIYEAR-XXXXXX (from the complaint id, so it needs no sequence). */
export function complaintReference(prefix: string, complaintId: string, at: Date): string {
  const parts = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', { year: 'numeric', timeZone: 'Asia/Riyadh' }).formatToParts(at);
  const year = parts.find((p) => p.type === 'year')?.value ?? '0000';
  const digits = BigInt(`0x${complaintId.replace(/-/g, '').slice(0, 12)}`) % 1_000_000_000n;
  return `${prefix}-C-${year}-${digits.toString().padStart(9, '0')}`;
}

export interface FileComplaintInput {
  complaintId: string;
  reference: string;
  channel: string;
  categoryId: string;
  priority: ComplaintPriority;
  safeguarding: boolean;
  concerns: ComplaintConcerns;
  serviceId: string | null;
  department: string | null;
  text: string;
  anonymous: boolean;
  complainant: { name: string | null; mobile: string | null; email: string | null } | null;
  filedBy: string;
  ratingCodeHash: string;
  acknowledgeBy: string;
  resolveBy: string;
}

/**
 * Where a complaint goes (Environment Madinah; docs/adr/0042): a safeguarding category to the
 * designated role alone (the executive director), a remark about a member of staff to the executive
 * director alone (who follows it up with that person), anything else to the complaints handlers.
 */
export function routeComplaint(safeguarding: boolean, concerns: ComplaintConcerns): ComplaintRouting {
  if (safeguarding) return 'safeguarding';
  return concerns.kind === 'staff' ? 'executive-director' : 'general';
}

/**
 * Filing: received and acknowledged at once with its reference (the SMS follows the event); an
 * anonymous complaint keeps no contact at all; a safeguarding complaint or a remark about staff is
 * escalated to the executive director in the same breath.
 */
export function fileComplaint(state: ComplaintState, input: FileComplaintInput, now: Date) {
  if (state.status !== 'none') throw problem('complaint-exists', 'conflict', 'الشكوى مسجلة من قبل', 'The complaint is already on file');
  const at = now.toISOString();
  const routing = routeComplaint(input.safeguarding, input.concerns);
  const filed: EventDataMap['ComplaintFiled'] = {
    complaintId: input.complaintId,
    reference: input.reference,
    channel: input.channel,
    categoryId: input.categoryId,
    priority: input.priority,
    safeguarding: input.safeguarding,
    concerns: input.concerns,
    serviceId: input.serviceId,
    department: input.department,
    text: input.text,
    anonymous: input.anonymous,
    complainant: input.anonymous ? null : input.complainant,
    filedBy: input.filedBy,
    filedAt: at,
    routing,
    ratingCodeHash: input.ratingCodeHash,
  };
  const acknowledged: EventDataMap['ComplaintAcknowledged'] = {
    complaintId: input.complaintId,
    reference: input.reference,
    acknowledgedAt: at,
    acknowledgeBy: input.acknowledgeBy,
    resolveBy: input.resolveBy,
  };
  const escalated: EventDataMap['ComplaintEscalated'] | null =
    routing === 'general'
      ? null
      : { complaintId: input.complaintId, to: 'executive-director', reason: routing === 'safeguarding' ? 'safeguarding' : 'staff-remark', escalatedAt: at };
  return { filed, acknowledged, escalated };
}

const OPEN: readonly ComplaintStatus[] = ['acknowledged', 'assigned', 'under-investigation'];
const mustExist = (state: ComplaintState): void => {
  if (state.status === 'none') throw complaintNotFound();
};

export function assignComplaint(state: ComplaintState, assignee: string, by: string, now: Date): EventDataMap['ComplaintAssigned'] | null {
  mustExist(state);
  if (!OPEN.includes(state.status)) throw problem('complaint-not-open', 'conflict', 'الشكوى ليست مفتوحة', 'The complaint is not open', 'assignee');
  if (state.assignee === assignee) return null;
  return { complaintId: state.filed!.complaintId, assignee, assignedBy: by, assignedAt: now.toISOString() };
}

/** Only the assignee (or the executive director) investigates and answers. */
function mustHandle(state: ComplaintState, by: string, isDirector: boolean): void {
  if (!isDirector && state.assignee !== by)
    throw problem('complaint-not-yours', 'forbidden', 'الشكوى مسندة إلى موظف آخر', 'The complaint is assigned to someone else');
}

export function startInvestigation(state: ComplaintState, by: string, isDirector: boolean, now: Date): EventDataMap['ComplaintInvestigationStarted'] | null {
  mustExist(state);
  if (state.status === 'under-investigation') return null;
  if (state.status !== 'assigned')
    throw problem('complaint-not-assigned', 'conflict', 'أسند الشكوى قبل التحقيق فيها', 'Assign the complaint before investigating it');
  mustHandle(state, by, isDirector);
  return { complaintId: state.filed!.complaintId, by, startedAt: now.toISOString() };
}

/** Resolved, with the answer the complainant is told; late when after its deadline by the instants (ADR 0016). */
export function resolveComplaint(state: ComplaintState, response: Bilingual, by: string, isDirector: boolean, now: Date): EventDataMap['ComplaintResolved'] {
  mustExist(state);
  if (state.status !== 'under-investigation')
    throw problem('complaint-not-investigated', 'conflict', 'لا تُحل الشكوى قبل التحقيق فيها', 'A complaint is resolved after its investigation');
  mustHandle(state, by, isDirector);
  return {
    complaintId: state.filed!.complaintId,
    response,
    resolvedBy: by,
    resolvedAt: now.toISOString(),
    round: state.round,
    late: state.resolveBy !== null && now.getTime() > Date.parse(state.resolveBy),
  };
}

export function closeComplaint(state: ComplaintState, by: string, now: Date): EventDataMap['ComplaintClosed'] | null {
  mustExist(state);
  if (state.status === 'closed') return null;
  if (state.status !== 'resolved') throw problem('complaint-not-resolved', 'conflict', 'لا تُغلق الشكوى قبل حلها', 'A complaint is closed once resolved');
  return { complaintId: state.filed!.complaintId, closedBy: by, closedAt: now.toISOString() };
}

/** Reopened within the policy's period after its resolution (resolved or closed); a new round with its own deadline. */
export function reopenComplaint(
  state: ComplaintState,
  reason: string,
  by: string,
  reopenWithinDays: number,
  resolveBy: string,
  now: Date,
): EventDataMap['ComplaintReopened'] {
  mustExist(state);
  if (state.status !== 'resolved' && state.status !== 'closed')
    throw problem('complaint-not-resolved', 'conflict', 'الشكوى لم تُحل بعد', 'The complaint has not been resolved');
  if (now.getTime() > Date.parse(state.resolvedAt!) + reopenWithinDays * 86_400_000) {
    throw problem(
      'complaint-reopen-period-over',
      'conflict',
      `انقضت مدة إعادة الفتح (${reopenWithinDays} يومًا من الحل)`,
      `The reopening period is over (${reopenWithinDays} days from the resolution)`,
    );
  }
  return { complaintId: state.filed!.complaintId, reason, reopenedBy: by, reopenedAt: now.toISOString(), round: state.round + 1, resolveBy };
}

/** The complainant rates the handling once, with the single-use code given at acknowledgement, after the resolution. */
export function rateComplaint(state: ComplaintState, codeHash: string, rating: number, comment: string | null, now: Date): EventDataMap['ComplaintRated'] {
  // A wrong code answers like a missing complaint: a reference alone reveals nothing.
  if (state.status === 'none' || codeHash !== state.filed!.ratingCodeHash) throw complaintNotFound();
  if (state.rating !== null) throw problem('complaint-already-rated', 'conflict', 'قُيّمت الشكوى من قبل', 'The complaint has already been rated');
  if (state.status !== 'resolved' && state.status !== 'closed')
    throw problem('complaint-not-resolved', 'conflict', 'تُقيَّم الشكوى بعد حلها', 'A complaint is rated once resolved', 'rating');
  return { complaintId: state.filed!.complaintId, rating, comment, ratedAt: now.toISOString() };
}

/** A reminder at a point of the round's window, once, unless resolved meanwhile. */
export function remindHandler(
  state: ComplaintState,
  round: number,
  percent: number,
  atRisk: boolean,
  firedAt: Date,
): EventDataMap['ComplaintReminderSent'] | null {
  if (!OPEN.includes(state.status) || state.round !== round || state.remindedPercents.includes(percent)) return null;
  return { complaintId: state.filed!.complaintId, round, percent, atRisk, firedAt: firedAt.toISOString() };
}

/**
 * At the deadline: breached when, by the instants, the round was not resolved at or before `resolveBy`
 * (ADR 0016; a late timer decides the same), then escalated to the executive director. Once per round.
 */
export function breachServiceLevel(state: ComplaintState, round: number, firedAt: Date) {
  if (state.status === 'none' || state.round !== round || !state.resolveBy) return { breached: false, events: null };
  if (state.breachedRounds.includes(round)) return { breached: true, events: null };
  const deadline = Date.parse(state.resolveBy);
  const resolvedInTime = state.resolvedAt !== null && Date.parse(state.resolvedAt) <= deadline;
  if (resolvedInTime || firedAt.getTime() < deadline) return { breached: false, events: null };
  const at = new Date(Math.max(firedAt.getTime(), deadline)).toISOString();
  const complaintId = state.filed!.complaintId;
  return {
    breached: true,
    events: {
      breach: { complaintId, round, resolveBy: state.resolveBy, breachedAt: at } satisfies EventDataMap['ComplaintServiceLevelBreached'],
      escalation: { complaintId, to: 'executive-director' as const, reason: 'breach' as const, escalatedAt: at } satisfies EventDataMap['ComplaintEscalated'],
    },
  };
}

/** Joined to a general issue once (by the policy's threshold or marked by staff); a confidential complaint never goes to the board. */
export function markGeneral(state: ComplaintState, issueId: string, by: string, now: Date): EventDataMap['ComplaintMarkedGeneral'] | null {
  mustExist(state);
  if (state.filed!.routing !== 'general') {
    throw problem(
      'complaint-confidential',
      'conflict',
      'شكوى سرية أو عن موظف لا تُعرض على مجلس الإدارة',
      'A confidential complaint or a remark about staff does not go to the board',
    );
  }
  if (state.issueId !== null) return null;
  return { complaintId: state.filed!.complaintId, issueId, markedBy: by, markedAt: now.toISOString() };
}
