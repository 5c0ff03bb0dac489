import { CONSOLE_CLIENT_ID, DEMO_PASSWORD, realmUrls, type RealmPlan } from '@athar/identity';

/** What npm start prints about sign-in: where, and the demo accounts of each association. */
export function describeDemoRealm(baseUrl: string, plan: RealmPlan): string {
  const urls = realmUrls(baseUrl, plan.realm);
  const lines = [
    `Keycloak admin console: ${baseUrl}/admin/ (admin / admin, this machine only)`,
    `Sign-in (realm ${plan.realm}): ${urls.account}  · console client ${CONSOLE_CLIENT_ID}, authorization code + PKCE at ${urls.auth}`,
    `Demo accounts, password ${DEMO_PASSWORD}:`,
  ];
  for (const association of plan.associations) {
    lines.push(`  ${association.tenantId} (${association.name.en}):`);
    for (const user of association.users) lines.push(`    ${user.username.padEnd(42)} ${user.roles.join(', ')}`);
  }
  return lines.join('\n');
}
