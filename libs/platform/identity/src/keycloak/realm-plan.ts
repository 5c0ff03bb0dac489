import type { Role } from '../roles';

/** What provisioning as code makes of one realm (docs/adr/0033). Plain data: built from the tenant policies. */
export interface RealmPlan {
  realm: string;
  displayName: string;
  /** Seconds an access token lives (the services accept it that long; docs/adr/0033). */
  accessTokenLifespan: number;
  /** The console's sign-in redirect addresses (authorization code + PKCE, public client). */
  consoleRedirectUris: string[];
  /** One confidential client per service (client credentials for service-to-service calls). */
  serviceClients: string[];
  /**
   * A public client with the password grant (direct access grants) for automated tests only: never
   * in the demo or a hosted realm.
   */
  testClient: boolean;
  /** Test realms only: fewer password-hash iterations, so signing test users in stays quick. */
  passwordHashIterations?: number;
  associations: AssociationPlan[];
}

export interface AssociationPlan {
  tenantId: string;
  name: { ar: string; en: string };
  users: UserPlan[];
}

export interface UserPlan {
  /**
   * The user id a policy names (committee members: the committee policy lists them by user id), which
   * becomes the token's subject (user attribute athar_user_id); Keycloak's own id otherwise.
   */
  id?: string;
  username: string;
  firstName: string;
  lastName: string;
  email: string;
  roles: Role[];
  password: string;
}

export const ATHAR_REALM = 'athar';
export const CONSOLE_CLIENT_ID = 'athar-console';
export const TEST_CLIENT_ID = 'athar-test';
/** The audience every service accepts (ATHAR_JWT_AUDIENCE's default). */
export const API_AUDIENCE = 'athar-api';
/** Access tokens live 5 minutes: a deactivated account loses access at most that long after (docs/adr/0033). */
export const ACCESS_TOKEN_LIFESPAN_SECONDS = 300;
/** Local demo only, printed by npm start; a hosted realm has no such password (docs/adr/0033). */
export const DEMO_PASSWORD = 'athar-demo-2026';
export const SERVICE_CLIENTS = ['intake', 'eligibility', 'committee-review', 'partner-allocation', 'feedback'].map((s) => `athar-${s}`);

/** The staff roles each demo association gets one account for, besides its committee members. */
export const DEMO_STAFF_ROLES: Role[] = [
  'relations-officer',
  'social-researcher',
  'services-officer',
  'empowerment-team',
  'executive-director',
  'board-member',
  'tenant-admin',
  'auditor',
  'partner-applicant',
];

/** The part of a tenant policy that provisioning reads (structurally a TenantPolicy of @athar/tenancy). */
export interface PolicyForIdentity {
  tenantId: string;
  name: { ar: string; en: string };
  committeeReview: { committees: Array<{ members: Array<{ userId: string; name: { ar: string; en: string }; role: 'chair' | 'member' | 'secretary' }> }> };
}

const COMMITTEE_ROLE: Record<'chair' | 'member' | 'secretary', Role> = {
  chair: 'committee-chair',
  member: 'committee-member',
  secretary: 'committee-member',
};

/** One association's demo accounts: its committee members as the policy names them, one per staff role. */
export function demoAssociation(policy: PolicyForIdentity, password = DEMO_PASSWORD): AssociationPlan {
  const lastName = personName(policy.name.en);
  const email = (local: string) => `${local}@${policy.tenantId}.athar.local`;
  const users: UserPlan[] = [];
  for (const committee of policy.committeeReview.committees) {
    for (const member of committee.members) {
      if (users.some((u) => u.id === member.userId)) continue;
      users.push({
        id: member.userId,
        username: member.userId,
        firstName: personName(member.name.en),
        lastName,
        email: email(member.userId),
        roles: [COMMITTEE_ROLE[member.role]],
        password,
      });
    }
  }
  for (const role of DEMO_STAFF_ROLES) {
    const username = `${policy.tenantId}-${role}`;
    users.push({ username, firstName: personName(role), lastName, email: email(username), roles: [role], password });
  }
  return { tenantId: policy.tenantId, name: policy.name, users };
}

export function demoRealmPlan(policies: PolicyForIdentity[], consoleUrl = 'http://127.0.0.1:4200'): RealmPlan {
  return {
    realm: ATHAR_REALM,
    displayName: 'Athar أثر',
    accessTokenLifespan: ACCESS_TOKEN_LIFESPAN_SECONDS,
    consoleRedirectUris: [`${consoleUrl}/*`],
    serviceClients: SERVICE_CLIENTS,
    testClient: false,
    associations: policies.map((p) => demoAssociation(p)),
  };
}

/** Keycloak's person-name check refuses brackets, quotes and the like: keep letters, marks, digits, spaces, dots and dashes. */
export function personName(text: string): string {
  return (
    text
      .replace(/[^\p{L}\p{M}\p{N} .-]+/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 255) || 'Athar'
  );
}
