import { readFileSync } from 'node:fs';
import {
  createLocalJWKSet,
  createRemoteJWKSet,
  errors,
  importSPKI,
  jwksCache,
  jwtVerify,
  type ExportedJWKSCache,
  type JWTVerifyGetKey,
  type KeyLike,
} from 'jose';
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

/**
 * The identity provider's key set could not be had (Keycloak down, restarting or too slow) and no earlier
 * copy is young enough to trust: the token may well be valid, so the caller gets 503 and retries, not 401
 * (docs/adr/0048).
 */
export class IdentityProviderUnavailableError extends Error {
  constructor(readonly reason: string) {
    super(`Identity provider unavailable: ${reason}`);
    this.name = 'IdentityProviderUnavailableError';
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
  /** How long one JWKS fetch may take (jose's default, 5 s, failed sign-ins on a loaded machine; docs/adr/0048). */
  jwksTimeoutMs?: number;
  /**
   * How long the last key set fetched still verifies tokens while the identity provider cannot be reached
   * (docs/adr/0048). A key removed from the realm in that window is honoured until the provider answers again.
   */
  jwksStaleMaxMs?: number;
  /** How long a fetched key set is used before it is fetched again (jose's default, 10 minutes). */
  jwksCacheMaxAgeMs?: number;
}

export const DEFAULT_JWKS_COOLDOWN_MS = 1_000;
export const DEFAULT_JWKS_TIMEOUT_MS = 15_000;
export const DEFAULT_JWKS_STALE_MAX_MS = 60 * 60_000;

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
    jwksCooldownMs: milliseconds(env, 'ATHAR_JWKS_COOLDOWN_MS'),
    jwksTimeoutMs: milliseconds(env, 'ATHAR_JWKS_TIMEOUT_MS'),
    jwksStaleMaxMs: milliseconds(env, 'ATHAR_JWKS_STALE_MAX_MS'),
    jwksCacheMaxAgeMs: milliseconds(env, 'ATHAR_JWKS_CACHE_MAX_AGE_MS'),
  };
}

function milliseconds(env: NodeJS.ProcessEnv, name: string): number | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number of milliseconds (0 or more), not "${raw}"`);
  return value;
}

/** Checks a bearer token: algorithm pinned, signature, expiry, issuer, audience and Athar's own claims. */
export class TokenVerifier {
  private keyPromise: Promise<KeyLike | JWTVerifyGetKey> | undefined;

  constructor(private readonly config: TokenVerifierConfig) {}

  private key(): Promise<KeyLike | JWTVerifyGetKey> {
    this.keyPromise ??= this.config.jwksUrl
      ? Promise.resolve(remoteKeys(this.config.jwksUrl, this.config))
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
      if (error instanceof IdentityProviderUnavailableError) throw error;
      throw new InvalidTokenError((error as { code?: string }).code ?? (error as Error).message);
    }
    const tenantId = payload.tenant_id;
    const roles = payload.roles;
    if (typeof tenantId !== 'string' || tenantId.length === 0) throw new InvalidTokenError('tenant_id claim missing');
    if (!Array.isArray(roles) || roles.length === 0 || !roles.every((r) => (ROLES as readonly string[]).includes(r))) {
      throw new InvalidTokenError('roles claim missing or unknown');
    }
    // A named account's subject (a committee member the policy names, an applicant's `public:<mobile
    // key>`) is in `sub` already: the realm maps the admin-only athar_user_id attribute there (ADR 0033, 0034).
    return {
      userId: payload.sub as string,
      tenantId,
      roles: roles as Role[],
      name: typeof payload.name === 'string' ? payload.name : undefined,
    };
  }
}

/**
 * The realm's keys, fetched by jose (refetched every 10 minutes, and on an unknown key id after the
 * cooldown). When a fetch fails because the provider is unreachable, the last key set fetched still
 * verifies tokens for `jwksStaleMaxMs`, so a Keycloak restart or a slow moment does not sign everyone
 * out; with no such copy the verifier says the provider is unavailable (docs/adr/0048).
 */
function remoteKeys(url: string, config: TokenVerifierConfig): JWTVerifyGetKey {
  // jose fills this in after every successful fetch (`uat`, `jwks`)
  const filled: Record<string, never> = {};
  const cache = filled as Partial<ExportedJWKSCache>;
  const remote = createRemoteJWKSet(new URL(url), {
    cooldownDuration: config.jwksCooldownMs ?? DEFAULT_JWKS_COOLDOWN_MS,
    timeoutDuration: config.jwksTimeoutMs ?? DEFAULT_JWKS_TIMEOUT_MS,
    ...(config.jwksCacheMaxAgeMs === undefined ? {} : { cacheMaxAge: config.jwksCacheMaxAgeMs }),
    [jwksCache]: filled,
  });
  const staleMaxMs = config.jwksStaleMaxMs ?? DEFAULT_JWKS_STALE_MAX_MS;
  return async (header, token) => {
    try {
      return await remote(header, token);
    } catch (error) {
      if (!isUnreachable(error)) throw error;
      if (cache.jwks && cache.uat !== undefined && Date.now() - cache.uat < staleMaxMs) return createLocalJWKSet(cache.jwks)(header, token);
      throw new IdentityProviderUnavailableError((error as { code?: string }).code ?? (error as Error).message);
    }
  };
}

/** A fetch that never got a key set: timed out, refused, or answered with something other than a JWKS. */
function isUnreachable(error: unknown): boolean {
  if (error instanceof errors.JWKSTimeout) return true;
  // jose's own verdicts on a token (no matching key, bad signature, expired…) are the token's fault
  if (error instanceof errors.JOSEError) return /JSON Web Key Set HTTP response/.test(error.message);
  // socket errors (ECONNREFUSED, ECONNRESET…) from node:http
  return typeof (error as { code?: unknown })?.code === 'string';
}
