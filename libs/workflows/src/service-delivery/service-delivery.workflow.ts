import { proxyActivities, sleep, upsertSearchAttributes } from '@temporalio/workflow';
import { STAGE } from '../search-attributes';
import type { ServiceDeliveryActivities, ServiceDeliveryInput } from './definitions';

const { recordServiceDeliveryEnd } = proxyActivities<ServiceDeliveryActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', backoffCoefficient: 2 },
});

/**
 * The service is delivered until the programme's end; at that instant ServiceDeliveryEnded is recorded,
 * the event the feedback service measures satisfaction from (common step 7; Tuwaiq 2-2).
 */
export async function serviceDelivery(input: ServiceDeliveryInput): Promise<'ended'> {
  const remainingMs = Date.parse(input.endsOn) - Date.now();
  if (remainingMs > 0) await sleep(remainingMs);
  await recordServiceDeliveryEnd({ tenantId: input.tenantId, caseId: input.caseId, firedAt: new Date(Date.now()).toISOString() });
  upsertSearchAttributes([{ key: STAGE, value: 'delivered' }]);
  return 'ended';
}
