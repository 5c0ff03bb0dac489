import { readFileSync } from 'node:fs';
import { createRemoteJWKSet, importSPKI, jwtVerify, type JWTVerifyGetKey, type KeyLike } from 'jose';
import { ROLES, type Principal, type Role } from './roles';

export const JWT_ALGORITHM = 'ES256';
export const DEFAULT_ISSUER = 'athar-local';
export const DEFAULT_AUDIENCE = 'athar-api';

export class InvalidTokenError extends Error {
  constructor(readonly reason: string) {
    super(`Invalid token: ${reason}`);
    this.name = 'InvalidTokenError';
  }
}

export interface TokenVerifierConfig {
  issuer: string;
  audience: string;
  /** Either a JWKS URL (production issuer) or a PEM public key (local signing key). */
  jwksUrl?: string;
  publicKeyPem?: string;
  /**
   * How soon after a fetch the JWKS may be fetched again when a token names a key it lacks (after a key
   * rotation in the identity provider). jose's own default, 30 s, refuses a new key's tokens that long;
   * 1 s still keeps forged key ids from hammering the identity provider (docs/adr/0033).
   */
  jwksCooldownMs?: number;
}

export const DEFAULT_JWKS_COOLDOWN_MS = 1_000;

export function tokenVerifierConfigFromEnv(env: NodeJS.ProcessEnv = process.env): TokenVerifierConfig {
  const publicKeyPem = env.ATHAR_JWT_PUBLIC_KEY ?? (env.ATHAR_JWT_PUBLIC_KEY_FILE ? readFileSync(env.ATHAR_JWT_PUBLIC_KEY_FILE, 'utf8') : undefined);
  if (!env.ATHAR_JWKS_URL && !publicKeyPem) {
    throw new Error('Set ATHAR_JWKS_URL, ATHAR_JWT_PUBLIC_KEY or ATHAR_JWT_PUBLIC_KEY_FILE so tokens can be checked');
  }
  return {
    issuer: env.ATHAR_JWT_ISSUER ?? DEFAULT_ISSUER,
    audience: env.ATHAR_JWT_AUDIENCE ?? DEFAULT_AUDIENCE,
    jwksUrl: env.ATHAR_JWKS_URL,
    publicKeyPem,
    jwksCooldownMs: env.ATHAR_JWKS_COOLDOWN_MS ? Number(env.ATHAR_JWKS_COOLDOWN_MS) : undefined,
  };
}

/** Checks a bearer token: algorithm pinned, signature, expiry, issuer, audience and Athar's own claims. */
export class TokenVerifier {
  private keyPromise: Promise<KeyLike | JWTVerifyGetKey> | undefined;

  constructor(private readonly config: TokenVerifierConfig) {}

  private key(): Promise<KeyLike | JWTVerifyGetKey> {
    this.keyPromise ??= this.config.jwksUrl
      ? Promise.resolve(createRemoteJWKSet(new URL(this.config.jwksUrl), { cooldownDuration: this.config.jwksCooldownMs ?? DEFAULT_JWKS_COOLDOWN_MS }))
      : importSPKI(this.config.publicKeyPem as string, JWT_ALGORITHM);
    return this.keyPromise;
  }

  async verify(token: string): Promise<Principal> {
    let payload: Record<string, unknown>;
    try {
      const key = await this.key();
      const result = await jwtVerify(token, key as KeyLike, {
        algorithms: [JWT_ALGORITHM],
        issuer: this.config.issuer,
        audience: this.config.audience,
        requiredClaims: ['exp', 'sub'],
      });
      payload = result.payload as Record<string, unknown>;
    } catch (error) {
      throw new InvalidTokenError((error as { code?: string }).code ?? (error as Error).message);
    }
    const tenantId = payload.tenant_id;
    const roles = payload.roles;
    if (typeof tenantId !== 'string' || tenantId.length === 0) throw new InvalidTokenError('tenant_id claim missing');
    if (!Array.isArray(roles) || roles.length === 0 || !roles.every((r) => (ROLES as readonly string[]).includes(r))) {
      throw new InvalidTokenError('roles claim missing or unknown');
    }
    // An applicant signed in by mobile acts as the subject their public-link cases are owned by
    // (`public:<mobile key>`, the admin-only athar_subject attribute, docs/adr/0034), not as the account id.
    const subject = payload.athar_subject;
    return {
      userId: typeof subject === 'string' && subject.length > 0 ? subject : (payload.sub as string),
      tenantId,
      roles: roles as Role[],
      name: typeof payload.name === 'string' ? payload.name : undefined,
    };
  }
}
