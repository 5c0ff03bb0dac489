import { condition, proxyActivities, setHandler, sleep, upsertSearchAttributes } from '@temporalio/workflow';
import { surveyAnsweredSignal, type SatisfactionSurveyActivities, type SatisfactionSurveyInput, type SurveyStanding } from './definitions';
import { STAGE } from '../search-attributes';

const { sendSurveyInvitation, remindSurvey, closeSurvey } = proxyActivities<SatisfactionSurveyActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', backoffCoefficient: 2 },
});

/**
 * A satisfaction survey's timeline (docs/adr/0041): the invitation at once, one reminder at remindAt
 * unless answered, the link closed at closesAt unless answered. The deciders judge the instants, so a
 * late timer or a missed signal decides the same way; the answered signal only ends the waiting early.
 */
export async function satisfactionSurveyTimeline(input: SatisfactionSurveyInput): Promise<'answered' | 'closed'> {
  let standing: SurveyStanding = 'open';
  setHandler(surveyAnsweredSignal, () => {
    standing = 'answered';
  });
  const ids = { tenantId: input.tenantId, surveyId: input.surveyId };
  const firedAt = (): string => new Date(Date.now()).toISOString();
  const waitUntil = async (instant: string): Promise<void> => {
    const remainingMs = Date.parse(instant) - Date.now();
    if (remainingMs > 0) await condition(() => standing !== 'open', remainingMs);
    else await sleep(1000);
  };

  const sent = await sendSurveyInvitation(ids);
  if (standing === 'open') standing = sent;
  if (standing !== 'open') return standing === 'answered' ? 'answered' : 'closed';

  await waitUntil(input.remindAt);
  if (standing === 'open') {
    const reminded = await remindSurvey({ ...ids, firedAt: firedAt() });
    if (standing === 'open') standing = reminded;
    upsertSearchAttributes([{ key: STAGE, value: 'reminded' }]);
  }
  while (standing === 'open') {
    await waitUntil(input.closesAt);
    if (standing !== 'open') break;
    standing = await closeSurvey({ ...ids, firedAt: firedAt() });
  }
  upsertSearchAttributes([{ key: STAGE, value: standing === 'answered' ? 'answered' : 'closed' }]);
  return standing === 'answered' ? 'answered' : 'closed';
}
