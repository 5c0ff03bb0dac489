import { UnprocessableEntityException } from '@nestjs/common';
import type { Principal } from '@athar/identity';
import type { FiguresPeriodQuery } from './case-figures.dto';

/** The tenant's cases by stage and channel, received in the period. */
export class GetCasesByStageQuery {
  constructor(
    readonly principal: Principal,
    readonly period: FiguresPeriodQuery,
  ) {}
}

/** The time from submission to the first decision against the review window, for decisions made in the period. */
export class GetTimeToDecisionQuery {
  constructor(
    readonly principal: Principal,
    readonly period: FiguresPeriodQuery,
  ) {}
}

/** The bounds as instants; `to` not after `from` is refused on `to` with reasons in Arabic and English. */
export function periodOf(period: FiguresPeriodQuery): { from: Date | null; to: Date | null } {
  const from = period.from ? new Date(period.from) : null;
  const to = period.to ? new Date(period.to) : null;
  if (from && to && to.getTime() <= from.getTime()) {
    throw new UnprocessableEntityException({
      code: 'validation-failed',
      message: { ar: 'البيانات المرسلة غير صحيحة', en: 'The request has invalid fields' },
      fields: [{ field: 'to', reasons: [{ ar: 'يجب أن تكون نهاية المدة بعد بدايتها', en: 'must be after from' }] }],
    });
  }
  return { from, to };
}

/** `{ field: { $gte, $lt } }` for the bounds given. */
export function rangeOn(field: string, { from, to }: { from: Date | null; to: Date | null }): Record<string, unknown> {
  if (!from && !to) return {};
  return { [field]: { ...(from ? { $gte: from } : {}), ...(to ? { $lt: to } : {}) } };
}
