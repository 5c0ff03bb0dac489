import { DomainError, type Bilingual, type DomainEvent, type FieldProblem, type ReachCorrectedV1, type ReachRecordedV1 } from '@athar/contracts';
import type { IntakeTerms } from './submit-application';

export interface RecordReach {
  contentItemId: string;
  serviceId: string;
  channel: ReachRecordedV1['channel'];
  count: number;
  periodStart: Date;
  periodEnd: Date;
}

/**
 * Indirect beneficiaries benefit from publications, products and content (Tuwaiq 2-2): they are
 * counted, per content item and channel over a period, and no personal record is kept. One figure per
 * item, channel and period: recording it again is refused (409) and points to the correction.
 */
export function recordReach(
  command: RecordReach,
  terms: Pick<IntakeTerms, 'channels' | 'services'>,
  now: Date,
  /** The content item's figures as they stand (its state): one already standing for the same channel and period is refused. */
  figures: ReachState,
): ReachRecordedV1 {
  const problems: FieldProblem[] = [];
  const service = terms.services.find((s) => s.id === command.serviceId);
  if (!service || service.beneficiaryType !== 'indirect') {
    problems.push({
      field: 'serviceId',
      reasons: [{ ar: 'ليست خدمة للمستفيد غير المباشر لدى الجمعية', en: 'not an indirect-beneficiary service of this association' }],
    });
  }
  if (!terms.channels.includes(command.channel)) {
    problems.push({ field: 'channel', reasons: [{ ar: 'القناة لا تقدمها الجمعية', en: 'channel not offered by this association' }] });
  }
  if (command.periodEnd.getTime() <= command.periodStart.getTime()) {
    problems.push({ field: 'periodEnd', reasons: [{ ar: 'نهاية الفترة قبل بدايتها', en: 'the period ends before it starts' }] });
  }
  if (command.periodEnd.getTime() > now.getTime()) {
    problems.push({ field: 'periodEnd', reasons: [{ ar: 'لا يُسجل وصول لفترة لم تنته', en: 'reach cannot be recorded for a period not yet over' }] });
  }
  if (problems.length > 0) throw new DomainError('reach-refused', 'invalid', { ar: 'تعذر تسجيل الوصول', en: 'The reach cannot be recorded' }, problems);
  const standing = figures.get(figureKey(command.channel, command.periodStart.toISOString(), command.periodEnd.toISOString()));
  if (standing) {
    // A figure is a value for its item, channel and period: a second one would count the same people twice.
    throw new DomainError(
      'reach-already-recorded',
      'conflict',
      {
        ar: `سُجل رقم الوصول لهذا المحتوى والقناة والفترة (${standing.count})؛ لتغييره صحّحه عبر ${REACH_CORRECTION_ROUTE} مع السبب`,
        en: `A reach figure (${standing.count}) is already recorded for this item, channel and period; to change it, correct it with ${REACH_CORRECTION_ROUTE}, giving the reason`,
      },
      [
        {
          field: 'periodStart',
          reasons: [
            {
              ar: `الرقم القائم ${standing.count}، سجله ${standing.recordedBy} في ${standing.recordedAt}`,
              en: `the standing figure is ${standing.count}, recorded by ${standing.recordedBy} at ${standing.recordedAt}`,
            },
          ],
        },
      ],
    );
  }
  return {
    contentItemId: command.contentItemId,
    serviceId: command.serviceId,
    channel: command.channel,
    count: command.count,
    periodStart: command.periodStart.toISOString(),
    periodEnd: command.periodEnd.toISOString(),
  };
}

/** Where a standing figure is corrected (409 answers name it). */
export const REACH_CORRECTION_ROUTE = 'POST /reach/corrections';

/** A fact of a content item's reach stream, with who recorded it and when (the envelope's). */
export type ReachFact = DomainEvent<'ReachRecorded' | 'ReachCorrected'> & { recordedAt: string; actor: { id: string } };

export interface ReachCorrection {
  from: number;
  to: number;
  /** Null for a figure recorded twice before corrections existed: the later one replaced it, without a reason. */
  reason: string | null;
  by: string;
  at: string;
}

