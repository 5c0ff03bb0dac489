import { USER_ID_ATTRIBUTE } from './provision-realm';
import { CASE_STAFF_ROLES, ROLES, type Role } from '../roles';
import { KeycloakError, type KeycloakAdmin } from './keycloak-admin';
import { OTP_REQUIRED_ROLE } from './provision-accounts';
import { TENANT_ATTRIBUTE } from './provision-realm';

/** The roles a tenant administrator may give their association's staff: not the applicant's, nor the platform's own. */
export const STAFF_ROLES: readonly Role[] = ROLES.filter((role) => !['applicant', 'operations', 'service'].includes(role));

/** Keycloak's required action that makes a user set up a one-time-password app at their next sign-in. */
export const CONFIGURE_TOTP = 'CONFIGURE_TOTP';
export const UPDATE_PASSWORD = 'UPDATE_PASSWORD';

/** Whether these roles read personal data, so the account must sign in with a second factor (docs/adr/0034). */
export const needsSecondFactor = (roles: readonly Role[]): boolean => roles.some((role) => CASE_STAFF_ROLES.includes(role));

export interface StaffAccount {
  userId: string;
  username: string;
  email: string | null;
  firstName: string | null;
  lastName: string | null;
  enabled: boolean;
  roles: Role[];
  requiredActions: string[];
  createdAt: string | null;
}

export interface Invitation {
  email: string;
  firstName: string;
  lastName: string;
  roles: Role[];
}

/** Where the invitation's link leads once the invited person has set their password (and TOTP). */
export interface InvitationLink {
  clientId: string;
  redirectUri: string;
  /** Seconds the emailed link stays valid. */
  lifespanSeconds: number;
}

export class StaffAccountExistsError extends Error {
  constructor() {
    super('An account with this email or username already exists');
    this.name = 'StaffAccountExistsError';
  }
}

interface UserRep {
  id: string;
  username: string;
  email?: string;
  firstName?: string;
  lastName?: string;
  enabled: boolean;
  createdTimestamp?: number;
  requiredActions?: string[];
  attributes?: Record<string, string[]>;
}
interface RoleRep {
  id: string;
  name: string;
}

/**
 * An association's staff accounts in Keycloak, as its tenant administrator manages them through our API
 * (docs/adr/0034). Staff are the accounts whose admin-only `tenant_id` attribute (the token's claim)
 * names the association and that hold no applicant role; any other account (another association's, an
 * applicant's, a service account) answers like a missing one, so nothing of it leaks. Keycloak 26 lets
 * only realm managers (manage-realm) change Organization membership, which this service is not given:
 * provisioning adds accounts to their association's Organization (docs/adr/0034).
 */
export class StaffDirectory {
  constructor(
    private readonly admin: KeycloakAdmin,
    private readonly realm: string,
  ) {}

  private get r(): string {
    return `/${encodeURIComponent(this.realm)}`;
  }

  /** The realm roles by name, as the user's role mappings list them (listing the realm's roles would need view-realm). */
  private async roles(userId: string, names: readonly string[]): Promise<RoleRep[]> {
    const base = `${this.r}/users/${encodeURIComponent(userId)}/role-mappings/realm`;
    const known = [...(await this.admin.call<RoleRep[]>('GET', base)), ...(await this.admin.call<RoleRep[]>('GET', `${base}/available`))];
    return names.map((name) => {
      const rep = known.find((role) => role.name === name);
      if (!rep) throw new Error(`Keycloak: realm role ${name} missing`);
      return rep;
    });
  }

  private async heldRoles(userId: string): Promise<Role[]> {
    const held = await this.admin.call<RoleRep[]>('GET', `${this.r}/users/${encodeURIComponent(userId)}/role-mappings/realm`);
    return held.map((h) => h.name).filter((name): name is Role => (ROLES as readonly string[]).includes(name));
  }

