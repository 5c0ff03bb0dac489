import { loadTenantPolicies, TenantRegistry } from '@athar/tenancy';
import type { Principal } from '@athar/identity';
import type { ReviewReader } from '../read/review-reader';
import { GetReviewHandler } from './get-review.handler';
import { GetReviewQuery } from './get-review.query';

// The console's voting form offers the reasons GET /reviews/{caseId} names: exactly the tenant's own
// (policy committeeReview.reasons), which is what POST /reviews/{caseId}/votes accepts as reasonId.
describe('GetReviewHandler', () => {
  const tenants = new TenantRegistry(loadTenantPolicies());
  const reader = {
    snapshot: async () => ({
      state: { status: 'open', round: 1, deadline: '2030-01-01T00:00:00.000Z', breached: false, escalated: false, votes: [], recused: [] },
      revision: 3,
    }),
  } as unknown as ReviewReader;
  const principal = (tenantId: string) => ({ tenantId, userId: `${tenantId}-chair`, roles: ['committee-chair'] }) as unknown as Principal;

  it.each(['tuwaiq', 'general-assembly-002'])("names the %s tenant's reasons for each way of voting", async (tenantId) => {
    const review = await new GetReviewHandler(reader, tenants).execute(new GetReviewQuery(principal(tenantId), 'c0ffee00-0000-4000-8000-000000000000'));
    expect(review.reasonChoices).toEqual(tenants.get(tenantId).committeeReview.reasons);
    expect(review.reasonChoices.reject.map((r) => r.id)).toContain('conditions-not-met');
    expect(review.reasonChoices.accept.every((r) => r.text.ar.length > 0 && r.text.en.length > 0)).toBe(true);
  });
});
