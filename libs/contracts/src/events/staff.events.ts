/**
 * The association's staff accounts as its tenant administrator changed them (docs/adr/0034), in the
 * tenant's staff stream `intake.staff.<tenant>.accounts`. Internal facts (docs/adr/0032): the audit
 * trail of who gave whom which access. They name accounts by their identity-provider id and carry no
 * personal data (no name, no email): the account itself lives in Keycloak.
 */
export interface StaffInvitedV1 {
  userId: string;
  roles: string[];
  /** Whether the account must set up TOTP at its first sign-in (a role that reads personal data). */
  secondFactorRequired: boolean;
  invitationEmailed: boolean;
  invitedBy: string;
  invitedAt: string;
}

export interface StaffRolesChangedV1 {
  userId: string;
  from: string[];
  to: string[];
  changedBy: string;
  changedAt: string;
}

export interface StaffDeactivatedV1 {
  userId: string;
  deactivatedBy: string;
  deactivatedAt: string;
}