  /**
   * The account a token's subject names: a named account's subject is its admin-only athar_user_id
   * attribute (a committee member the policy names, ADR 0033), any other's is Keycloak's own id.
   */
  private async user(subject: string): Promise<UserRep | undefined> {
    if (!/^[0-9a-zA-Z:_.-]{1,128}$/.test(subject)) return undefined;
    const query = new URLSearchParams({ q: `${USER_ID_ATTRIBUTE}:${subject}`, exact: 'true', briefRepresentation: 'false' });
    const named = (await this.admin.call<UserRep[]>('GET', `${this.r}/users?${query.toString()}`)).find(
      (u) => u.attributes?.[USER_ID_ATTRIBUTE]?.[0] === subject,
    );
    if (named) return named;
    if (!/^[0-9a-zA-Z-]{1,36}$/.test(subject)) return undefined;
    const user = await this.admin.find<UserRep>(`${this.r}/users/${encodeURIComponent(subject)}`);
    // an account with a named subject is reached by that name only
    return user && !user.attributes?.[USER_ID_ATTRIBUTE]?.[0] ? user : undefined;
  }

  /** The staff account of the tenant a subject names, with Keycloak's id for the admin calls. */
  private async staff(tenantId: string, subject: string): Promise<{ id: string; account: StaffAccount } | undefined> {
    const user = await this.user(subject);
    if (!user || user.attributes?.[TENANT_ATTRIBUTE]?.[0] !== tenantId) return undefined;
    const account = await this.account(user);
    return account.roles.includes('applicant') || account.roles.includes('service') ? undefined : { id: user.id, account };
  }

  private async account(user: UserRep): Promise<StaffAccount> {
    return {
      userId: user.attributes?.[USER_ID_ATTRIBUTE]?.[0] ?? user.id,
      username: user.username,
      email: user.email ?? null,
      firstName: user.firstName ?? null,
      lastName: user.lastName ?? null,
      enabled: user.enabled,
      roles: await this.heldRoles(user.id),
      requiredActions: user.requiredActions ?? [],
      createdAt: user.createdTimestamp ? new Date(user.createdTimestamp).toISOString() : null,
    };
  }

  /**
   * Creates the account in the association's Organization with its tenant and roles; it has no
   * password: the invitation asks the person to set one and, for roles that read personal data, to set
   * up TOTP (required actions). The invitation goes by Keycloak's execute-actions email when the realm
   * has a mail server; `emailed` says whether it went.
   */
  async invite(tenantId: string, invitation: Invitation, link: InvitationLink): Promise<{ account: StaffAccount; emailed: boolean }> {
    const requiredActions = [UPDATE_PASSWORD, ...(needsSecondFactor(invitation.roles) ? [CONFIGURE_TOTP] : [])];
    let userId: string;
    try {
      userId = await this.admin.create(`${this.r}/users`, {
        username: invitation.email,
        email: invitation.email,
        firstName: invitation.firstName,
        lastName: invitation.lastName,
        enabled: true,
        emailVerified: true,
        requiredActions,
        attributes: { [TENANT_ATTRIBUTE]: [tenantId] },
      });
    } catch (error) {
      if (error instanceof KeycloakError && error.status === 409) throw new StaffAccountExistsError();
      throw error;
    }
    await this.admin.call('POST', `${this.r}/users/${userId}/role-mappings/realm`, await this.roles(userId, invitation.roles));
    await this.markSecondFactor(userId, invitation.roles);
    const emailed = await this.sendInvitation(userId, requiredActions, link);
    const user = await this.admin.call<UserRep>('GET', `${this.r}/users/${userId}`);
    return { account: await this.account(user), emailed };
  }

  private async sendInvitation(userId: string, actions: string[], link: InvitationLink): Promise<boolean> {
    const query = new URLSearchParams({ client_id: link.clientId, redirect_uri: link.redirectUri, lifespan: String(link.lifespanSeconds) });
    try {
      await this.admin.call('PUT', `${this.r}/users/${userId}/execute-actions-email?${query.toString()}`, actions);
      return true;
    } catch (error) {
      // no mail server in the realm (or it refused): the account stays, the administrator can send again
      if (error instanceof KeycloakError && error.status >= 400) return false;
      throw error;
    }
  }

  /** One staff account of the tenant, or undefined (missing, another association's, not staff). */
  async get(tenantId: string, userId: string): Promise<StaffAccount | undefined> {
    return (await this.staff(tenantId, userId))?.account;
  }

