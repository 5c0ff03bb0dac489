import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { EncryptedField } from '@athar/contracts';

const ALGORITHM = 'aes-256-gcm';
const KEY_BYTES = 32;
const IV_BYTES = 12;

/** A key that cannot decrypt: tampered ciphertext, a wrong key, or a value moved to another key id. */
export class UndecryptableError extends Error {
  constructor(what: string) {
    super(`Cannot decrypt ${what}: wrong key or tampered data`);
    this.name = 'UndecryptableError';
  }
}

export function newDataKey(): Buffer {
  return randomBytes(KEY_BYTES);
}

function assertKey(key: Buffer): void {
  if (key.length !== KEY_BYTES) throw new Error(`AES-256 needs a ${KEY_BYTES}-byte key, got ${key.length}`);
}

function seal(key: Buffer, plaintext: Buffer, aad: string): { iv: Buffer; ct: Buffer; tag: Buffer } {
  assertKey(key);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv(ALGORITHM, key, iv);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const ct = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return { iv, ct, tag: cipher.getAuthTag() };
}

function open(key: Buffer, parts: { iv: Buffer; ct: Buffer; tag: Buffer }, aad: string, what: string): Buffer {
  assertKey(key);
  try {
    const decipher = createDecipheriv(ALGORITHM, key, parts.iv);
    decipher.setAAD(Buffer.from(aad, 'utf8'));
    decipher.setAuthTag(parts.tag);
    return Buffer.concat([decipher.update(parts.ct), decipher.final()]);
  } catch {
    throw new UndecryptableError(what);
  }
}

/**
 * One field's value (any JSON) encrypted with a data key. The key id is authenticated data, so a
 * ciphertext copied under another key id (another case) does not decrypt.
 */
export function encryptField(dataKey: Buffer, keyId: string, value: unknown): EncryptedField {
  const { iv, ct, tag } = seal(dataKey, Buffer.from(JSON.stringify(value), 'utf8'), keyId);
  return { enc: 'v1', keyId, iv: iv.toString('base64url'), ct: ct.toString('base64url'), tag: tag.toString('base64url') };
}

export function decryptField(dataKey: Buffer, field: EncryptedField): unknown {
  const parts = { iv: Buffer.from(field.iv, 'base64url'), ct: Buffer.from(field.ct, 'base64url'), tag: Buffer.from(field.tag, 'base64url') };
  return JSON.parse(open(dataKey, parts, field.keyId, `a field of ${field.keyId}`).toString('utf8')) as unknown;
}

/** A data key wrapped (encrypted) by its tenant's key, bound to the tenant and key id. */
export function wrapDataKey(tenantKey: Buffer, tenantId: string, keyId: string, dataKey: Buffer): string {
  const { iv, ct, tag } = seal(tenantKey, dataKey, `${tenantId}|${keyId}`);
  return [iv, ct, tag].map((b) => b.toString('base64url')).join('.');
}

export function unwrapDataKey(tenantKey: Buffer, tenantId: string, keyId: string, wrapped: string): Buffer {
  const [iv, ct, tag] = wrapped.split('.').map((p) => Buffer.from(p, 'base64url'));
  if (!iv || !ct || !tag) throw new UndecryptableError(`the data key ${keyId}`);
  return open(tenantKey, { iv, ct, tag }, `${tenantId}|${keyId}`, `the data key ${keyId}`);
}
