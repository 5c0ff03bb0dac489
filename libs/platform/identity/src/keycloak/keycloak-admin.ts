/**
 * A thin client of Keycloak's admin REST API (https://www.keycloak.org/docs-api/latest/rest-api/):
 * only the calls that provisioning as code needs (docs/adr/0033). The admin token comes from the
 * master realm's admin-cli client and is renewed before it runs out.
 */
export interface KeycloakConnection {
  /** e.g. http://127.0.0.1:18080 (no trailing slash, no /realms). */
  baseUrl: string;
  adminUser: string;
  adminPassword: string;
}

export class KeycloakError extends Error {
  constructor(
    readonly status: number,
    readonly method: string,
    readonly path: string,
    readonly body: string,
  ) {
    super(`Keycloak ${method} ${path} answered ${status}: ${body.slice(0, 500)}`);
    this.name = 'KeycloakError';
  }
}

export function keycloakConnectionFromEnv(env: NodeJS.ProcessEnv = process.env): KeycloakConnection {
  return {
    baseUrl: (env.ATHAR_KEYCLOAK_URL ?? 'http://127.0.0.1:18080').replace(/\/+$/, ''),
    adminUser: env.ATHAR_KEYCLOAK_ADMIN_USER ?? 'admin',
    adminPassword: env.ATHAR_KEYCLOAK_ADMIN_PASSWORD ?? 'admin',
  };
}

/** The OpenID Connect addresses of a realm. */
export function realmUrls(baseUrl: string, realm: string) {
  const issuer = `${baseUrl}/realms/${encodeURIComponent(realm)}`;
  return {
    issuer,
    jwks: `${issuer}/protocol/openid-connect/certs`,
    token: `${issuer}/protocol/openid-connect/token`,
    account: `${issuer}/account`,
    auth: `${issuer}/protocol/openid-connect/auth`,
  };
}

export class KeycloakAdmin {
  private token: { value: string; renewAt: number } | undefined;

  constructor(readonly connection: KeycloakConnection) {}

  protected async adminToken(): Promise<string> {
    if (this.token && Date.now() < this.token.renewAt) return this.token.value;
    const response = await fetch(realmUrls(this.connection.baseUrl, 'master').token, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'password',
        client_id: 'admin-cli',
        username: this.connection.adminUser,
        password: this.connection.adminPassword,
      }),
      signal: AbortSignal.timeout(30_000),
    });
    if (!response.ok) throw new KeycloakError(response.status, 'POST', 'master token', await response.text());
    const body = (await response.json()) as { access_token: string; expires_in: number };
    this.token = { value: body.access_token, renewAt: Date.now() + Math.max(5, body.expires_in - 15) * 1000 };
    return body.access_token;
  }

  /** Calls /admin/realms<path>; returns the parsed JSON body (undefined when empty). */
  async call<T = unknown>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await this.raw(method, path, body);
    if (!response.ok) throw new KeycloakError(response.status, method, path, await response.text());
    const text = await response.text();
    return (text.length > 0 ? JSON.parse(text) : undefined) as T;
  }

  /** Like call, but a 404 answers undefined. */
  async find<T>(path: string): Promise<T | undefined> {
    const response = await this.raw('GET', path);
    if (response.status === 404) return undefined;
    if (!response.ok) throw new KeycloakError(response.status, 'GET', path, await response.text());
    return (await response.json()) as T;
  }

  /** POSTs a new resource and returns the id from its Location header. */
  async create(path: string, body: unknown): Promise<string> {
    const response = await this.raw('POST', path, body);
    if (!response.ok) throw new KeycloakError(response.status, 'POST', path, await response.text());
    await response.text();
    const location = response.headers.get('location') ?? '';
    return decodeURIComponent(location.slice(location.lastIndexOf('/') + 1));
  }

  private async raw(method: string, path: string, body?: unknown): Promise<Response> {
    return fetch(`${this.connection.baseUrl}/admin/realms${path}`, {
      method,
      headers: {
        authorization: `Bearer ${await this.adminToken()}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(60_000),
    });
  }
}
