// `npm run identity:provision`: the demo realm `athar` in Keycloak from the tenant policy files, one
// Organization per association, its staff and committee members (docs/adr/0033), then what staff
// accounts and applicant sign-in need (docs/adr/0034): intake's client may manage users and use the
// password grant, the TOTP browser flow, the athar_subject claim, the realm's mail server. Idempotent.
import { demoRealmPlan, KeycloakAdmin, keycloakConnectionFromEnv, provisionAccounts, provisionRealm, smtpPlanFromEnv } from '@athar/identity';
import { loadTenantPolicies } from '@athar/tenancy';
import { describeDemoRealm } from './describe';

async function main(): Promise<void> {
  const connection = keycloakConnectionFromEnv();
  // the local demo realm also gets the password-grant client, for `npm run token` (never a hosted realm: docs/adr/0033)
  const plan = { ...demoRealmPlan(loadTenantPolicies(), process.env.ATHAR_CONSOLE_URL), testClient: true };
  const started = Date.now();
  const admin = new KeycloakAdmin(connection);
  await provisionRealm(admin, plan);
  await provisionAccounts(admin, plan.realm, { smtp: smtpPlanFromEnv() });
  console.log(`realm ${plan.realm} provisioned in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(describeDemoRealm(connection.baseUrl, plan));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
