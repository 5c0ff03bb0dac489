import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { exportPKCS8, exportSPKI, generateKeyPair, importPKCS8, SignJWT } from 'jose';
import type { Role } from './roles';
import { DEFAULT_AUDIENCE, DEFAULT_ISSUER, JWT_ALGORITHM } from './token-verifier';

export interface SigningKeyPair {
  privateKeyPem: string;
  publicKeyPem: string;
}

export async function generateSigningKeyPair(): Promise<SigningKeyPair> {
  const { privateKey, publicKey } = await generateKeyPair(JWT_ALGORITHM, { extractable: true });
  return { privateKeyPem: await exportPKCS8(privateKey), publicKeyPem: await exportSPKI(publicKey) };
}

/** The local development issuer's key pair, created once in a git-ignored folder. */
export async function ensureLocalSigningKeys(privatePath: string, publicPath: string): Promise<SigningKeyPair> {
  if (existsSync(privatePath) && existsSync(publicPath)) {
    return { privateKeyPem: readFileSync(privatePath, 'utf8'), publicKeyPem: readFileSync(publicPath, 'utf8') };
  }
  const pair = await generateSigningKeyPair();
  mkdirSync(dirname(privatePath), { recursive: true });
  writeFileSync(privatePath, pair.privateKeyPem, { mode: 0o600 });
  writeFileSync(publicPath, pair.publicKeyPem);
  return pair;
}

export interface TokenRequest {
  tenantId: string;
  userId: string;
  roles: Role[];
  name?: string;
  expiresIn?: string;
  issuer?: string;
  audience?: string;
}

/** Signs a token as the local issuer does; for development, demos and tests, never for production users. */
export async function issueToken(privateKeyPem: string, request: TokenRequest): Promise<string> {
  const key = await importPKCS8(privateKeyPem, JWT_ALGORITHM);
  return new SignJWT({ tenant_id: request.tenantId, roles: request.roles, ...(request.name ? { name: request.name } : {}) })
    .setProtectedHeader({ alg: JWT_ALGORITHM, typ: 'JWT' })
    .setSubject(request.userId)
    .setIssuer(request.issuer ?? DEFAULT_ISSUER)
    .setAudience(request.audience ?? DEFAULT_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(request.expiresIn ?? '8h')
    .sign(key);
}
