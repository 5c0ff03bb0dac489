import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureLocalSigningKeys } from '@athar/identity';

/** Where the local development issuer keeps its key pair (git-ignored, made on first use). */
export const ENGINES_DIR = process.env.ATHAR_ENGINES_DIR ?? join(__dirname, '..', '..', '.engines');
export const LOCAL_PRIVATE_KEY = join(ENGINES_DIR, 'secrets', 'jwt-private.pem');
export const LOCAL_PUBLIC_KEY = join(ENGINES_DIR, 'secrets', 'jwt-public.pem');

/**
 * The development issuer's private key (PEM): ATHAR_JWT_PRIVATE_KEY, else the file named by
 * ATHAR_JWT_PRIVATE_KEY_FILE (the pair of the services' ATHAR_JWT_PUBLIC_KEY(_FILE), e.g. a test
 * platform's own issuer), else the local pair under .engines/secrets, made on first use.
 */
export async function developmentSigningKey(env: NodeJS.ProcessEnv = process.env): Promise<string> {
  if (env.ATHAR_JWT_PRIVATE_KEY) return env.ATHAR_JWT_PRIVATE_KEY;
  if (env.ATHAR_JWT_PRIVATE_KEY_FILE) return readFileSync(env.ATHAR_JWT_PRIVATE_KEY_FILE, 'utf8');
  return (await ensureLocalSigningKeys(LOCAL_PRIVATE_KEY, LOCAL_PUBLIC_KEY)).privateKeyPem;
}