  /**
   * A page of the association's accounts as Keycloak orders them (`first`, `max` count accounts, so a
   * page may hold fewer staff when applicants' accounts fall in it); `more` says whether to ask for the next.
   */
  async list(tenantId: string, first: number, max: number): Promise<{ items: StaffAccount[]; more: boolean }> {
    const query = new URLSearchParams({ q: `${TENANT_ATTRIBUTE}:${tenantId}`, first: String(first), max: String(max), briefRepresentation: 'false' });
    const users = await this.admin.call<UserRep[]>('GET', `${this.r}/users?${query.toString()}`);
    const own = users.filter((u) => u.attributes?.[TENANT_ATTRIBUTE]?.[0] === tenantId);
    const accounts = await Promise.all(own.map((u) => this.account(u)));
    return { items: accounts.filter((a) => !a.roles.includes('applicant') && !a.roles.includes('service')), more: users.length === max };
  }

  /** Exactly these roles from now on (the next token carries them); adds TOTP set-up when they read personal data. */
  async setRoles(tenantId: string, subject: string, roles: Role[]): Promise<{ before: Role[]; account: StaffAccount } | undefined> {
    const found = await this.staff(tenantId, subject);
    if (!found) return undefined;
    const { id: userId, account: current } = found;
    const extra = current.roles.filter((role) => !roles.includes(role));
    const missing = roles.filter((role) => !current.roles.includes(role));
    if (extra.length > 0) await this.admin.call('DELETE', `${this.r}/users/${userId}/role-mappings/realm`, await this.roles(userId, extra));
    if (missing.length > 0) await this.admin.call('POST', `${this.r}/users/${userId}/role-mappings/realm`, await this.roles(userId, missing));
    await this.markSecondFactor(userId, roles);
    if (needsSecondFactor(roles) && !current.requiredActions.includes(CONFIGURE_TOTP)) {
      const credentials = await this.admin.call<Array<{ type: string }>>('GET', `${this.r}/users/${userId}/credentials`);
      if (!credentials.some((c) => c.type === 'otp')) {
        await this.updateUser(userId, (user) => ({ ...user, requiredActions: [...(user.requiredActions ?? []), CONFIGURE_TOTP] }));
      }
    }
    const after = await this.get(tenantId, subject);
    return after ? { before: current.roles, account: after } : undefined;
  }

  /** Disables the account and ends its sessions (its refresh tokens stop working at once). */
  async deactivate(tenantId: string, subject: string): Promise<StaffAccount | undefined> {
    const found = await this.staff(tenantId, subject);
    if (!found) return undefined;
    const { id: userId, account: current } = found;
    await this.updateUser(userId, (user) => ({ ...user, enabled: false }));
    await this.admin.call('POST', `${this.r}/users/${userId}/logout`);
    return { ...current, enabled: false };
  }

  /** The marker role the browser flow asks TOTP of, held exactly while a role reads personal data. */
  private async markSecondFactor(userId: string, roles: readonly Role[]): Promise<void> {
    const held = await this.admin.call<RoleRep[]>('GET', `${this.r}/users/${userId}/role-mappings/realm`);
    const has = held.some((h) => h.name === OTP_REQUIRED_ROLE);
    if (needsSecondFactor(roles) && !has)
      await this.admin.call('POST', `${this.r}/users/${userId}/role-mappings/realm`, await this.roles(userId, [OTP_REQUIRED_ROLE]));
    if (!needsSecondFactor(roles) && has)
      await this.admin.call('DELETE', `${this.r}/users/${userId}/role-mappings/realm`, await this.roles(userId, [OTP_REQUIRED_ROLE]));
  }

  /** Read, change, write back the whole representation (a partial one would drop the fields it leaves out). */
  private async updateUser(userId: string, change: (user: UserRep) => UserRep): Promise<void> {
    const user = await this.admin.call<UserRep>('GET', `${this.r}/users/${userId}`);
    await this.admin.call('PUT', `${this.r}/users/${userId}`, change(user));
  }

  /** Whether the account exists and is enabled (the revocation check at personal-data reads). */
  async isEnabled(subject: string): Promise<boolean> {
    return (await this.user(subject))?.enabled === true;
  }
}
