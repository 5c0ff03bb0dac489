import { randomBytes } from 'node:crypto';
import { KeycloakError } from './keycloak-admin';
import { SUBJECT_ATTRIBUTE } from './provision-accounts';
import { TENANT_ATTRIBUTE } from './provision-realm';
import type { ServiceAccountAdmin } from './service-account-admin';

/** What an applicant gets once their one-time code was right (docs/adr/0034). */
export interface ApplicantTokens {
  accessToken: string;
  refreshToken: string;
  /** Seconds the access token lives (5 minutes, docs/adr/0033). */
  expiresIn: number;
  refreshExpiresIn: number;
  tokenType: 'Bearer';
}

/** Keycloak refused the refresh token: used before (single use), expired, or its session ended. */
export class RefreshRefusedError extends Error {
  constructor(readonly reason: string) {
    super(`Refresh refused: ${reason}`);
    this.name = 'RefreshRefusedError';
  }
}

/** The applicant account exists but was disabled (an operator blocked it): no tokens. */
export class ApplicantAccountDisabledError extends Error {
  constructor() {
    super('Applicant account disabled');
    this.name = 'ApplicantAccountDisabledError';
  }
}

interface UserRep {
  id: string;
  username: string;
  enabled: boolean;
  attributes?: Record<string, string[]>;
}
interface RoleRep {
  id: string;
  name: string;
}
interface TokenResponse {
  access_token: string;
  refresh_token: string;
  expires_in: number;
  refresh_expires_in: number;
}

/** The account name of a subject in a tenant: one account per tenant and subject (a mobile is a subject per association). */
export const applicantUsername = (tenantId: string, subject: string): string => `applicant.${tenantId}.${subject.replace(/:/g, '.')}`.toLowerCase();

/**
 * Applicant accounts in Keycloak, as intake signs applicants in after checking their one-time code
 * itself (docs/adr/0034): the account of (tenant, subject) is ensured with the admin-only attributes
 * `tenant_id` and `athar_subject` (the claim the verifier reads as the user id) and the role
 * `applicant`; its password is a fresh random value set just before the password grant of intake's
 * own confidential client, and never leaves the service. Keycloak then owns the session: access token
 * (5 minutes), single-use refresh token, logout.
 */
export class ApplicantAccounts {
  constructor(
    private readonly admin: ServiceAccountAdmin,
    private readonly realm: string = admin.account.realm,
  ) {}

  private get r(): string {
    return `/${encodeURIComponent(this.realm)}`;
  }

  async signIn(tenantId: string, subject: string): Promise<ApplicantTokens> {
    const username = applicantUsername(tenantId, subject);
    const password = randomBytes(24).toString('base64url');
    const user = await this.ensureAccount(username, tenantId, subject, password);
    if (!user.enabled) throw new ApplicantAccountDisabledError();
    return this.grant({ grant_type: 'password', username, password, scope: 'openid' });
  }

  /** A new access token for a refresh token (the old one is spent: Keycloak refuses it a second time). */
  async refresh(refreshToken: string): Promise<ApplicantTokens> {
    return this.grant({ grant_type: 'refresh_token', refresh_token: refreshToken });
  }

  private async ensureAccount(username: string, tenantId: string, subject: string, password: string): Promise<UserRep> {
    const credentials = { type: 'password', value: password, temporary: false };
    let user = await this.find(username);
    if (!user) {
      try {
        await this.admin.create(`${this.r}/users`, {
          username,
          enabled: true,
          // Keycloak's user profile requires a name and an email of every user before it issues tokens
          // ("Account is not fully set up"); we keep none of an applicant's there: placeholders, the
          // address under the reserved .invalid domain (RFC 2606) so nothing is ever mailed to it
          firstName: 'Applicant',
          lastName: 'Athar',
          email: `${username}@applicants.athar.invalid`,
          emailVerified: true,
          requiredActions: [],
          attributes: { [TENANT_ATTRIBUTE]: [tenantId], [SUBJECT_ATTRIBUTE]: [subject] },
          credentials: [credentials],
        });
      } catch (error) {
        // another replica made it a moment ago: use theirs
        if (!(error instanceof KeycloakError && error.status === 409)) throw error;
      }
      user = await this.find(username);
      if (!user) throw new Error(`Keycloak: applicant account ${username} missing after creation`);
    }
    if (user.attributes?.[TENANT_ATTRIBUTE]?.[0] !== tenantId || user.attributes?.[SUBJECT_ATTRIBUTE]?.[0] !== subject) {
      throw new Error(`Keycloak: account ${username} is not the applicant account of its tenant and subject`);
    }
    await this.admin.call('PUT', `${this.r}/users/${user.id}/reset-password`, credentials);
    const base = `${this.r}/users/${user.id}/role-mappings/realm`;
    const held = await this.admin.call<RoleRep[]>('GET', base);
    if (!held.some((role) => role.name === 'applicant')) {
      const applicant = (await this.admin.call<RoleRep[]>('GET', `${base}/available`)).find((role) => role.name === 'applicant');
      if (!applicant) throw new Error('Keycloak: realm role applicant missing');
      await this.admin.call('POST', base, [applicant]);
    }
    return user;
  }

  private async find(username: string): Promise<UserRep | undefined> {
    const found = await this.admin.call<UserRep[]>('GET', `${this.r}/users?username=${encodeURIComponent(username)}&exact=true&briefRepresentation=false`);
    return found.find((u) => u.username === username);
  }

  private async grant(body: Record<string, string>): Promise<ApplicantTokens> {
    const response = await fetch(this.admin.urls.token, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ client_id: this.admin.account.clientId, client_secret: this.admin.account.clientSecret, ...body }),
      signal: AbortSignal.timeout(30_000),
    });
    const text = await response.text();
    if (response.status === 400 && body.grant_type === 'refresh_token') {
      let reason = 'invalid_grant';
      try {
        reason = (JSON.parse(text) as { error?: string }).error ?? reason;
      } catch {
        // not JSON: keep the generic reason
      }
      throw new RefreshRefusedError(reason);
    }
    if (!response.ok) throw new KeycloakError(response.status, 'POST', `${this.realm} ${body.grant_type} grant`, text);
    const tokens = JSON.parse(text) as TokenResponse;
    return {
      accessToken: tokens.access_token,
      refreshToken: tokens.refresh_token,
      expiresIn: tokens.expires_in,
      refreshExpiresIn: tokens.refresh_expires_in,
      tokenType: 'Bearer',
    };
  }
}