/** One figure: the reach of a content item on a channel over a period, as it stands, with its corrections. */
export interface ReachFigure {
  contentItemId: string;
  serviceId: string;
  channel: ReachRecordedV1['channel'];
  periodStart: string;
  periodEnd: string;
  count: number;
  recordedBy: string;
  recordedAt: string;
  corrections: ReachCorrection[];
}

export const figureKey = (channel: string, periodStart: string, periodEnd: string): string =>
  `${channel}|${new Date(periodStart).toISOString()}|${new Date(periodEnd).toISOString()}`;

/**
 * A content item's figures as they stand: each (channel, period) is one value, replaced by a correction,
 * never added to. A figure recorded twice before this rule (two ReachRecorded) reads as replaced by the
 * later one, so old data is not double-counted either.
 */
export function reachFigures(history: readonly ReachFact[]): Map<string, ReachFigure> {
  return new Map(history.reduce(evolveReach, initialReachState));
}

/** A content item's state: its figures by channel and period (figureKey). */
export type ReachState = ReadonlyMap<string, ReachFigure>;

export const initialReachState: ReachState = new Map();

/** One fact of a content item's stream applied to its figures (a new map; the given one is left as it was). */
export function evolveReach(state: ReachState, event: ReachFact): ReachState {
  const figures = new Map(state);
  if (event.type === 'ReachRecorded') {
    const { data } = event;
    const key = figureKey(data.channel, data.periodStart, data.periodEnd);
    const known = figures.get(key);
    if (known) {
      figures.set(key, {
        ...known,
        count: data.count,
        corrections: [...known.corrections, { from: known.count, to: data.count, reason: null, by: event.actor.id, at: event.recordedAt }],
      });
    } else {
      figures.set(key, { ...data, recordedBy: event.actor.id, recordedAt: event.recordedAt, corrections: [] });
    }
  }
  if (event.type === 'ReachCorrected') {
    const { data } = event;
    const key = figureKey(data.channel, data.periodStart, data.periodEnd);
    const known = figures.get(key);
    if (known)
      figures.set(key, {
        ...known,
        count: data.count,
        corrections: [...known.corrections, { from: data.previousCount, to: data.count, reason: data.reason, by: data.correctedBy, at: data.correctedAt }],
      });
  }
  return figures;
}

export interface CorrectReach {
  contentItemId: string;
  channel: ReachRecordedV1['channel'];
  periodStart: Date;
  periodEnd: Date;
  count: number;
  reason: string;
  correctedBy: string;
}

/**
 * Replaces a standing figure with the corrected count, always with a reason (who and when are kept).
 * No figure for the item, channel and period: 404; a correction that changes nothing: 409.
 */
export function correctReach(figures: ReachState, command: CorrectReach, now: Date): ReachCorrectedV1 {
  const periodStart = command.periodStart.toISOString();
  const periodEnd = command.periodEnd.toISOString();
  const standing = figures.get(figureKey(command.channel, periodStart, periodEnd));
  if (!standing) {
    throw new DomainError('reach-figure-not-found', 'not-found', {
      ar: 'لا يوجد رقم وصول مسجل لهذا المحتوى والقناة والفترة',
      en: 'No reach figure is recorded for this item, channel and period',
    });
  }
  const reason = command.reason.trim();
  if (reason.length < 10) {
    const why: Bilingual = { ar: 'اذكر سبب التصحيح (10 أحرف على الأقل)', en: 'state why the figure is corrected (at least 10 characters)' };
    throw new DomainError('correction-reason-required', 'invalid', { ar: 'سبب التصحيح مطلوب', en: 'A correction needs a reason' }, [
      { field: 'reason', reasons: [why] },
    ]);
  }
  if (standing.count === command.count) {
    throw new DomainError('correction-changes-nothing', 'conflict', {
      ar: `الرقم القائم هو نفسه: ${standing.count}`,
      en: `The figure already is ${standing.count}`,
    });
  }
  return {
    contentItemId: command.contentItemId,
    serviceId: standing.serviceId,
    channel: command.channel,
    periodStart,
    periodEnd,
    count: command.count,
    previousCount: standing.count,
    reason,
    correctedBy: command.correctedBy,
    correctedAt: now.toISOString(),
  };
}
