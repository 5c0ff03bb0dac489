import { DomainError, type FieldProblem, type ReachRecordedV1 } from '@athar/contracts';
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
 * counted, per content item and channel over a period, and no personal record is kept.
 */
export function recordReach(command: RecordReach, terms: Pick<IntakeTerms, 'channels' | 'services'>, now: Date): ReachRecordedV1 {
  const problems: FieldProblem[] = [];
  const service = terms.services.find((s) => s.id === command.serviceId);
  if (!service || service.beneficiaryType !== 'indirect') {
    problems.push({ field: 'serviceId', reasons: [{ ar: 'ليست خدمة للمستفيد غير المباشر لدى الجمعية', en: 'not an indirect-beneficiary service of this association' }] });
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
  return {
    contentItemId: command.contentItemId,
    serviceId: command.serviceId,
    channel: command.channel,
    count: command.count,
    periodStart: command.periodStart.toISOString(),
    periodEnd: command.periodEnd.toISOString(),
  };
}
