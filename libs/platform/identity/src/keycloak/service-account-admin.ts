import { KeycloakAdmin, KeycloakError, realmUrls } from './keycloak-admin';

/** How a service reaches its realm's admin API with its own confidential client (docs/adr/0034). */
export interface ServiceAccountConnection {
  /** e.g. http://127.0.0.1:18080 (no trailing slash). */
  baseUrl: string;
  realm: string;
  clientId: string;
  clientSecret: string;
}

/**
 * The service's client (`athar-intake`) and its secret from ATHAR_KEYCLOAK_URL, ATHAR_KEYCLOAK_REALM,
 * ATHAR_KEYCLOAK_CLIENT_ID and ATHAR_KEYCLOAK_CLIENT_SECRET; undefined without a secret (the staff API
 * then answers 503 and the revocation check is off: dev-issued tokens have no account to check).
 */
export function serviceAccountFromEnv(env: NodeJS.ProcessEnv = process.env, defaultClientId = 'athar-intake'): ServiceAccountConnection | undefined {
  const clientSecret = env.ATHAR_KEYCLOAK_CLIENT_SECRET;
  if (!clientSecret) return undefined;
  return {
    baseUrl: (env.ATHAR_KEYCLOAK_URL ?? 'http://127.0.0.1:18080').replace(/\/+$/, ''),
    realm: env.ATHAR_KEYCLOAK_REALM ?? 'athar',
    clientId: env.ATHAR_KEYCLOAK_CLIENT_ID ?? defaultClientId,
    clientSecret,
  };
}

/**
 * The admin REST API as a service's own service account (client credentials), not as the master
 * realm's administrator: it may do only what its realm-management roles allow (manage-users,
 * view-users, query-users; provisioning grants them to `athar-intake` only).
 */
export class ServiceAccountAdmin extends KeycloakAdmin {
  private serviceToken: { value: string; renewAt: number } | undefined;

  constructor(readonly account: ServiceAccountConnection) {
    super({ baseUrl: account.baseUrl, adminUser: '', adminPassword: '' });
  }

  get realmPath(): string {
    return `/${encodeURIComponent(this.account.realm)}`;
  }

  get urls() {
    return realmUrls(this.account.baseUrl, this.account.realm);
  }

  protected override async adminToken(): Promise<string> {
    if (this.serviceToken && Date.now() < this.serviceToken.renewAt) return this.serviceToken.value;
    const response = await fetch(this.urls.token, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'client_credentials', client_id: this.account.clientId, client_secret: this.account.clientSecret }),
      signal: AbortSignal.timeout(30_000),
    });
    if (!response.ok) throw new KeycloakError(response.status, 'POST', `${this.account.realm} client credentials`, await response.text());
    const body = (await response.json()) as { access_token: string; expires_in: number };
    this.serviceToken = { value: body.access_token, renewAt: Date.now() + Math.max(5, body.expires_in - 15) * 1000 };
    return body.access_token;
  }
}
