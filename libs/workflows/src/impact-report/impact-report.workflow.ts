import { condition, proxyActivities, setHandler, sleep, upsertSearchAttributes } from '@temporalio/workflow';
import {
  impactReportAgreementClosedSignal,
  impactReportSubmittedSignal,
  type ImpactReportTimelineActivities,
  type ImpactReportTimelineInput,
  type ReportOutcome,
  type ReportStanding,
} from './definitions';
import { DEADLINE, STAGE } from '../search-attributes';

const { remindImpactReport, escalateOverdueImpactReport } = proxyActivities<ImpactReportTimelineActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', backoffCoefficient: 2 },
});

/**
 * One impact report's dates (Tuwaiq, partner allocation 5; docs/adr/0040): a separate workflow per
 * agreement and period, so the agreement's own workflow (partnerAgreementTimeline) and its running
 * histories are untouched. It sleeps until the reminder, then until the due date plus grace, where an
 * unanswered report is escalated; an overdue report's workflow stays open, Stage "report-overdue", until
 * the report comes in. The deciders judge the instants (the activities only ask them), so a late timer
 * or a lost signal decides the same way.
 */
export async function impactReportTimeline(input: ImpactReportTimelineInput): Promise<ReportOutcome> {
  let standing: ReportStanding = 'owed';
  let closed = false;
  setHandler(impactReportSubmittedSignal, () => {
    standing = 'submitted';
  });
  setHandler(impactReportAgreementClosedSignal, () => {
    closed = true;
  });
  const ids = { tenantId: input.tenantId, agreementId: input.agreementId, period: input.period };
  const firedAt = (): string => new Date(Date.now()).toISOString();
  const finish = (result: ReportStanding): ReportStanding => {
    upsertSearchAttributes([{ key: STAGE, value: result === 'submitted' ? 'report-submitted' : 'report-not-owed' }]);
    return result;
  };
  /** Sleeps until the instant, woken early by a report or a termination; a decider that found it not yet reached is asked again a moment later. */
  const until = async (instant: string, ask: () => Promise<ReportStanding>): Promise<ReportStanding> => {
    for (;;) {
      const remainingMs = Date.parse(instant) - Date.now();
      if (remainingMs > 0) await condition(() => standing === 'submitted' || closed, remainingMs);
      if (standing === 'submitted') return 'submitted';
      const now = await ask();
      if (now !== 'owed' || Date.now() >= Date.parse(instant)) return now;
      if (closed) closed = false; // still owed after the termination: keep waiting
      await sleep(1000);
    }
  };

  upsertSearchAttributes([
    { key: STAGE, value: 'report-due' },
    { key: DEADLINE, value: new Date(input.overdueAt) },
  ]);
  standing = await until(input.remindAt, () => remindImpactReport({ ...ids, firedAt: firedAt() }));
  if (standing !== 'owed') return finish(standing);
  standing = await until(input.overdueAt, () => escalateOverdueImpactReport({ ...ids, firedAt: firedAt() }));
  if (standing !== 'owed') return finish(standing);
  upsertSearchAttributes([{ key: STAGE, value: 'report-overdue' }]);
  // Escalated: open until the report is in (a signal), the agreement's termination leaves it not owed,
  // or reporting closes without it (the last due date plus grace): then it is missing, and not listed as overdue.
  for (;;) {
    const woken = () => (standing as ReportStanding) === 'submitted' || closed;
    const closesInMs = input.reportingClosesAt === undefined ? null : Date.parse(input.reportingClosesAt) - Date.now();
    const signalled = closesInMs === null ? (await condition(woken), true) : closesInMs > 0 ? await condition(woken, closesInMs) : woken();
    if ((standing as ReportStanding) === 'submitted') return finish('submitted');
    if (!signalled) {
      upsertSearchAttributes([{ key: STAGE, value: 'report-missing' }]);
      return 'missing';
    }
    closed = false;
    const now = await escalateOverdueImpactReport({ ...ids, firedAt: firedAt() });
    if (now !== 'owed') return finish(now);
  }
}
