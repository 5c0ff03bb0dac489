import { createHash, randomBytes } from 'node:crypto';

/**
 * A survey link's token: 32 random bytes (256 bits, unguessable), base64url. Only its SHA-256 is kept
 * (docs/adr/0041): a leaked store holds no working link. A fast hash suffices for a 256-bit random secret.
 */
export function newSurveyToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashSurveyToken(token) };
}

export function hashSurveyToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** The shape a token has (43 base64url characters); anything else is refused before any lookup. */
export const SURVEY_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;
