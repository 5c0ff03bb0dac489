import { join } from 'node:path';

/** Where the local development issuer keeps its key pair (git-ignored, made on first use). */
export const ENGINES_DIR = process.env.ATHAR_ENGINES_DIR ?? join(__dirname, '..', '..', '.engines');
export const LOCAL_PRIVATE_KEY = join(ENGINES_DIR, 'secrets', 'jwt-private.pem');
export const LOCAL_PUBLIC_KEY = join(ENGINES_DIR, 'secrets', 'jwt-public.pem');
